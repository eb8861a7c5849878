import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_SEVERITY } from '../../../lib/results/quote-record';
import { loadMessages, makeT } from './translate';

const ROOT = resolve(__dirname, '../../..');
const en = loadMessages('en');
const fr = loadMessages('fr');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every literal key passed to t('…') in the UI sources. */
function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) keys.set(m[1], file);
  }
  return keys;
}

const placeholders = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

describe('locales', () => {
  it('en and fr have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every key used in components/ and entrypoints/ exists', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has the keys built at run time: statuses, verdicts, levels, methods', () => {
    const dynamic = [
      ...STATUS_SEVERITY.map((s) => `status_${s}`),
      ...['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'pants_on_fire', 'misleading', 'unverifiable', 'unrated'].map((v) => `verdict_${v}`),
      ...['high', 'medium', 'low'].map((l) => `level_${l}`),
      ...['name', 'surname', 'pronoun', 'role', 'carry', 'organisation', 'none'].map((m) => `method_${m}`),
    ];
    expect(dynamic.filter((k) => !(k in en))).toEqual([]);
  });

  it('has the manifest strings within the stores’ limits', () => {
    expect(en.extName.message).toBe('QuoteTrace');
    for (const lang of [en, fr]) {
      expect(lang.extDescription.message.length).toBeLessThanOrEqual(132);
      expect(lang.extName.message.length).toBeLessThanOrEqual(75);
    }
  });

  it('gives each translation the same placeholders, each one defined', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(fr[key].message), key).toEqual(placeholders(en[key].message));
      for (const lang of [en, fr]) {
        for (const name of placeholders(lang[key].message)) expect(lang[key].placeholders?.[name], `${key}.${name}`).toBeDefined();
      }
    }
  });

  it('uses only message names the browsers accept, and no empty messages', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim()).not.toBe('');
      expect(fr[key].message.trim()).not.toBe('');
    }
  });
});

describe('plurals (@wxt-dev/i18n)', () => {
  const enT = makeT('en');
  const frT = makeT('fr');
  it('says "1 statement", "2 statements" in English', () => {
    expect(enT('options_db_total', 1, ['1'])).toBe('1 statement in all');
    expect(enT('options_db_total', 2, ['2'])).toBe('2 statements in all');
    expect(enT('options_db_total', 0, ['0'])).toBe('0 statements in all');
    expect(enT('list_showing', 1, ['1', '1'])).toBe('Showing 1 of 1 quote');
  });

  it('takes the singular for 0 and 1 in French', () => {
    expect(frT('options_db_total', 0, ['0'])).toBe('0 déclaration en tout');
    expect(frT('options_db_total', 1, ['1'])).toBe('1 déclaration en tout');
    expect(frT('options_db_total', 3, ['3'])).toBe('3 déclarations en tout');
    expect(frT('list_showing', 5, ['2', '5'])).toBe('2 citations affichées sur 5');
  });

  it('writes no "(s)" plural by hand in any message', () => {
    for (const lang of [en, fr]) for (const [key, e] of Object.entries(lang)) expect(e.message, key).not.toMatch(/\(s\)|\(e\)s/);
  });

  it('gives each translation the same positional substitutions', () => {
    const positional = (m: string) => [...new Set([...m.matchAll(/\$(\d)/g)].map((x) => x[1]))].sort();
    for (const key of Object.keys(en)) expect(positional(fr[key].message), key).toEqual(positional(en[key].message));
  });

  it('names the language of its strings for <html lang>', () => {
    expect(en.ui_lang.message).toBe('en');
    expect(fr.ui_lang.message).toBe('fr');
    for (const page of ['popup', 'sidepanel', 'options']) {
      const html = readFileSync(join(ROOT, 'entrypoints', page, 'index.html'), 'utf8');
      expect(html, page).not.toMatch(/<html[^>]*\blang=/);
      expect(readFileSync(join(ROOT, 'entrypoints', page, 'main.tsx'), 'utf8'), page).toContain("document.documentElement.lang = t('ui_lang')");
    }
  });
});
