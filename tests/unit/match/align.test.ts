import { describe, expect, it } from 'vitest';
import { align } from '../../../lib/match/align';
import { tokenize, tokenizeQuery } from '../../../lib/match/tokens';

const record = 'We have no plans to deploy combat troops to the valley, we are focusing on providing support';

describe('align', () => {
  const cases: [string, string, { matches: number; subs: number; ins: number; dels: number }][] = [
    ['exact window', 'no plans to deploy combat troops', { matches: 6, subs: 0, ins: 0, dels: 0 }],
    ['ellipsis cut is free', 'We have no plans...we are focusing', { matches: 7, subs: 0, ins: 0, dels: 0 }],
    ['brackets are free', '[NATO has] no plans to deploy combat troops', { matches: 6, subs: 0, ins: 0, dels: 0 }],
    ['substituted number', 'no plans to deploy 500 combat troops', { matches: 6, subs: 0, ins: 1, dels: 0 }],
    ['substituted word', 'no plans to deploy heavy troops', { matches: 5, subs: 1, ins: 0, dels: 0 }],
    ['dropped word (no ellipsis)', 'no plans to deploy troops', { matches: 5, subs: 0, ins: 0, dels: 1 }],
  ];
  it.each(cases)('%s', (_n, q, expected) => expect(align(tokenizeQuery(q), tokenize(record))).toMatchObject(expected));

  it('gives a word diff with the page words as written', () => {
    const a = align(tokenizeQuery('No plans to deploy heavy troops'), tokenize(record));
    expect(a.ops).toEqual([
      { op: 'equal', page: 'No plans to deploy', record: 'no plans to deploy' },
      { op: 'replace', page: 'heavy', record: 'combat' },
      { op: 'equal', page: 'troops', record: 'troops' },
    ]);
  });

  it('counts page words past the record as edge insertions', () => {
    const a = align(tokenizeQuery('providing support and much more besides'), tokenize(record));
    expect(a).toMatchObject({ matches: 2, ins: 4, edgeIns: 4 });
  });
});
