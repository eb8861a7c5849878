import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importText } from '../../../lib/db/import/index';
import { buildPack, loadPack } from '../../../lib/db/pack';

/**
 * What db:import stores: an import report either refused (nothing stored) or compiled whole into a
 * pack that loads back with every statement. Random and truncated files never give a partial
 * database. (tests/unit/db/import-property.test.ts covers the reports themselves.)
 */
const TIMEOUT_MS = 90_000;

const line = fc.record({
  text: fc.oneof(fc.string({ maxLength: 60 }), fc.constant('We will win'), fc.constant('<script>alert(1)</script>')),
  speaker: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  date: fc.option(fc.constantFrom('2021-02-03', '2021-13-40', 'yesterday'), { nil: null }),
  origin: fc.constant('fuzz'),
});
const jsonl = fc.array(line, { maxLength: 15 }).map((rs) => rs.map((r) => JSON.stringify(r)).join('\n'));
const csv = fc.array(fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 15 })), { maxLength: 12 })
  .map((rows) => ['text,speaker,date', ...rows.map(([t, s]) => `"${t.replace(/"/g, '""')}",${s.replace(/[,\n"]/g, ' ')},2020-01-01`)].join('\n'));
const claimReview = fc.array(fc.record({ '@type': fc.constant('ClaimReview'), claimReviewed: fc.string({ maxLength: 50 }), author: fc.record({ name: fc.string({ maxLength: 10 }) }), reviewRating: fc.record({ alternateName: fc.constantFrom('False', 'True', 'Mostly false') }) }), { maxLength: 6 })
  .map((a) => `<html><script type="application/ld+json">${JSON.stringify(a)}</script></html>`);
const file = fc.oneof(jsonl, csv, claimReview, fc.string({ maxLength: 400 }));
const NAMES = ['f.jsonl', 'f.csv', 'f.html', 'f.json', 'f'];

let stored = 0;

function storeAndReload(name: string, content: string): void {
  const report = importText(name, content);
  if (report.refused || report.statements.length === 0) {
    expect(report.statements.length === 0 || report.refused === null).toBe(true);
    return;
  }
  const pack = loadPack(buildPack(report.statements, { sources: [name], name }));
  expect(pack.meta.count).toBe(report.statements.length);
  stored++;
  for (let i = 0; i < pack.meta.count; i++) expect(pack.record(i)).toEqual(report.statements[i]);
}

describe('import then store: all or nothing', () => {
  test('random files compile into a pack holding exactly the imported statements', () => {
    stored = 0;
    fc.assert(fc.property(file, fc.constantFrom(...NAMES), (content, name) => storeAndReload(name, content)), { numRuns: 400 });
    // The generators must reach the storing path, not only refusals.
    expect(stored).toBeGreaterThan(40);
  }, TIMEOUT_MS);

  test('files cut anywhere compile whole or are refused', () => {
    fc.assert(
      fc.property(fc.oneof(jsonl, csv, claimReview), fc.nat(), fc.constantFrom(...NAMES), (content, cut, name) => {
        storeAndReload(name, content.slice(0, content.length ? cut % (content.length + 1) : 0));
      }),
      { numRuns: 400 },
    );
  }, TIMEOUT_MS);

  test('a pack cut anywhere is refused by loadPack, never half loaded', () => {
    const good = buildPack(importText('g.jsonl', [1, 2, 3].map((i) => JSON.stringify({ text: `Statement number ${i} is here`, speaker: 'Ann Lee', origin: 'fuzz' })).join('\n')).statements, { sources: ['g'] });
    fc.assert(
      fc.property(fc.nat(good.length - 1), (cut) => {
        let loaded: ReturnType<typeof loadPack> | null = null;
        try {
          loaded = loadPack(good.slice(0, cut));
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
        if (loaded) for (let i = 0; i < loaded.meta.count; i++) expect(() => loaded!.record(i)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT_MS);
});
