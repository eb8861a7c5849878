import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../lib/db/import/index';
import { buildPack, loadPack } from '../../../lib/db/pack';
import { Matcher } from '../../../lib/match/matcher';
import type { MatchStatus, Statement } from '../../../lib/types';

const statements = importText('statements.jsonl', readFileSync(join(__dirname, '../../fixtures/db/statements.jsonl'), 'utf8')).statements;
const m = Matcher.fromStatements(statements);

type Case = [string, string, string | null, MatchStatus, string | null];
const cases: Case[] = [
  // name, quote, page speaker, status, statement id
  ['whole statement', 'We will build four hundred new homes on the old tram depot site before the end of next year.', 'Marta Quillfeather', 'verified', 'fx:1'],
  ['window, surname only', 'four hundred new homes on the old tram depot site', 'Quillfeather', 'verified', 'fx:1'],
  ['ellipsis cut', 'We will build four hundred new homes...before the end of next year', 'Marta Quillfeather', 'verified', 'fx:1'],
  ['bracket insertion', '[The council] will build four hundred new homes on the old tram depot site', 'Marta Quillfeather', 'verified', 'fx:1'],
  ['case, punctuation, curly marks', 'THERE IS NO QUESTION OF SENDING OUR SOLDIERS ACROSS THE RIVER — WHILE TALKS ARE STILL GOING ON', 'Sergey Orlovsky', 'verified', 'fx:3'],
  ['compound number as digits is not folded: altered', 'We will build 400 new homes on the old tram depot site', 'Marta Quillfeather', 'altered', 'fx:1'],
  ['small number written as digits', 'Our schools have had their budgets cut 3 years in a row', 'Tamsin Vale', 'verified', 'fx:6'],
  ['spelling variant of the speaker', 'no question of sending our soldiers across the river', 'Sergey Orlovsky', 'verified', 'fx:3'],
  ['nickname of the speaker', 'a bridge that nobody uses', 'Liz Harrow', 'verified', 'fx:4'],
  ['substituted number', 'The harbour tax has raised 15 million pounds and every penny of it went to the lifeboat service', 'Osric Delacroix-Byrne', 'altered', 'fx:2'],
  ['substituted word', 'Our schools have had their budgets doubled three years in a row and the teachers are exhausted', 'Tamsin Vale', 'altered', 'fx:6'],
  ['right words, wrong speaker', 'There is no question of sending our soldiers across the river', 'Tamsin Vale', 'misattributed', 'fx:3'],
  ['changed words, other speaker: too weak a link', 'The harbour tax has raised 15 million pounds and every penny of it went to the lifeboat service', 'Tamsin Vale', 'unmatched', null],
  ['no speaker named: cannot be misattributed', 'There is no question of sending our soldiers across the river', null, 'verified', 'fx:3'],
  ['altered, no speaker named', 'The harbour tax has raised 15 million pounds and every penny of it went to the lifeboat service', null, 'altered', 'fx:2'],
  ['aggregate pseudo-speaker is not misattribution', 'the new bridge in Eastmere was paid for by a foreign government', 'Marta Quillfeather', 'verified', 'fx:7'],
  ['short quote, speaker and span match', 'reckless', 'Joe Brandt', 'verified', 'fx:5'],
  ['short quote, other speaker', 'reckless', 'Tamsin Vale', 'unmatched', null],
  ['short quote, no speaker', 'reckless', null, 'unmatched', null],
  ['short common words', 'none at all', 'Marta Quillfeather', 'unmatched', null],
  ['a partial\'s paraphrase words are not the speaker\'s', 'would cost thousands of jobs in the north', 'Joe Brandt', 'unmatched', null],
  ['four words, right speaker', 'four hundred new homes', 'Marta Quillfeather', 'verified', 'fx:1'],
  ['four words, no speaker named', 'four hundred new homes', null, 'unmatched', null],
  ['four words, other speaker: not misattributed', 'four hundred new homes', 'Tamsin Vale', 'unmatched', null],
  ['recombined sentences', 'We will build four hundred new homes and the teachers are exhausted', 'Marta Quillfeather', 'unmatched', null],
  ['in no database', 'The ferry timetable will change on the first of March for all island routes', 'Tamsin Vale', 'unmatched', null],
  ['mostly different words', 'We will sell four hundred old buses from the new depot by the spring', 'Marta Quillfeather', 'unmatched', null],
  ['empty', '', 'Tamsin Vale', 'unmatched', null],
  ['punctuation only', '… — !', null, 'unmatched', null],
];

describe('Matcher.match', () => {
  it.each(cases)('%s', (_name, text, speaker, status, id) => {
    const r = m.match({ id: 'q', text, speaker });
    expect(r.status).toBe(status);
    expect(r.statement?.id ?? null).toBe(id);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
    if (status === 'altered') expect(r.diff?.some((d) => d.op !== 'equal')).toBe(true);
    if (status === 'verified') expect(r.diff).toBeUndefined();
  });

  it('diff shows the substituted number', () => {
    const r = m.match({ id: 'q', text: 'The harbour tax has raised 15 million pounds', speaker: 'Osric Delacroix-Byrne' });
    expect(r.diff).toContainEqual({ op: 'replace', page: '15', record: '12' });
  });

  it('prefers the named speaker when the same words have two speakers', () => {
    const twin: Statement = { ...statements[2], id: 'fx:twin', speaker: 'Tamsin Vale', speakerAliases: undefined };
    const m2 = Matcher.fromStatements([...statements, twin]);
    expect(m2.match({ id: 'q', text: 'no question of sending our soldiers across the river', speaker: 'Vale' }).statement?.id).toBe('fx:twin');
    expect(m2.match({ id: 'q', text: 'no question of sending our soldiers across the river', speaker: 'Orlovsky' }).statement?.id).toBe('fx:3');
  });

  it('strictness moves the altered threshold', () => {
    const q = { id: 'q', text: 'Our schools have had their budgets doubled three years in a row', speaker: 'Tamsin Vale' };
    expect(m.match(q, { strictness: 'loose' }).status).toBe('altered');
    expect(m.match(q, { strictness: 'strict' }).status).toBe('altered');
    expect(m.match({ ...q, text: 'Our schools have had budgets doubled' }, { strictness: 'strict' }).status).toBe('unmatched');
  });
});

describe('Matcher over several packs', () => {
  const bundled = loadPack(buildPack(statements, { sources: ['bundled'] }));
  const edited: Statement = { ...statements[0], text: 'We will build five hundred new homes on the old tram depot site before the end of next year.' };
  const user = loadPack(buildPack([edited, { ...statements[1], id: 'user:1' }], { sources: ['user'] }));
  const mm = Matcher.fromPacks([bundled, user]);

  it('counts, gets and lets a later pack replace a record by id', () => {
    expect(mm.size).toBe(statements.length + 2);
    expect(mm.get('fx:1')?.text).toContain('five hundred');
    expect(mm.get('user:1')?.speaker).toBe('Osric Delacroix-Byrne');
    expect(mm.get('nope')).toBeUndefined();
    const r = mm.match({ id: 'q', text: 'four hundred new homes on the old tram depot site', speaker: 'Marta Quillfeather' });
    expect(r.status).toBe('altered');
    expect(r.statement?.id).toBe('fx:1');
  });
});

describe('Matcher.search', () => {
  it.each([
    ['tram depot', {}, 'fx:1'],
    ['lifebot', {}, 'fx:2'],
    ['soldiers river', { speaker: 'Sergey Orlovsky' }, 'fx:3'],
    ['', { speaker: 'Liz Harrow' }, 'fx:4'],
  ] as const)('%s %j', (query, opts, id) => {
    const hits = m.search(query, { limit: 5, ...opts });
    expect(hits[0]?.statement.id).toBe(id);
    for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(0);
  });
  it('scores what was typed: exact words 100%, a misspelt word less, a word being typed by its share', () => {
    expect(m.search('tram depot')[0].score).toBe(1);
    // "lifebot" is one edit from "lifeboat" (8 letters): not a 100% match.
    expect(m.search('lifebot')[0].score).toBeCloseTo(7 / 8, 3);
    expect(m.search('tram dep')[0].score).toBeCloseTo((1 + 3 / 5) / 2, 3);
    // Ranked as before: the first hit is the best, and scores are no longer relative to it.
    const hits = m.search('the');
    expect(hits.every((h) => h.score === 1)).toBe(true);
  });
  it('speaker filter excludes others; limit holds', () => {
    expect(m.search('soldiers', { speaker: 'Tamsin Vale' })).toEqual([]);
    expect(m.search('the', { limit: 2 }).length).toBeLessThanOrEqual(2);
  });
});

describe('Matcher.resolveSpeaker', () => {
  it('resolves variants and typos to record speakers', () => {
    expect(m.resolveSpeaker('Sergey Orlovsky')).toEqual(['Sergei Orlovsky']);
    expect(m.resolveSpeaker('Delacroix Byrne')).toEqual(['Osric Delacroix-Byrne']);
  });
});

describe('quoted spans inside a longer page quote', () => {
  it.each([
    ['page quotes the sentence around the span, same speaker', 'They spent our money on a bridge that nobody uses', 'Liz Harrow', 'verified', 'fx:4'],
    ['same, other speaker: not enough to call it misattributed', 'They spent our money on a bridge that nobody uses', 'Tamsin Vale', 'unmatched', null],
    ['page quotes a further sentence after the record, same speaker', 'We have no plans to close the maternity ward at Saint Bride\'s hospital, none at all. We never did.', 'Marta Quillfeather', 'verified', 'fx:8'],
    ['span is too small a part of the quote', 'a bridge that nobody uses while the schools fall apart and the roads are full of holes', 'Liz Harrow', 'unmatched', null],
  ] as const)('%s', (_n, text, speaker, status, id) => {
    const r = m.match({ id: 'q', text, speaker });
    expect(r.status).toBe(status);
    expect(r.statement?.id ?? null).toBe(id);
  });
});

describe('the same words recorded for many speakers', () => {
  const many: Statement[] = Array.from({ length: 40 }, (_, i) => ({
    id: `many:${i}`, text: 'The reservoir will be empty by the end of the summer unless it rains.', speaker: `Speaker Number${i} Person${i}`, date: null, context: null, origin: 't',
  }));
  const mm = Matcher.fromStatements([...many, { ...many[0], id: 'many:vale', speaker: 'Tamsin Vale' }]);
  it('finds the named speaker\'s record even past the top candidates', () => {
    const r = mm.match({ id: 'q', text: 'the reservoir will be empty by the end of the summer', speaker: 'Tamsin Vale' });
    expect(r.status).toBe('verified');
    expect(r.statement?.id).toBe('many:vale');
  });
  it('a short phrase by the named speaker among many records', () => {
    const spans: Statement[] = Array.from({ length: 40 }, (_, i) => ({ id: `sp:${i}`, text: `Person ${i} called it "ignored".`, textKind: 'partial', quotedSpans: ['ignored'], speaker: `Pat Q${i}son`, date: null, context: null, origin: 't' }));
    const ms = Matcher.fromStatements([...spans, { ...spans[0], id: 'sp:putin', speaker: 'Vladimir Putin' }]);
    expect(ms.match({ id: 'q', text: 'ignored', speaker: 'Putin' }).statement?.id).toBe('sp:putin');
  });
});
