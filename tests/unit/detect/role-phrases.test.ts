/**
 * Role-noun speaker phrases ("the Republican presidential candidate said"): invented sentences,
 * one general behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotesRules } from '../../../lib/detect/index';

const quoteOf = (text: string, quote: string) => detectQuotesRules(text).find((q) => q.text === quote);

describe('a qualified role no one in the text holds', () => {
  it('is the speaker just quoted, not a bystander the text gives another role', () => {
    const t = '“We will get tough,” Dario Plemmons says in the ad.\n\nPlemmons called upon Mayor Wendell Oakhurst to restart the program. Oakhurst disbanded the unit in 2014.\n\n“There is hatred like nobody has seen,” the Republican presidential candidate said in an interview.';
    expect(quoteOf(t, 'There is hatred like nobody has seen,')?.speaker).toBe('Dario Plemmons');
  });

  it('stays the nearest person when that person holds no other role', () => {
    const t = '“We will get tough,” Dario Plemmons says in the ad.\n\nWendell Oakhurst disbanded the unit in 2014.\n\n“There is hatred like nobody has seen,” the Republican presidential candidate said in an interview.';
    expect(quoteOf(t, 'There is hatred like nobody has seen,')?.speaker).toBe('Wendell Oakhurst');
  });
});

describe('two roles joined by "and"', () => {
  it('reads "the Vermont senator and Democratic presidential candidate" as one phrase for the senator', () => {
    const t = '“We need the strongest sanctions yet,” Clarissa Bowe said.\n\nSen. Anselm Tarrow on Wednesday also called upon the U.S. to press China.\n\n“North Korea is a paranoid, isolated nation,” the independent Vermont senator and Democratic presidential candidate told ABC.';
    const q = quoteOf(t, 'North Korea is a paranoid, isolated nation,');
    expect(q?.evidence.mention).toBe('the independent Vermont senator and Democratic presidential candidate');
    expect(q?.speaker).toBe('Anselm Tarrow');
  });
});
