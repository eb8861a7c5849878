import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Translate } from '../../../components/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The messages.json the build writes for a language, from locales/<lang>.json. */
export function loadMessages(lang: string): Messages {
  const text = readFileSync(resolve(__dirname, `../../../locales/${lang}.json`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'JSON5')) as Messages;
}

/**
 * browser.i18n.getMessage as the browsers implement it (named $placeholders$ expand to their
 * content, then $1..$9 take the substitutions), then @wxt-dev/i18n's plural pick ("one | other",
 * or "zero | one | other"). Unknown keys throw, so a test fails on a typo.
 */
export function makeT(lang = 'en'): Translate {
  const messages = loadMessages(lang);
  return ((key: string, ...args: unknown[]) => {
    const count = typeof args[0] === 'number' ? args[0] : undefined;
    const subs = ((count === undefined ? args[0] : args[1]) as string[] | undefined) ?? (count === undefined ? [] : [String(count)]);
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key}`);
    const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? ph.content : m;
    });
    let message = expanded.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    if (count !== undefined) {
      const forms = message.split(' | ');
      if (forms.length === 2) message = forms[count === 1 ? 0 : 1];
      else if (forms.length === 3) message = forms[count === 0 || count === 1 ? count : 2];
    }
    return message;
  }) as Translate;
}
