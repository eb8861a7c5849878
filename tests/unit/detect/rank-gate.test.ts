import { describe, expect, it } from 'vitest';
import { analyseText, detectQuotesRanked, finishQuotes } from '../../../lib/detect/index';
import { rankSpeakers, type RankerModel } from '../../../lib/detect/rank/index';

// labels, modifiers, nicknames and titles beside statements the ranker fills
const TEXT = [
  'The city defended its "open door" policy while critics called the plan a "major" mistake.',
  'Robert "Bobby" Chan spoke on Monday. "After that, the committee will vote again in the autumn.',
  'Mayor Anna Holt met officials. Residents remembered "Face the Nation" and the "new deal" talks.',
  'Under the plan, "the budget is far too small for a city of this size and everyone knows it."',
  'Holt, who met officials from three ministries, said it was "very unlikely" that it would pass.',
].join('\n\n');

// names a speaker for every span with a candidate: each label would get one if it were ranked
const EAGER: RankerModel = { version: 1, weights: {}, calibration: { a: 1, b: 6 } };

describe('ranking only the quotes whose speaker is shown', () => {
  it('gives the same quotes as ranking every span', () => {
    const an = analyseText(TEXT)!;
    const ranked = rankSpeakers(an.env, an.paras, an.spans, an.attrs, EAGER);
    const everySpan = finishQuotes(an, ranked);
    // a span that is not shown was given a speaker: the gate has work to skip
    const shown = new Set(everySpan.map((q) => q.start));
    expect(an.spans.some((sp, i) => ranked[i] !== null && !shown.has(sp.start))).toBe(true);
    // and a shown quote was filled: skipping it would change the output
    expect(everySpan.some((q) => q.speaker !== null && q.evidence.cue === null)).toBe(true);
    expect(everySpan.length).toBeGreaterThan(2);
    expect(detectQuotesRanked(TEXT, EAGER)).toEqual(everySpan);
  });

  it('leaves a span unranked when it is not wanted', () => {
    const an = analyseText(TEXT)!;
    const all = rankSpeakers(an.env, an.paras, an.spans, an.attrs, EAGER);
    const none = rankSpeakers(an.env, an.paras, an.spans, an.attrs, EAGER, an.spans.map(() => false));
    expect(all.some((r) => r !== null)).toBe(true);
    expect(none.every((r) => r === null)).toBe(true);
  });
});
