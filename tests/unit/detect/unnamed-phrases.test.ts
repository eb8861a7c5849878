import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

/** The speaker, mention and named flag of the only quote in text. */
function only(text: string): { speaker: string | null; named: boolean | undefined } {
  const qs = detectQuotes(text);
  expect(qs).toHaveLength(1);
  return { speaker: qs[0].speaker, named: qs[0].evidence?.named };
}

describe('unnamed sources read whole (phrase.ts)', () => {
  it('keeps a prepositional complement, and never credits the name inside it', () => {
    expect(only('Mara Quell spoke first. A longtime adviser to Quell said the merger was “already dead.”'))
      .toEqual({ speaker: 'A longtime adviser to Quell', named: false });
    expect(only('“We expect a vote by Friday,” a source close to the talks said.').speaker).toBe('a source close to the talks');
  });

  it('keeps a relative clause before the cue, adverbs inside it included', () => {
    expect(only('A clerk who was not allowed to speak publicly said the files were “missing for weeks.”').speaker)
      .toBe('A clerk who was not allowed to speak publicly');
    expect(only('The residents who wrote to the council on Monday say they are “out of patience.”').speaker)
      .toBe('The residents who wrote to the council on Monday');
  });

  it('reads an inverted speaker to the end of its clause', () => {
    expect(only('“Nobody reads the minutes,” said a board member who chairs the audit panel, asking not to be named.').speaker)
      .toBe('a board member who chairs the audit panel');
  });

  it('keeps a place name inside the phrase instead of taking the place as the speaker', () => {
    expect(only('Later a teacher in Dunmore, Ontario, told the panel the roof was “a disgrace.”').speaker)
      .toBe('a teacher in Dunmore, Ontario');
  });

  it('reads a document with its source', () => {
    expect(only('A letter from the harbour board said the dredging was “long overdue.”').speaker).toBe('A letter from the harbour board');
  });

  it('leaves objects and relative clauses of other verbs alone', () => {
    // the young man is told, he does not speak
    expect(only('Ada Brisk told a young man who suggested otherwise that “this is not the year to give up.”').speaker).not.toMatch(/young man/);
    // the colon lead-in's noun phrase is what was delivered, not a speaker
    expect(only('Ada Brisk delivered a blunt message to the mayor: “Fix the pier.”').speaker).not.toMatch(/message/);
  });

  it('does not read a definite singular person whole: "the <role>" is left to role resolution', () => {
    expect(only('Jon Varga was elected in May. The mayor of Dunmore said the plan was “final.”').speaker).not.toBe('The mayor of Dunmore');
  });
});

describe('organisations and spokespeople', () => {
  it('reads an organisation named with "of" whole', () => {
    expect(only('As the deadline neared, the Vale Board of Elections ruled that the matter was “for a court.”').speaker).toBe('Vale Board of Elections');
    expect(only('“It is a fraud,” the Northern Federation of Dockers said.').speaker).toBe('Northern Federation of Dockers');
    // a person before "of" still speaks alone
    expect(only('“It is over,” said Jane Holt of the Rivers Trust.').speaker).toBe('Jane Holt');
  });

  it('never resolves a possessor\u2019s spokesman, or "the spokesman", to the person spoken for', () => {
    expect(only('Prime Minister Tom Keel flew home. Keel\u2019s spokesman said the talks were “useful.”'))
      .toEqual({ speaker: 'Keel\u2019s spokesman', named: false });
    expect(only('Prime Minister Tom Keel flew home on Monday. The spokesman said the talks were “useful.”').speaker).toBe('The spokesman');
    // someone the text calls a spokeswoman is still found
    expect(only('Ana Ruiz, a spokeswoman for the port, met reporters. The spokeswoman said the cranes were “idle.”').speaker).toBe('Ana Ruiz');
  });
});

describe('bare plurals, lone "one", team nicknames', () => {
  it('reads a plural of people with no determiner whole, names inside it included', () => {
    expect(only('Attorneys for Holt said the ruling was “a relief.”')).toEqual({ speaker: 'Attorneys for Holt', named: false });
    expect(only('Officials with knowledge of the audit said it was “tense.”').speaker).toBe('Officials with knowledge of the audit');
    // with no complement it is left alone: "Local planning leaders have warned about “…”" is a term's context
    expect(only('Local planning leaders have warned for months about “permit fatigue” in their offices.').speaker).not.toBe('Local planning leaders');
  });

  it('does not open a plural after a preposition or a participle', () => {
    expect(only('Ada Brisk said she “cannot walk a block” without reporters asking her about it.').speaker).toBe('Ada Brisk');
  });

  it('credits a lone "one" or "another" after an inverted cue as written', () => {
    const qs = detectQuotes('Banners hung from the pier. “Save the ferry,” read one. “Not for sale,” read another.');
    expect(qs.map((q) => q.speaker)).toEqual(['one', 'another']);
    expect(qs.every((q) => q.evidence?.named === false)).toBe(true);
  });

  it('reads "Team <name>" as the campaign as written, not as the person', () => {
    expect(only('Mara Quell campaigned in Leeds. Team Quell said the poll was “a gift.”')).toEqual({ speaker: 'Team Quell', named: false });
  });
});

describe('abbreviations inside an unnamed phrase', () => {
  it('reads past the period of an abbreviation, so the agent of "obtained by" is not the speaker', () => {
    const r = only('A Feb. 1 letter from the Dock Union obtained by the Harbor Tribune warns that cuts are “reckless.”');
    expect(r.speaker).toBe('A Feb. 1 letter from the Dock Union obtained by the Harbor Tribune');
    expect(r.named).toBe(false);
    expect(only('“It is over,” said a spokesman for Mr. Holt.').speaker).toBe('a spokesman for Mr. Holt');
  });
});

describe('bare role nouns resolve only to someone the text ties to them', () => {
  it('keeps "the judge" as written when the nearest person is only a lawyer', () => {
    const r = only('Defense lawyer Ben Marsh argued for an hour. “Everything you said overlaps,” the judge exclaimed.');
    expect(r).toEqual({ speaker: 'the judge', named: false });
  });

  it('keeps "the man" as written instead of taking the person just named', () => {
    expect(only('Jon Varga spoke about the economy at the hall. “They stole the town,” the man shouted.').speaker).toBe('the man');
  });

  it('still resolves a role the text gives someone, also as a title on a surname already known', () => {
    expect(only('Judge Ana Ruiz heard the motion. Later the judge said the filing was “late.”').speaker).toBe('Ana Ruiz');
    // Holt is known before "President Holt" gives him the role
    const qs = detectQuotes('Tom Holt flew to Leeds. On Monday, President Holt met the press. The president said the deal was “done.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Holt']);
  });

  it('takes the nearest person for a qualified role: "the Vale senator" identifies its person', () => {
    expect(only('Sen. Mara Quell toured the plant. The Vale senator said the closures were “avoidable.”').speaker).toBe('Mara Quell');
  });
});

describe('a relative introduced by relation does not take over the surname', () => {
  it('credits a later bare surname to the person, not to "his wife, Jane Holt"', () => {
    const qs = detectQuotes('Tom Holt rallied in Leeds. At the urging of his wife, Jane Holt, he has spoken to donors. “We can win,” Holt said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Holt']);
  });
});

describe('"the <age>" and "the <outlet>" after a reporting verb are returned as written', () => {
  it('keeps an age phrase as the speaker, before or after its cue', () => {
    expect(only('Mara Quell took the stage. “The town deserves better,” said the 46-year-old.').speaker).toBe('the 46-year-old');
    expect(only('“What if the mayor had lessons?” the 43-year-old asked in the video.').speaker).toBe('the 43-year-old');
  });

  it('keeps an outlet the lexicon does not list as the speaker', () => {
    expect(only('“He needs to stop blaming everyone,” the conservative-leaning newspaper wrote.').speaker).toBe('the conservative-leaning newspaper');
  });

  it('gives "the <singular person noun>" to the person the text describes so, else reports it as written', () => {
    expect(only('Ben Carver, a retired neurosurgeon, toured the ward. “We stay open,” the retired neurosurgeon said.').speaker).toBe('Ben Carver');
    expect(only('“We stay open,” the retired neurosurgeon said.')).toEqual({ speaker: 'the retired neurosurgeon', named: false });
  });
});
