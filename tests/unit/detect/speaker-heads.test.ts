/**
 * The head of a speaker phrase: the person a long description, appositive or modifier chain
 * leads to, not the last capitalised word in it. Invented sentences, one general behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotesRules } from '../../../lib/detect/index';

const speakerOf = (text: string, quote: string): string | null | undefined =>
  detectQuotesRules(text).find((q) => q.text === quote)?.speaker;

describe('an inverted cue read through a description to the name', () => {
  it('reads person nouns the role lists miss ("party boss", "ally")', () => {
    expect(speakerOf('The vote was close.\n\n“We will win this,” said Democratic party boss Ana Velloni.', 'We will win this,')).toBe('Ana Velloni');
    expect(speakerOf('Tom Brasher spoke first.\n\n“We will win this,” said Brasher ally Ana Velloni.', 'We will win this,')).toBe('Ana Velloni');
  });

  it('reads a party noun after an adjective as the role ("ranking Democrat")', () => {
    expect(speakerOf('The vote was close.\n\n“We will win this,” said Oversight ranking Democrat Tom Brasher (D-Md.).', 'We will win this,')).toBe('Tom Brasher');
  });

  it('takes no party noun after a verb as a description ("pressed Republican …")', () => {
    const t = 'Dana Kirwin questioned him. Kirwin was adamant.\n\nEarlier this week, Kirwin pressed Republican National Chairman Tom Brasher on the subject of taxes, insisting to Brasher that he should hold the “higher ground” against rivals.';
    expect(speakerOf(t, 'higher ground')).toBe('Dana Kirwin');
  });

  it('reads an ordinal rank ("1st Lt.")', () => {
    expect(speakerOf('The vote was close.\n\n“We will win this,” said Air Force 1st Lt. Tom Brasher.', 'We will win this,')).toBe('Tom Brasher');
  });

  it('reads a possessive determiner’s role to the name after it', () => {
    expect(speakerOf('Tom Brasher spoke first.\n\n“We will win this,” added his campaign manager Ana Velloni.', 'We will win this,')).toBe('Ana Velloni');
  });

  it('reads a role set off by a comma to the name it describes', () => {
    expect(speakerOf('The FBI spoke first.\n\nThe attack had no “ties of any consequence,” said the bureau’s director, Ana Velloni.', 'ties of any consequence,')).toBe('Ana Velloni');
  });
});

describe('a quote resumed after its cue clause', () => {
  it('keeps the speaker across an appositive before the quote resumes', () => {
    const t = 'Tom Brasher spoke first.\n\n“We will win this,” said Ana Velloni, Brasher’s state communications director, “and we will.”';
    expect(speakerOf(t, 'and we will.')).toBe('Ana Velloni');
    const u = 'Tom Brasher spoke first.\n\n“We will win this,” said Ana Velloni, director of Security Studies at the Grove Institute in London, “and we will.”';
    expect(speakerOf(u, 'and we will.')).toBe('Ana Velloni');
  });
});
