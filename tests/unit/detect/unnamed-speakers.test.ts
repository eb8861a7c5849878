import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

/** Speaker and named flag of each quote in text. */
function speakers(text: string): { speaker: string | null; named: boolean | undefined }[] {
  return detectQuotes(text).map((q) => ({ speaker: q.speaker, named: q.evidence?.named }));
}

describe('unnamed sources headed by a party or faith', () => {
  it('reads "said an Iowa Democrat" as written, not as a name or the person named before', () => {
    expect(speakers('Ann Holt spoke first. “She is too far behind,” said an Iowa Democrat.'))
      .toEqual([{ speaker: 'an Iowa Democrat', named: false }]);
    expect(speakers('“There are more of them,” added another New Hampshire Republican.')[0].speaker).toBe('another New Hampshire Republican');
  });

  it('keeps the complement of a capitalised affiliation head', () => {
    expect(speakers('“It was not convincing,” said one Democrat familiar with the discussion.')[0].speaker)
      .toBe('one Democrat familiar with the discussion');
  });

  it('does not take a name after an indefinite article as an affiliation', () => {
    expect(speakers('Ann Holt spoke first. “She is too far behind,” said a Holt.')[0].speaker).not.toBe('a Holt');
  });
});

describe('a quote resumed after its cue clause', () => {
  it('credits the resumed quote to the unnamed source of the cue that interrupts it', () => {
    expect(speakers('Ann Holt spoke first. “She is too far behind,” said a board member, “and the vote was not close.”').map((s) => s.speaker))
      .toEqual(['a board member', 'a board member']);
  });

  it('does not resume across a sentence end', () => {
    expect(speakers('“She is too far behind,” said a board member. Ann Holt disagreed: “The vote was close.”')[1].speaker).toBe('Ann Holt');
  });
});

describe('"the <singular>" after a reporting verb, when no one holds that role', () => {
  it('reports the phrase as written rather than no speaker', () => {
    expect(speakers('“Cell phones show what happens,” the moderator said. “As you know, it is true.”')[0])
      .toEqual({ speaker: 'the moderator', named: false });
    expect(speakers('“Chairman Gowdy harmed him,” the suit reads.')[0].speaker).toBe('the suit');
  });

  it('still resolves a role the text gives someone', () => {
    expect(speakers('Ana Ruiz, the moderator, rang the bell. “Time is up,” the moderator said.')[0].speaker).toBe('Ana Ruiz');
  });

  it('leaves an organisation word to the organisation the text names', () => {
    expect(speakers('The Vale Dockers Federation met on Monday. “We will strike,” the union said.')[0].speaker).not.toBe('the union');
  });
});

describe('a document that "goes on to say"', () => {
  it('speaks as written, not the person named before it', () => {
    expect(speakers('Ann Holt wrote to her donors. The email goes on to say: “The plan is dead.”')[0])
      .toEqual({ speaker: 'The email', named: false });
    expect(speakers('Ann Holt wrote to her donors. The email went on to say, “Today, we won.”')[0].speaker).toBe('The email');
  });

  it('leaves a person who went on to say something to the person', () => {
    expect(speakers('Ann Holt met Mike Pence. Pence went on to say that the plan was “a disaster.”')[0].speaker).toBe('Mike Pence');
  });
});

describe('"continues" as a reporting verb', () => {
  it('reports a document that continues with a quote', () => {
    expect(speakers('Ann Holt signed the letter. The letter continues: “Please explain your reasoning.”')[0].speaker).toBe('The letter');
    expect(speakers('“It was a fraud,” the report continues.')[0].speaker).toBe('the report');
  });

  it('is no cue before "to" or after an auxiliary', () => {
    expect(speakers('Ann Holt said she is certain Tom Vance will continue to be “a champion for us.”')[0].speaker).toBe('Ann Holt');
    expect(speakers('Ann Holt said that her campaign would continue “to break barriers.”')[0].speaker).not.toBe('her campaign');
  });
});

describe('"according to" an outlet or document', () => {
  it('reports the outlet or document as written', () => {
    expect(speakers('Ann Holt read it twice. According to the newspaper, “The gun laws are porous.”')[0])
      .toEqual({ speaker: 'the newspaper', named: false });
  });

  it('leaves a possessive document inside a person\u2019s clause to the person', () => {
    expect(speakers('Win Hale, a party spokesman, said that according to its analysis, the party won, but “we are still counting.”')[0].speaker)
      .toBe('Win Hale');
  });
});
