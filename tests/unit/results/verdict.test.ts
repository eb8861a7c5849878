import { describe, expect, it } from 'vitest';
import { isFragment } from '../../../lib/results/fragment';
import { summarizeQuotes, type QuoteRecord } from '../../../lib/results/quote-record';
import { verdictCategory } from '../../../lib/results/verdict';
import type { Statement } from '../../../lib/types';

describe('verdictCategory', () => {
  it.each([
    ['False', 'false'],
    ['Pants on Fire!', 'pants-on-fire'],
    ['Mostly False', 'mostly-false'],
    ['mostly-true', 'mostly-true'],
    ['Half True', 'half-true'],
    ['Partly false', 'half-true'],
    ['Missing context', 'misleading'],
    ['Unproven', 'unverifiable'],
    ['Not true', 'false'],
    ['Faux', 'false'],
    ['TRUE.', 'true'],
    ['Three Pinocchios', 'mostly-false'],
  ] as const)('reads the publisher rating %j as %s', (verdict, scale) => {
    expect(verdictCategory({ verdict })).toBe(scale);
  });

  it('keeps an explicit scale, falls back to the 0..5 score, and leaves unknown wording uncategorised', () => {
    expect(verdictCategory({ verdict: 'False', verdictScale: 'misleading' })).toBe('misleading');
    expect(verdictCategory({ verdictScore: 0 })).toBe('pants-on-fire');
    expect(verdictCategory({ verdictScore: 4 })).toBe('mostly-true');
    expect(verdictCategory({ verdict: 'Spicy take' })).toBeNull();
    expect(verdictCategory({ verdict: 'Unverified' })).toBe('unverifiable');
    expect(verdictCategory({})).toBeNull();
  });

  it('is what the page summary counts: an imported "False" is counted as False, not as no verdict', () => {
    const imported: Statement = { id: 'cr:1', text: 'The ferry will run all winter', speaker: 'Ida Marsh', date: null, context: null, verdict: 'False', origin: 'claimreview' };
    const q: QuoteRecord = {
      id: 'q', text: imported.text, kind: 'direct', speaker: 'Ida Marsh', confidence: 0.9, cue: 'said',
      evidence: { cue: 'said', mention: 'Marsh', method: 'surname' }, match: { status: 'verified', statement: imported, score: 1 },
    };
    expect(summarizeQuotes([q, q]).byVerdict).toEqual({ false: 2 });
  });
});

describe('isFragment', () => {
  it('calls three words or fewer a fragment', () => {
    expect(isFragment('ignored')).toBe(true);
    expect(isFragment('very unlikely')).toBe(true);
    expect(isFragment('a “reckless” plan')).toBe(true);
    expect(isFragment('the bridge will open in May')).toBe(false);
  });
});
