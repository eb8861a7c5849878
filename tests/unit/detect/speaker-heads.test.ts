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

describe('a subject before its cue, past its modifiers', () => {
  it('takes the person before "of PLACE, PLACE"', () => {
    expect(speakerOf('Voters came.\n\nAna Velloni of Columbia, South Carolina says she thinks Brasher will “win big.”', 'win big.')).toBe('Ana Velloni');
  });

  it('does not take the object of an introductory phrase ("On the subject of X, Holt added")', () => {
    expect(speakerOf('Tom Brasher spoke.\n\nOn the subject of Israel, Brasher added, “Nobody will be more loyal.”', 'Nobody will be more loyal.')).toBe('Tom Brasher');
  });

  it('follows a chain of "of" phrases back to the person', () => {
    const t = 'Voters came.\n\nArchbishop Tom Brasher of the Holy Patriarchate of Jerusalem told the AP, “We have suffered.”';
    expect(speakerOf(t, 'We have suffered.')).toBe('Tom Brasher');
  });

  it('takes the person before an appositive role whose organisation ends at the cue', () => {
    expect(speakerOf('Voters came.\n\nAna Velloni, the communications director for the Ohio Democratic Party said in a statement, “There are no ballots.”', 'There are no ballots.')).toBe('Ana Velloni');
    expect(speakerOf('Voters came.\n\nAna Velloni, president and CEO of Vale Restaurant Association stated, “It is a math problem.”', 'It is a math problem.')).toBe('Ana Velloni');
  });

  it('takes the person before an unclosed or dashed unnamed appositive', () => {
    expect(speakerOf('Voters came.\n\nAna Velloni — a teacher from Mount Pleasant — says her choice was “a big deal.”', 'a big deal.')).toBe('Ana Velloni');
    expect(speakerOf('Voters came.\n\nGary Brasher, a former agent for the governor has written a book about her “eruptive” behavior.', 'eruptive')).toBe('Gary Brasher');
  });

  it('reads past an age before the name', () => {
    const t = 'Voters came.\n\n76-year-old Tom Brasher, founder of the Grove Institute, YAF member in the 1960s and long time committeeman, endorsed Cruz last week, saying he “has shown commitment.”';
    expect(speakerOf(t, 'has shown commitment.')).toBe('Tom Brasher');
  });

  it('credits the agent of a passive cue ("was asked by host X")', () => {
    const t = 'Tom Brasher was interviewed.\n\nBrasher was asked by host Ana Velloni, who supports him, “Now, you famously said it?”';
    expect(speakerOf(t, 'Now, you famously said it?')).toBe('Ana Velloni');
  });
});

describe('a colon lead-in', () => {
  it('takes no preposition’s object before the colon as the speaker', () => {
    expect(speakerOf('Voters came.\n\nAs Breitbart’s Ana Velloni reported after the FBI left the scene in San Bernardino: “The government has done nothing.”', 'The government has done nothing.')).toBe('Ana Velloni');
    expect(speakerOf('Voters came.\n\nFormer candidate Tom Brasher broke down what was wrong to the Dutch newspaper NRC Handelsblad: “What he did was so insensitive.”', 'What he did was so insensitive.')).toBe('Tom Brasher');
  });

  it('takes no outlet after "told The" as the speaker', () => {
    expect(speakerOf('Voters came.\n\nOn the topic, chapter president Ana Velloni told The Huffington Post: “A lot of people are assuming.”', 'A lot of people are assuming.')).toBe('Ana Velloni');
  });

  it('reads the name before a party parenthesis', () => {
    expect(speakerOf('Voters came.\n\nRep. Tom Brasher (R-S.C.): “I have not heard anyone cite that.”', 'I have not heard anyone cite that.')).toBe('Tom Brasher');
  });

  it('keeps a sentence-opening past-tense cue out of the name ("Stated Holt:")', () => {
    expect(speakerOf('Tom Brasher was interviewed.\n\nStated Brasher: “I think that the stakes are so high.”', 'I think that the stakes are so high.')).toBe('Tom Brasher');
  });
});
