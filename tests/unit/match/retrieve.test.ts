import { describe, expect, it } from 'vitest';
import { buildPack, loadPack } from '../../../lib/db/pack';
import { queryKeys, retrieve } from '../../../lib/match/retrieve';
import { tokenizeQuery } from '../../../lib/match/tokens';
import { statementKeys, unitsOf } from '../../../lib/match/units';
import type { Statement } from '../../../lib/types';

const st = (id: string, text: string, extra: Partial<Statement> = {}): Statement => ({ id, text, speaker: 'Ada Fennimore', date: null, context: null, origin: 't', ...extra });

describe('units and keys', () => {
  it('a partial statement offers only its quoted spans (the rest is the fact-checker\'s paraphrase)', () => {
    const u = unitsOf(st('a', 'Says the plan is "a disaster" and "a waste of money".', { textKind: 'partial', quotedSpans: ['a disaster', 'a waste of money'] }));
    expect(u.map((x) => [x.tokens.join(' '), x.span])).toEqual([['a disaster', true], ['a waste of money', true]]);
  });
  it('verbatim and paraphrase statements offer their text', () => {
    expect(unitsOf(st('a', 'Says taxes rose.', { textKind: 'paraphrase' })).map((x) => x.tokens.join(' '))).toEqual(['says taxes rose']);
    expect(unitsOf(st('a', '"Taxes rose."', { textKind: 'verbatim' })).map((x) => x.tokens.join(' '))).toEqual(['taxes rose']);
  });
  it('indexes short units whole, so a one-word quote can be found', () => {
    const keys = statementKeys(st('a', 'He "ignored" us.', { textKind: 'partial', quotedSpans: ['ignored'] }));
    expect(keys).toContain(queryKeys(tokenizeQuery('Ignored'))[0]);
  });
  it('query keys skip pairs across an ellipsis or a bracket', () => {
    const k = queryKeys(tokenizeQuery('alpha beta ... gamma [delta] epsilon'));
    expect(k).toHaveLength(1); // only "alpha beta"
  });
});

describe('retrieve', () => {
  const a = loadPack(buildPack([st('a:1', 'the lighthouse keeper counted seven ships in the fog'), st('a:2', 'seven ships sailed past the harbour wall at dawn')], { sources: [] }));
  const b = loadPack(buildPack([st('b:1', 'the lighthouse keeper counted seven ships in the fog'), st('b:2', 'nothing in common here at all')], { sources: [] }));

  it('ranks statements by shared keys across packs, best first', () => {
    const c = retrieve([a, b], queryKeys(tokenizeQuery('the lighthouse keeper counted seven ships')));
    expect(c.slice(0, 2).map((x) => `${x.pack}:${x.n}`).sort()).toEqual(['0:0', '1:0']);
    expect(c.every((x) => x.hits >= Math.ceil(c[0].hits / 2))).toBe(true);
  });
  it('finds nothing for words in no statement', () => {
    expect(retrieve([a, b], queryKeys(tokenizeQuery('purple elephants juggle quietly')))).toEqual([]);
  });
  it('handles an empty pack', () => {
    const empty = loadPack(buildPack([], { sources: [] }));
    expect(retrieve([empty], queryKeys(tokenizeQuery('seven ships')))).toEqual([]);
  });
});

describe('fuse.js baseline (bench only)', () => {
  it('finds a statement by a quote of it', async () => {
    const { fuseBaseline } = await import('../../../lib/match/fuse-baseline');
    const search = fuseBaseline([st('f:1', 'the lighthouse keeper counted seven ships in the fog'), st('f:2', 'nothing in common here at all')]);
    expect(search('keeper counted seven ships')[0]).toBe('f:1');
  });
});
