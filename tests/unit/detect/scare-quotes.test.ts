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
