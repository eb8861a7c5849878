import { describe, expect, test } from 'vitest';
import { makeQuoteIds } from '../../../lib/results/quote-id';
import { summarizeQuotes, type QuoteRecord } from '../../../lib/results/quote-record';
import { isShown } from '../../../lib/results/shown';
import type { MatchStatus } from '../../../lib/types';

const rec = (status: MatchStatus, verdictScale?: 'false' | 'true'): QuoteRecord => ({
  id: 'q',
  text: 't',
  kind: 'direct',
  speaker: 'A',
  confidence: 1,
  cue: null,
  evidence: { cue: null, mention: null, method: 'none' },
  match: { status, score: 1, statement: status === 'unmatched' ? null : { id: 's', text: 't', speaker: 'A', date: null, context: null, origin: 'o', verdictScale } },
});

describe('summarizeQuotes', () => {
  test('counts by status and verdict, and picks the worst status', () => {
    const s = summarizeQuotes([rec('verified', 'true'), rec('altered'), rec('unmatched'), rec('verified', 'false')]);
    expect(s.found).toBe(4);
    expect(s.matched).toBe(3);
    expect(s.byStatus).toEqual({ verified: 2, altered: 1, reworded: 0, readout: 0, misattributed: 0, unmatched: 1 });
    expect(s.byVerdict).toEqual({ true: 1, false: 1, unrated: 1 });
    expect(s.worst).toBe('altered');
    expect(summarizeQuotes([rec('verified'), rec('misattributed')]).worst).toBe('misattributed');
    expect(summarizeQuotes([]).worst).toBeNull();
  });
});

describe('quote ids and what is shown', () => {
  test('ids are stable, selector-safe and distinguish repeats', () => {
    const ids = makeQuoteIds(['We will win.', 'we  will win.', 'Other']);
    expect(ids[0]).toMatch(/^q-[a-z0-9]+-0$/);
    expect(ids[1]).toBe(ids[0].replace(/-0$/, '-1'));
    expect(makeQuoteIds(['We will win.'])[0]).toBe(ids[0]);
  });

  test('unattributed unknown fragments are not shown; attributed or matched ones are', () => {
    expect(isShown({ speaker: null, match: { status: 'unmatched' } })).toBe(false);
    expect(isShown({ speaker: 'A', match: { status: 'unmatched' } })).toBe(true);
    expect(isShown(rec('verified'))).toBe(true);
  });
});
