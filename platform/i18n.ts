import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Translate } from '../components/i18n';

type Untyped = (key: string, ...args: unknown[]) => string;

/** The extension's messages (locales/, via @wxt-dev/i18n); an unknown key comes back as itself, so it shows. */
export const t: Translate = (key: string, ...args: unknown[]) => {
  try {
    return (i18n.t as unknown as Untyped)(key, ...args.filter((a) => a !== undefined)) || key;
  } catch {
    return key;
  }
};

/** The browser's UI language ("en-GB", "fr"), for Intl formatting. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

