import { browser } from 'wxt/browser';
import type { Translate } from '../components/i18n';

/** The extension's messages (public/_locales); an unknown key comes back as itself, so it shows. */
export const t: Translate = (key, substitutions) => {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || key;
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
