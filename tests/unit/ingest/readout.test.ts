import { describe, expect, it } from 'vitest';
import { partiesOfHeading, readoutPassages, subjectOf, type ReadoutParty } from '../../../lib/db/ingest/readout';

// Invented parties: the rule is about sentence shape, not about who.
const putin: ReadoutParty = { name: 'Vladimir Putin', titles: ['President', 'Leader', 'Side'], places: ['Russia', 'Russian'] };
const lind: ReadoutParty = { name: 'Ivo Lind', titles: ['President'], places: ['Examplia'] };
const orr: ReadoutParty = { name: 'Mara Orr', titles: ['Prime Minister'], places: ['Nordland'] };
const speakers = (paragraph: string, parties: ReadoutParty[]) => readoutPassages([paragraph], parties).passages.map((p) => [p.speaker, p.text]);

describe('readout speakers', () => {
  it('credits a sentence to the party its subject names, not to the office that wrote it', () => {
    expect(speakers('Vladimir Putin stressed that the talks must go on. Ivo Lind noted that the river treaty was a priority for Examplia. He added that a draft would follow.', [putin, lind])).toEqual([
      ['Vladimir Putin', 'Vladimir Putin stressed that the talks must go on.'],
      ['Ivo Lind', 'Ivo Lind noted that the river treaty was a priority for Examplia. He added that a draft would follow.'],
    ]);
  });

  it('carries the party over passives and pronouns, and gives collective subjects to the principal', () => {
    expect(speakers('Ivo Lind thanked the Russian side for the invitation. The key question of the border was ignored. The leaders agreed to stay in touch on all issues.', [putin, lind])).toEqual([
      ['Ivo Lind', 'Ivo Lind thanked the Russian side for the invitation. The key question of the border was ignored.'],
      ['Vladimir Putin', 'The leaders agreed to stay in touch on all issues.'],
    ]);
  });

  it('reads role phrases and subjects after a leading clause', () => {
    expect(subjectOf('The President of Examplia expressed concern about the floods.', [putin, lind])).toEqual({ party: 1 });
    expect(subjectOf('The Examplian President expressed concern about the floods.', [putin, lind])).toEqual({ party: 1 });
    expect(subjectOf('The President of Russia informed his colleague about the floods.', [putin, lind])).toEqual({ party: 0 });
    expect(subjectOf('When discussing the floods, Ivo Lind emphasised the need for aid.', [putin, lind])).toEqual({ party: 1 });
    expect(subjectOf('In this connection, the Russian President explained the position.', [putin, lind])).toEqual({ party: 0 });
    expect(subjectOf("Mr Lind's proposal was supported.", [putin, lind])).toEqual({ party: 1 });
  });

  it('drops sentences whose subject it cannot place rather than guess', () => {
    // Two presidents on the call: "the President" alone is either.
    expect(subjectOf('The President expressed concern about the floods.', [putin, lind, orr])).toBe('ambiguous');
    // Someone the heading does not name.
    expect(subjectOf('President Ada Quill was mentioned in passing by both.', [putin, lind])).toBe('ambiguous');
    const r = readoutPassages(['Ivo Lind spoke about the river treaty at length. The President expressed concern about the floods in the north. Taking part in the talks were ministers of both countries.'], [putin, lind, orr]);
    expect(r.passages.map((p) => p.speaker)).toEqual(['Ivo Lind']);
    expect(r.dropped).toBe(2);
  });

  it('keeps the neighbouring sentences as context across parties', () => {
    const [a, b] = readoutPassages(['Vladimir Putin stressed that the talks must go on. Ivo Lind noted that the river treaty was a priority.'], [putin, lind]).passages;
    expect(a.after).toBe('Ivo Lind noted that the river treaty was a priority.');
    expect(b.before).toBe('Vladimir Putin stressed that the talks must go on.');
  });
});

describe('parties of a heading', () => {
  const none = () => null;
  it('finds the other parties with their offices and countries, in the Kremlin order and the White House order', () => {
    expect(partiesOfHeading('Telephone conversation with President of Examplia Ivo Lind and Prime Minister of Nordland Mara Orr', 'Vladimir Putin', none)).toEqual([
      { name: 'Ivo Lind', titles: ['President'], places: ['Examplia'] },
      { name: 'Mara Orr', titles: ['Prime Minister', 'Minister'], places: ['Nordland'] },
    ]);
    expect(partiesOfHeading("Readout of President Biden's Call with President Ivo Lind of Examplia", 'Joe Biden', none)).toEqual([
      { name: 'Ivo Lind', titles: ['President'], places: ['Examplia'] },
    ]);
  });
  it('skips the principal and runs that name no office and no known person', () => {
    expect(partiesOfHeading('Vladimir Putin visited the Great Examplian Museum', 'Vladimir Putin', none)).toEqual([]);
    expect(partiesOfHeading('Meeting with Ivo Lind', 'Vladimir Putin', (n) => (n === 'Ivo Lind' ? 'Ivo Lind' : null))).toEqual([{ name: 'Ivo Lind', titles: [], places: [] }]);
  });
});
