import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '../../../components/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function loadMessages(lang: string): Messages {
  return JSON.parse(readFileSync(resolve(__dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
}

/**
 * browser.i18n.getMessage as the browsers implement it: named $placeholders$ expand to their
 * content, then $1..$9 take the substitutions. Unknown keys throw, so a test fails on a typo.
 */
export function makeT(lang = 'en'): Translate {
  const messages = loadMessages(lang);
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key}`);
    const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? ph.content : m;
    });
    return expanded.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
