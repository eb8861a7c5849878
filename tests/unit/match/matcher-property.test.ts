import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../lib/db/import/index';
import { Matcher } from '../../../lib/match/matcher';

const statements = importText('statements.jsonl', readFileSync(join(__dirname, '../../fixtures/db/statements.jsonl'), 'utf8')).statements;
const m = Matcher.fromStatements(statements);
const verbatim = statements.filter((s) => s.textKind === 'verbatim');
const TIMEOUT_MS = 60_000;

describe('Matcher properties', () => {
  it('any text and speaker: a well-formed result, never a throw', () => {
    const words = fc.constantFrom(...statements.flatMap((s) => s.text.split(' ')), '...', '[the]', '…', '“', '—');
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')));
    const speaker = fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...statements.map((s) => s.speaker ?? 'x'))));
    fc.assert(fc.property(text, speaker, fc.constantFrom('strict', 'balanced', 'loose' as const), (t, sp, strictness) => {
      const r = m.match({ id: 'p', text: t, speaker: sp }, { strictness });
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.statement === null).toBe(r.status === 'unmatched');
      if (r.diff) expect(r.status === 'altered' || r.status === 'misattributed').toBe(true);
      if (r.status === 'misattributed') expect(sp).toBeTruthy();
    }), { numRuns: 500 });
  }, TIMEOUT_MS);

  it('a window of 6+ words of a statement, restyled, with its speaker: verified, that statement', () => {
    const arb = fc.record({
      s: fc.constantFrom(...verbatim),
      start: fc.nat(),
      len: fc.integer({ min: 6, max: 30 }),
      upper: fc.boolean(),
    });
    fc.assert(fc.property(arb, ({ s, start, len, upper }) => {
      const w = s.text.split(' ');
      const n = Math.min(len, w.length);
      const a = start % (w.length - n + 1);
      let text = w.slice(a, a + n).join(' ');
      if (upper) text = text.toUpperCase().replace(/[.,]/g, '');
      const r = m.match({ id: 'p', text, speaker: s.speaker });
      expect(r.status).toBe('verified');
      expect(r.statement?.id).toBe(s.id);
    }), { numRuns: 300 });
  }, TIMEOUT_MS);
});
