import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';
import { genderOfFirstName } from '../../../lib/detect/first-names';

describe('given names from the CC0 office-holder tables', () => {
  it('give a gender only before a surname', () => {
    expect(genderOfFirstName('Raja', true)).toBe('m');
    expect(genderOfFirstName('Rashida', true)).toBe('f');
    // alone, a rare given name is as often a surname ("Nelson said")
    expect(genderOfFirstName('Raja')).toBeNull();
  });

  it('let a pronoun agree with a man whose name ends in -a', () => {
    const [q] = detectQuotes('Raja Vance spoke to reporters on Monday. "We will win," he said.');
    expect(q.speaker).toBe('Raja Vance');
    expect(q.evidence?.method).toBe('pronoun');
  });

  it('yield to what the text says when the name is a guess', () => {
    // "-a" guesses female; the text's own "his" says otherwise
    const text = 'Yukiya Ostrova gave his report on Monday. Maria Pratt listened. "The plan is sound," he said.';
    expect(detectQuotes(text)[0].speaker).toBe('Yukiya Ostrova');
  });
});
