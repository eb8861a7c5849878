import { describe, expect, test } from 'vitest';
import { boundResults, MAX_STORED_CHARS, MAX_STORED_QUOTES, MAX_STORED_TEXT_CHARS } from '../../../lib/results/bound-results';
import type { QuoteRecord, TabResults } from '../../../lib/results/quote-record';
import type { MatchStatus } from '../../../lib/types';

const quote = (i: number, status: MatchStatus, chars = 40): QuoteRecord => ({
  id: `q-${i}-0`,
  text: `Invented quote number ${i} `.padEnd(chars, 'x'),
  kind: 'direct',
  speaker: 'Ann Lee',
  confidence: 0.9,
  cue: 'said',
  evidence: { cue: 'said', mention: 'Ann Lee', method: 'name' },
  match: { status, statement: null, score: status === 'unmatched' ? 0 : 0.9 },
});
const tab = (quotes: QuoteRecord[]): TabResults => ({ tabId: 1, url: 'https://news.example/a', title: 'A', updatedAt: 0, quotes });

describe('per-tab results are bounded', () => {
  test('a small page is kept whole, nothing counted as left out', () => {
    const r = tab([quote(1, 'verified'), quote(2, 'unmatched')]);
    expect(boundResults(r)).toEqual(r);
  });

  test('thousands of long quotes: at most the cap, within the size bound, the rest counted', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => quote(i, i % 10 === 0 ? 'misattributed' : 'unmatched', 5_000));
    const b = boundResults(tab(many));
    expect(b.quotes.length).toBeLessThanOrEqual(MAX_STORED_QUOTES);
    expect(JSON.stringify(b).length).toBeLessThanOrEqual(MAX_STORED_CHARS + 200);
    expect(b.omitted).toBe(3_000 - b.quotes.length);
    expect(b.quotes.every((q) => q.text.length <= MAX_STORED_TEXT_CHARS)).toBe(true);
    // The serious ones are kept first (then shown in page order).
    expect(b.quotes.filter((q) => q.match.status === 'misattributed').length).toBe(Math.min(300, b.quotes.length));
  });
});
