import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../lib/db/import/index';
import { decodeBytes } from '../../../lib/db/import/decode';
import { validateStatement } from '../../../lib/db/schema';

/** Hundreds of generated files per property: generous on a loaded 2-core machine. */
const PROPERTY_TIMEOUT_MS = 60_000;
const FORMATS = ['auto', 'jsonl', 'csv', 'claimreview', 'factcheck-api'] as const;

const record = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  text: fc.string({ maxLength: 80 }),
  speaker: fc.option(fc.string({ maxLength: 20 })),
  date: fc.option(fc.oneof(fc.constant('2021-02-03'), fc.string({ maxLength: 10 }))),
  origin: fc.constant('prop'),
  sourceUrl: fc.option(fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.string())),
});
const jsonlFile = fc.array(record, { maxLength: 12 }).map((rs) => rs.map((r) => JSON.stringify(r)).join('\n'));
const csvFile = fc.array(fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 15 })), { maxLength: 10 })
  .map((rows) => ['text,speaker', ...rows.map(([t, s]) => `"${t.replace(/"/g, '""')}",${s.replace(/[,\n"]/g, ' ')}`)].join('\n'));
const claimReview = fc.array(fc.record({ '@type': fc.constant('ClaimReview'), claimReviewed: fc.string({ maxLength: 40 }), url: fc.oneof(fc.webUrl(), fc.string()) }), { maxLength: 5 })
  .map((a) => JSON.stringify({ '@graph': a }));
const anyFile = fc.oneof(jsonlFile, csvFile, claimReview, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));

/** The report is all-or-nothing: refused with no statements, or every statement valid and safe. */
function checkReport(r: ReturnType<typeof importText>): void {
  if (r.refused) {
    expect(r.statements).toEqual([]);
    return;
  }
  const ids = new Set<string>();
  for (const s of r.statements) {
    expect(validateStatement(s)).toEqual({ ok: true, value: s });
    expect(ids.has(s.id)).toBe(false);
    ids.add(s.id);
    for (const u of [s.sourceUrl, s.factCheckUrl]) if (u) expect(u).toMatch(/^https?:\/\//);
    expect(s.text).not.toMatch(/<[a-z!/][^>]*>/i);
  }
}

describe('importers never throw and never return a partial record', () => {
  it('random files in any format', () => {
    fc.assert(fc.property(anyFile, fc.constantFrom(...FORMATS), fc.constantFrom('a.jsonl', 'a.csv', 'a.json', 'a.html', 'a'), (content, format, name) => {
      checkReport(importText(name, content, format));
    }), { numRuns: 400 });
  }, PROPERTY_TIMEOUT_MS);

  it('truncated files', () => {
    fc.assert(fc.property(fc.oneof(jsonlFile, csvFile, claimReview), fc.nat(), (content, cut) => {
      const truncated = content.slice(0, content.length ? cut % (content.length + 1) : 0);
      checkReport(importText('t.jsonl', truncated));
      checkReport(importText('t.csv', truncated));
      checkReport(importText('t.json', truncated));
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);

  it('random bytes decode or are refused', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const d = decodeBytes(bytes);
      if ('text' in d) checkReport(importText('b.jsonl', d.text));
      else expect(d.error).toBeTruthy();
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);
});
