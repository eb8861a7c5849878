/**
 * Cue-less and participle quotes credited to the sentence's subject: invented sentences, one
 * general behaviour each (the class "person: none given" on the development split).
 */
import { describe, expect, it } from 'vitest';
import { detectQuotesRules } from '../../../lib/detect/index';

const speakerOf = (text: string, quote: string): string | null | undefined =>
  detectQuotesRules(text).find((q) => q.text === quote)?.speaker;

describe('sentence subjects past introductory phrases', () => {
  it('reads past a participial opener and a place to the known subject of a participle cue', () => {
    const t = 'Marta Quillfeather toured the state.\n\nSpeaking at a town hall in Salem, New Hampshire, Quillfeather went after her rival, calling him “a total stiff.”';
    expect(speakerOf(t, 'a total stiff.')).toBe('Marta Quillfeather');
  });

  it('takes no expletive "it" after an opener as the speaker', () => {
    const t = 'The Grindle Council met on Monday.\n\nEither way, it’s important that the plan not be allowed to “disrupt” the town.';
    expect(speakerOf(t, 'disrupt')).toBeNull();
  });

  it('an exclamation inside a quote does not end a sentence that goes on in lower case', () => {
    const t = 'Dana Whitcombe won three states.\n\nShe declared “What a night!” and said that her campaign would continue “to break barriers” across the nation.';
    expect(speakerOf(t, 'to break barriers')).toBe('Dana Whitcombe');
  });
});

describe('an inverted cue after the quote’s clause', () => {
  it('credits the name after ", said" when the sentence goes on past the quote', () => {
    const t = 'The union voted on Monday.\n\n“We’re extremely happy” about the decision, said Rosalind Okonjo, executive director of the nurses’ union.';
    expect(speakerOf(t, 'We’re extremely happy')).toBe('Rosalind Okonjo');
  });

  it('reads a short description before the name ("said Ohio State professor …")', () => {
    const t = 'Clinton “drew quite well from white voters” in the 2008 primary, said Ohio State University professor Pauline Brecker.';
    expect(speakerOf(t, 'drew quite well from white voters')).toBe('Pauline Brecker');
  });

  it('takes no name that goes on into another clause', () => {
    const t = '“It was close” after the vote, said Harlan County officials who counted.';
    expect(speakerOf(t, 'It was close')).not.toBe('Harlan County');
  });
});

describe('hyphenated descriptions before a name', () => {
  it('reads "co-host" as a description in an inverted cue', () => {
    const t = '“Imagine the two of them on one stage,” mused Blaze co-host Stuart Velloni.';
    expect(speakerOf(t, 'Imagine the two of them on one stage,')).toBe('Stuart Velloni');
  });
});
