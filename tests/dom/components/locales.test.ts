import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_SEVERITY } from '../../../lib/results/quote-record';
import { loadMessages } from './translate';

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
