import { describe, expect, it } from 'vitest';
import { detectInText } from '../../../lib/pipeline';

const speakerOf = (text: string, quote: string) => detectInText(text).find((q) => q.text === quote)?.speaker;

describe('scare quotes whose speaker is only a guess', () => {
  it('shows a short term after a sentence adverb with no speaker', () => {
    const text = 'The new release changes the defaults. Furthermore, boards from the other maker are now "uncertified." Users can still program them.';
    expect(speakerOf(text, 'uncertified.')).toBeNull();
  });

  it('keeps the speaker of a short quote tied to a speech verb', () => {
    const text = 'Maria Lopez, the mayor, said the plan was "a disaster" for the city.';
    expect(speakerOf(text, 'a disaster')).toBe('Maria Lopez');
  });

  it('keeps the speaker of a longer quote after a name', () => {
    const text = 'Lopez spoke to reporters on Monday. Lopez: "We will rebuild the bridge before the winter comes."';
    expect(speakerOf(text, 'We will rebuild the bridge before the winter comes.')).not.toBeNull();
  });
});

describe('names given by a naming construction are not statements', () => {
  it('shows no speaker for a nickname after "known as"', () => {
    const text = 'Eliza Marr, known to fans simply as "Liz," leads the band into a slower record.';
    expect(speakerOf(text, 'Liz,')).toBeNull();
  });

  it('shows no speaker for a category after "filed under" or "tagged as"', () => {
    expect(speakerOf('Dahl\'s earlier books were filed under "literary fiction," but this one is a farce.', 'literary fiction,')).toBeNull();
    expect(speakerOf('Ruiz, a recruiter, noted that jobs tagged as "Full Stack Developer" already assume these skills.', 'Full Stack Developer')).toBeNull();
  });

  it('shows no speaker for what a group of people calls something', () => {
    const text = 'Eliza Marr wrote the songs at home. Marr leads the band into what radio programmers call "Sunday morning" music, and the record stays there.';
    expect(speakerOf(text, 'Sunday morning')).toBeNull();
  });

  it('keeps the speaker when one person calls something by a name', () => {
    const text = 'Senator Ana Ruiz railed against what she calls "the Washington cartel" on Monday.';
    expect(speakerOf(text, 'the Washington cartel')).toBe('Ana Ruiz');
  });

  it('shows no speaker for a product name its maker has branded', () => {
    const text = 'The tablet ships with a feature Kestrel has branded "Adaptive Focus," which dims notifications.';
    expect(speakerOf(text, 'Adaptive Focus,')).toBeNull();
  });

  it('shows no speaker for a long title after a title word', () => {
    const text = 'In her book "A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster," Jane Holt wrote of the purpose found in crisis.';
    expect(speakerOf(text, 'A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,')).toBeNull();
  });

  it('shows no speaker for a title before a dash that goes on with the sentence', () => {
    const text = 'Martino founded the firm. "SRL" is the Italian equivalent of "LLC"\u2014Smart Projects was incorporated in Italy.';
    expect(speakerOf(text, 'LLC')).toBeNull();
  });
});

describe('quotes in headlines', () => {
  it('shows no speaker for a cue-less quote in a headline line', () => {
    const text = 'Council scraps "bin tax" after a year of complaints\n\nAshdown District Council has dropped the charge, its leader said on Monday.';
    expect(speakerOf(text, 'bin tax')).toBeNull();
  });

  it('keeps the speaker of a headline quote with a cue', () => {
    const text = 'Mayor Ana Ruiz: "We will rebuild the bridge" after the flood\n\nThe bridge fell in March.';
    expect(speakerOf(text, 'We will rebuild the bridge')).toBe('Ana Ruiz');
  });

  it('keeps a pronoun speaker in a list item without a full stop', () => {
    const text = 'Barack Obama spoke to the BBC on Thursday. He listed his plans for the trip.\n\nHe would speak "bluntly" against corruption in the region\n\nHe would meet leaders in Nairobi.';
    expect(speakerOf(text, 'bluntly')).toBe('Barack Obama');
  });
});
