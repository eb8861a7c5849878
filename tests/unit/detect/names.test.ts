import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

/** The speaker of the only quote in text. */
function speakerOf(text: string): string | null {
  const qs = detectQuotes(text);
  expect(qs).toHaveLength(1);
  return qs[0].speaker;
}

describe('names that are names', () => {
  it('never takes a capitalised participle or adverb opening the sentence as the speaker', () => {
    expect(speakerOf('Tom Vasko answered questions for an hour. Adding, “Nobody here wants the bridge closed.”')).toBe('Tom Vasko');
    expect(speakerOf('Mayor Mara Quell spoke last. Reprising one of her favourite lines, the mayor talked about “a harbour for everyone.”')).toBe('Mara Quell');
  });

  it('keeps a group named by its noun at the sentence start', () => {
    expect(speakerOf('Aides have also suggested the plan is “dead on arrival.”')).toBe('Aides');
  });

  it('reads past capitalised modifiers and their role noun to the person named after a cue', () => {
    expect(speakerOf('“The field was crowded,” said Republican political consultant Dana Whitcomb.')).toBe('Dana Whitcomb');
    expect(speakerOf('“He did not pick a nominee for one group,” wrote Herald White House bureau chief Lena Marsh, citing those present.')).toBe('Lena Marsh');
  });

  it('does not read a verb as a role noun: the subject keeps the quote', () => {
    expect(speakerOf('Rena Holt openly admires Russian President Ivan Sokol as a “strong leader.”')).toBe('Rena Holt');
  });

  it('reads "Watch" inside an organisation name as a name word, not page chrome', () => {
    expect(speakerOf('“The records show it,” said Harbor Watch President Lena Marsh.')).toBe('Lena Marsh');
  });

  it('expands a two-part surname to the person the text names in full', () => {
    expect(speakerOf('Party chair Debra Ventura Castell opened the hearing. Ventura Castell said the platform “is an open process.”'))
      .toBe('Debra Ventura Castell');
  });

  it('does not expand a place to a longer run that ends with it', () => {
    expect(speakerOf('Tess Alder of South Carolina came late. South Carolina said it was “closed.”')).not.toMatch(/Alder/);
  });

  it('drops a role noun opening a name, and keeps a given name that is also a title', () => {
    expect(speakerOf('Reporter Jana Vosk said, “The road is closed.”')).toBe('Jana Vosk');
    expect(speakerOf('Texas-based Matt Orvell said, “The race is over.”')).toBe('Matt Orvell');
    expect(speakerOf('Dean Pellow said, “The race is over.”')).toBe('Dean Pellow');
  });
});
