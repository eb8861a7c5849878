/**
 * Quotes whose speaker is in the text but far from the quote ("person: none given" on train):
 * invented sentences, one general behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotesRules } from '../../../lib/detect/index';

const speakerOf = (text: string, quote: string): string | null | undefined =>
  detectQuotesRules(text).find((q) => q.text === quote)?.speaker;

const LEAD = 'Marta Quillfeather and Tom Vance toured the plant on Monday. ';

describe('a cue clause that ends the quote’s sentence', () => {
  it('credits a quote that opens the sentence, past a long predicate', () => {
    const t = LEAD + '“We hugged” the survivors before the service at the chapel on Main Street, she said.';
    expect(speakerOf(t, 'We hugged')).toBe('Marta Quillfeather');
  });

  it('credits an earlier quote past a later one in the same sentence', () => {
    const t = LEAD + 'The program was a “good thing” that yielded “frankly good information,” Vance remarked.';
    expect(speakerOf(t, 'good thing')).toBe('Tom Vance');
  });

  it('reads an inverted cue with an appositive at the end', () => {
    const t = LEAD + 'Vance will be “a disaster” for the town and the county and the whole region this year, because the plant that employs most of them is closing, said Marta Quillfeather, a pollster in Ohio.';
    expect(speakerOf(t, 'a disaster')).toBe('Marta Quillfeather');
  });

  it('takes no cue that is not set off from the sentence', () => {
    const t = LEAD + 'The report called “a failure” the plan that Vance said.';
    expect(speakerOf(t, 'a failure')).not.toBe('Tom Vance');
  });
});

describe('reporting verbs and idioms the cue list lacked', () => {
  it('reads "wondered", "surmised" and "elaborated" after a quote', () => {
    for (const verb of ['wondered', 'surmised', 'elaborated']) {
      expect(speakerOf(LEAD + `“It was fine,” she ${verb}.`, 'It was fine,')).toBe('Marta Quillfeather');
    }
  });

  it('reads "went on" that ends the cue clause, not "went on television"', () => {
    expect(speakerOf(LEAD + '“It was fine,” she went on.', 'It was fine,')).toBe('Marta Quillfeather');
    expect(speakerOf(LEAD + 'Vance went on television to defend “the deal.”', 'the deal.')).not.toBe('Marta Quillfeather');
  });

  it('reads "as X puts it" and "as X pointed out" before a quote', () => {
    expect(speakerOf(LEAD + 'As Quillfeather puts it, the mayor wants “an offer they cannot refuse.”', 'an offer they cannot refuse.')).toBe('Marta Quillfeather');
    expect(speakerOf(LEAD + 'As Quillfeather pointed out in December, “The delegates will change it.”', 'The delegates will change it.')).toBe('Marta Quillfeather');
  });
});

describe('present-tense and less common reporting verbs', () => {
  it('credits the subject of "accuses … of" and the speaker of "mused"', () => {
    expect(speakerOf(LEAD + 'Quillfeather accuses Vance of subjecting her to an “artful smear” about the links.', 'artful smear')).toBe('Marta Quillfeather');
    expect(speakerOf(LEAD + '“It was fine,” Vance mused.', 'It was fine,')).toBe('Tom Vance');
  });
});

describe('a quote that closes its sentence', () => {
  it('leaves the next sentence’s cue to that sentence’s quotes', () => {
    const t = LEAD + 'The plant is now “safe for the workers.” Later, Quillfeather stated of the audit that the report “was not good.”';
    expect(speakerOf(t, 'safe for the workers.')).not.toBe('Marta Quillfeather');
    expect(speakerOf(t, 'was not good.')).toBe('Marta Quillfeather');
  });

  it('credits a participle after an inverted cue to the inverted speaker', () => {
    const t = LEAD + '“It is not new,” said Vance (R-Ohio) at the time, adding that “we are fine with it.” Later, Quillfeather stated that the report “was not good.”';
    expect(speakerOf(t, 'we are fine with it.')).toBe('Tom Vance');
  });
});
