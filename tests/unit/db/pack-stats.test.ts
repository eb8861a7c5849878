import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack, loadPack, readPackStats } from '../../../lib/db/pack';
import { statsOf } from '../../../lib/db/pack-stats';
import type { Statement } from '../../../lib/types';

const KREMLIN = readFileSync(resolve(__dirname, '../../fixtures/packui/kremlin-statements.jsonl'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as Statement);
const SEED: Statement = { id: 'seed-1', text: 'We have no plans to deploy combat troops', speaker: 'Jens Stoltenberg', date: '2022-01-30', context: null, origin: 'QuoteTrace founding article' };

describe('pack stats', () => {
  it('counts dates, sources, licences and readouts while the pack is written, and keeps them in the header', () => {
    const pack = buildPack([...KREMLIN, SEED], { sources: ['test'], builtAt: '2026-12-04T00:00:00Z' });
    const stats = readPackStats(pack)!;
    expect(stats).toEqual({
      dateFrom: '2022-01-28',
      dateTo: '2022-02-21',
      origins: [
        { name: KREMLIN[0].origin, count: 3 },
        { name: 'QuoteTrace founding article', count: 1 },
      ],
      licences: [{ name: 'CC-BY-4.0', count: 3 }, { name: '', count: 1 }],
      paraphrases: 2,
    });
    expect(loadPack(pack).meta.stats).toEqual(stats);
    expect(statsOf([...KREMLIN, SEED])).toEqual(stats);
  });

  it('reads no stats from a pack written before them, and none from garbage', () => {
    const pack = buildPack([SEED], { sources: ['old'] });
    const nl = pack.indexOf('\n');
    const header = JSON.parse(pack.slice(0, nl)) as Record<string, unknown>;
    delete header.stats;
    const old = `${JSON.stringify(header)}${pack.slice(nl)}`;
    expect(readPackStats(old)).toBeNull();
    expect(loadPack(old).meta.count).toBe(1);
    expect(readPackStats('not a pack')).toBeNull();
  });
});
