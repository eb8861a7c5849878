import { describe, expect, it } from 'vitest';
import { buildPack, loadPack } from '../../../lib/db/pack';
import { canonicalStatement } from '../../../lib/db/schema';
import type { Statement } from '../../../lib/types';

/** Consecutive sentences of one invented transcript: each holds its neighbours as context. */
const SENTENCES = [
  'We opened the new bridge over the river this morning.',
  'It took four years and every one of them was worth it.',
  'Traffic in the old town will fall by a third.',
  'The next bridge will be built downstream by 2027.',
];
const transcript: Statement[] = SENTENCES.map((text, i) => ({
  id: `t:${i}`, text, speaker: 'Ada Brennan', speakerAliases: ['A. Brennan', 'Ada Brenan'], date: '2022-05-01', context: 'remarks', origin: 'test',
  ...(i > 0 ? { contextBefore: SENTENCES[i - 1] } : {}),
  ...(i + 1 < SENTENCES.length ? { contextAfter: SENTENCES[i + 1] } : {}),
}));
/** A record whose contexts are sentences no record holds (not every sentence of a talk is kept). */
const lone: Statement = {
  id: 'l:1', text: 'Our ferries will run every hour from June.', speaker: 'Ada Brennan', date: '2022-05-02', context: 'remarks', origin: 'test',
  contextBefore: 'Thank you all for coming.', contextAfter: 'Questions, please.',
};
/** CC BY credit lines that quote each record's own address. */
const credited: Statement[] = [1, 2].map((n) => ({
  id: `k:${n}`, text: `Statement number ${n} about the harvest.`, speaker: 'Ada Brennan', date: null, context: null, origin: 'test',
  sourceUrl: `http://en.kremlin.ru/events/president/news/${n}`, licence: 'CC-BY-4.0',
  attribution: `Source: President of Russia, kremlin.ru (http://en.kremlin.ru/events/president/news/${n}). Licensed under Creative Commons Attribution 4.0 International.`,
}));
const records = [...transcript, lone, { ...transcript[1], id: 'x:1', contextBefore: SENTENCES[1] }, ...credited];

describe('pack records: contexts that are a neighbour’s text, alias lists', () => {
  const str = buildPack(records, { sources: [] });
  const p = loadPack(str);

  it('decodes every record exactly, in any order, from text and from bytes', () => {
    const bytes = loadPack(new TextEncoder().encode(str));
    for (const i of [5, 3, 0, 7, 4, 1, 6, 2]) expect(p.record(i)).toEqual(canonicalStatement(records[i]));
    for (let i = 0; i < records.length; i++) expect(bytes.record(i)).toEqual(canonicalStatement(records[i]));
  });

  it('writes a neighbour’s sentence and an alias list once', () => {
    // each transcript sentence is in the file once, though it is also its neighbours' context; the
    // last record (a copy of the second, after the lone one) has no neighbour holding its contexts
    expect(SENTENCES.map((s) => str.split(s).length - 1)).toEqual([1, 3, 2, 1]);
    // the alias list is in the header's dictionary, not in each record line
    expect(str.slice(str.indexOf('\n')).includes('Ada Brenan')).toBe(false);
    // one credit line for both records, each decoded with its own address (checked above)
    expect(str.split('Licensed under Creative Commons').length - 1).toBe(1);
    // a context that is no neighbour's text is written out
    expect(str).toContain('Thank you all for coming.');
  });
});
