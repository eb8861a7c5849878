import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

/** The speaker and named flag of the only quote in text. */
function only(text: string): { speaker: string | null; named: boolean | undefined } {
  const qs = detectQuotes(text);
  expect(qs).toHaveLength(1);
  return { speaker: qs[0].speaker, named: qs[0].evidence?.named };
}

describe('what a possessor has speaks as written, never as the possessor', () => {
  it('reads "<name>’s office" after the quote and before it', () => {
    expect(only('Dana Ortiz toured the port. “We have no comment,” Ortiz’s office said in a statement.'))
      .toEqual({ speaker: 'Ortiz’s office', named: false });
    expect(only('Dana Ortiz toured the port. Ortiz’s office said the claims were “baseless.”').speaker).toBe('Ortiz’s office');
  });

  it('reads lower-case modifiers to the possessed head as a sentence subject', () => {
    expect(only('Dana Ortiz toured the port. Ortiz’s office assured voters she would be “fully cleared.”').speaker).toBe('Ortiz’s office');
    expect(only('Len Pike lost the appeal. Pike’s public defense counsel asked for leniency, calling it “a lapse.”').speaker)
      .toBe('Pike’s public defense counsel');
  });

  it('keeps a clause after the possessed noun out of the phrase', () => {
    // "decision angered voters" is a clause: the possessor stays the cue-less subject
    expect(only('Dana Ortiz toured the port. Ortiz’s decision angered dockers who called it “a betrayal.”').speaker).not.toMatch(/decision/);
  });

  it('reads a participle before a colon through the main clause, past an introductory phrase', () => {
    expect(only('Dana Ortiz toured the port. Responding to Tom Hale’s call to close the border to trucks from Canada, Ortiz’s right-hand woman rallied dockers, saying: “We will stop him.”'))
      .toEqual({ speaker: 'Ortiz’s right-hand woman', named: false });
  });
});

describe('a possessive determiner opens a possessed phrase, not a pronoun', () => {
  it('reads "his office" and "his chief aide" as sentence subjects', () => {
    expect(only('Tom Hale met the growers. His office put out a statement saying the county “cannot pay” for it.'))
      .toEqual({ speaker: 'His office', named: false });
    expect(only('Tom Hale met the growers. His chief aide doubled down on the attacks, saying Ortiz was “unfit.”').speaker).toBe('His chief aide');
  });

  it('reads "said her husband" as the husband, not as "she"', () => {
    expect(only('Dana Ortiz met the growers. “We will fight this,” said her husband.').speaker).not.toBe('Dana Ortiz');
  });
});
