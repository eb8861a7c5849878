import { describe, expect, it } from 'vitest';
import { buildPack, loadPack, type LoadedPack } from '../../../lib/db/pack';
import { Matcher } from '../../../lib/match/matcher';
import { MIN_INDEXED_RECORDS } from '../../../lib/match/reworded-index';
import type { MatchQuery, Statement } from '../../../lib/types';

// Invented transcript lines: two speakers, a readout, an aggregate, a spelling with aliases.
const rec = (id: string, speaker: string | null, text: string, extra: Partial<Statement> = {}): Statement => ({
  id, speaker, text, date: '2022-03-10', context: 'press conference', origin: 'test', textKind: 'verbatim', ...extra,
});
const statements: Statement[] = [
  rec('a1', 'Ivan Petrenko', 'We will never accept the deployment of strike weapons near our borders, and our partners know this very well.'),
  rec('a2', 'Ivan Petrenko', 'The harvest this year will reach 130 million tonnes of grain, and we are ready to supply our partners.'),
  rec('a3', 'Ivan Petrenko', 'Our economy has adapted to the restrictions, and unemployment remains at a historic low.'),
  rec('a4', 'Ivan Petrenko', 'The restrictions on grain supplies will hurt the poorest countries first, and our partners know it.', { date: '2022-03-11' }),
  rec('r1', 'Ivan Petrenko', 'Ivan Petrenko stressed that the deployment of strike weapons near the borders would never be accepted by his partners.', { textKind: 'readout' }),
  rec('b1', 'Marta Lindqvist', 'We will never accept the deployment of strike weapons near our borders, and our allies know this very well.', { speakerAliases: ['M. Lindqvist'] }),
  rec('c1', 'Viral image', 'The harvest this year will reach 130 million tonnes of grain, and we are ready to supply our partners.', { speakerIsAggregate: true }),
];
const QUERIES: MatchQuery[] = [
  { id: 'q1', speaker: 'Ivan Petrenko', text: 'Our partners know very well that we shall never accept strike weapons being deployed near our borders.' },
  { id: 'q2', speaker: 'Petrenko', text: 'This year the grain harvest is going to reach 130 million tonnes, and we stand ready to supply partners.' },
  { id: 'q3', speaker: 'Petrenko', text: 'This year the grain harvest is going to reach 150 million tonnes, and we stand ready to supply partners.' },
  { id: 'q4', speaker: 'M. Lindqvist', text: 'Our allies know very well that we shall never accept strike weapons being deployed near our borders.' },
  { id: 'q5', speaker: 'Tomas Berg', text: 'Our partners know very well that we shall never accept strike weapons being deployed near our borders.' },
  { id: 'q6', speaker: 'Ivan Petrenko', text: 'Our partners know it: the poorest countries will be hurt first by the restrictions on supplies of grain.', date: '2022-03-12' },
  { id: 'q7', speaker: 'Ivan Petrenko', text: 'Our partners know it: the poorest countries will be hurt first by the restrictions on supplies of grain.', date: '2022-06-12' },
];
const pack = loadPack(buildPack(statements, { sources: [] }));
/** The same pack as one written before packs held the index: the matcher builds it in memory. */
const withoutIndex: LoadedPack = { ...pack, reworded: null };
/** Enough more records of Ivan Petrenko on other things for his stems to be indexed in the pack. */
const TOPICS = ['roads', 'schools', 'hospitals', 'railways', 'forests', 'ports', 'mines', 'bridges', 'farms', 'museums', 'tax', 'energy'];
const filler = Array.from({ length: MIN_INDEXED_RECORDS }, (_, i) =>
  rec(`f${i}`, 'Ivan Petrenko', `The programme for ${TOPICS[i % TOPICS.length]} in region ${i} will be reviewed by the ${TOPICS[(i * 5) % TOPICS.length]} committee next month.`));
const big = loadPack(buildPack([...statements, ...filler], { sources: [] }));
const ANSWERS = [['reworded', 'a1'], ['reworded', 'a2'], ['unmatched', null], ['reworded', 'b1'], ['unmatched', null], ['reworded', 'a4'], ['unmatched', null]];

describe('the reworded index written into the pack', () => {
  it('is in the pack, with each quotable speaker once and their quotable records counted', () => {
    expect(pack.reworded).not.toBeNull();
    const groups = pack.reworded!.header.groups;
    // the readout and the aggregate are not anyone's quotable words
    expect(groups.map((g) => [g.speaker, g.count, g.indexed])).toEqual([['Ivan Petrenko', 4, false], ['Marta Lindqvist', 1, false]]);
    expect(groups[1].aliases).toEqual(['M. Lindqvist']);
    // a speaker with many records has their stems indexed; a speaker with few is only listed
    expect(big.reworded!.header.groups.map((g) => [g.speaker, g.count, g.indexed])).toEqual([['Ivan Petrenko', 4 + MIN_INDEXED_RECORDS, undefined], ['Marta Lindqvist', 1, false]]);
  });

  it('gives the in-memory index’s answers from a speaker’s indexed stems', () => {
    const fromPack = Matcher.fromPacks([big]);
    const answers = QUERIES.map((q) => fromPack.match(q));
    expect(answers.map((r) => [r.status, r.statement?.id ?? null])).toEqual(ANSWERS);
    expect(QUERIES.map((q) => Matcher.fromPacks([{ ...big, reworded: null }]).match(q))).toEqual(answers);
  });

  it('gives the same answers as the index built in memory', () => {
    const fromPack = Matcher.fromPacks([pack]);
    const inMemory = Matcher.fromPacks([withoutIndex]);
    const answers = QUERIES.map((q) => fromPack.match(q));
    expect(answers.map((r) => [r.status, r.statement?.id ?? null])).toEqual(ANSWERS);
    expect(QUERIES.map((q) => inMemory.match(q))).toEqual(answers);
  });

  it('is read from the file bytes as from the text', () => {
    const bytes = loadPack(new TextEncoder().encode(buildPack([...statements, ...filler], { sources: [] })));
    expect(Matcher.fromPacks([bytes]).match(QUERIES[0]).statement?.id).toBe('a1');
  });

  it('is not used when built with other stems: the matcher indexes the records in memory instead', () => {
    const str = buildPack(statements, { sources: [] });
    const nl = str.indexOf('\n');
    const h = JSON.parse(str.slice(0, nl));
    const stale = loadPack(`${JSON.stringify({ ...h, reworded: { ...h.reworded, version: -1 } })}${str.slice(nl)}`);
    expect(stale.reworded).toBeNull();
    expect(Matcher.fromPacks([stale]).match(QUERIES[0]).statement?.id).toBe('a1');
  });

  it('takes a later pack’s record over an earlier one with the same id', () => {
    const newer = loadPack(buildPack([rec('a1', 'Ivan Petrenko', 'The weather in the capital was unusually warm for the season this week.')], { sources: [] }));
    const r = Matcher.fromPacks([pack, newer]).match(QUERIES[0]);
    // the earlier pack's a1 is shadowed: the record now says something else
    expect(r.status).toBe('unmatched');
  });
});
