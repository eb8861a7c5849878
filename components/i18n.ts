/**
 * Components never call browser.i18n themselves: each surface passes a `t` in (platform/i18n.ts
 * in the extension, a messages.json-backed stub in tests). Keys are messages.json names.
 */
export type Translate = (key: string, substitutions?: string[]) => string;
