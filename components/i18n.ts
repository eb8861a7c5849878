/**
 * Components never call browser.i18n themselves: each surface passes a `t` in (platform/i18n.ts
 * in the extension, tests/dom/components/translate.ts in tests). Keys are the names in
 * locales/en.json, typed from it by @wxt-dev/i18n (a typo is a type error). A plural message takes
 * its count second: t('options_db_total', n, [formatted n]).
 */
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = keyof GeneratedI18nStructure & string;
/** Keys whose message has plural forms: these must be given a count. */
export type PluralKey = { [K in MessageKey]: GeneratedI18nStructure[K]['plural'] extends true ? K : never }[MessageKey];

export interface Translate {
  (key: Exclude<MessageKey, PluralKey>, substitutions?: string[]): string;
  (key: PluralKey, count: number, substitutions?: string[]): string;
}
