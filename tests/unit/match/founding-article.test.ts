import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../lib/db/import/index';
import { buildPack, loadPack } from '../../../lib/db/pack';
import { Matcher } from '../../../lib/match/matcher';

// The bundled data, as the extension loads it (pack built from data/).
const file = join(__dirname, '../../../data/founding-article.jsonl');
const report = importText('founding-article.jsonl', readFileSync(file, 'utf8'));
const m = Matcher.fromPacks([loadPack(buildPack(report.statements, { sources: ['founding-article.jsonl'] }))]);

describe('founding article quotes', () => {
  const cases: [string, string | null, string, string][] = [
    ['We have no plans to deploy NATO combat troops to Ukraine...we are focusing on providing support', 'Jens Stoltenberg', 'verified', 'qt:seed-stoltenberg-1'],
    ['There is a difference between being a NATO member and being a strong and highly valued partner as Ukraine.', 'Stoltenberg', 'verified', 'qt:seed-stoltenberg-2'],
    ['What the legislation enables us to do is hit a much wider variety of targets. So there can be nobody who thinks that they will be immune to those sanctions', 'Liz Truss', 'verified', 'qt:seed-truss-1'],
    ["Any company of interest to the Kremlin and the regime in Russia would be able to be targeted so there will be nowhere to hide for Putin's oligarchs, for Russian companies involved in propping up the Russian state.", 'Elizabeth Truss', 'verified', 'qt:seed-truss-2'],
    ['very unlikely', 'Liz Truss', 'verified', 'qt:seed-truss-3'],
    ['ignored', 'Vladimir Putin', 'verified', 'qt:seed-putin-1'],
    ['urge Russia to engage in negotiations and avoid a reckless and catastrophic invasion.', 'Boris Johnson', 'verified', 'qt:seed-johnson-1'],
    ['The Russian government has said publicly that it has no intention to invade Ukraine, but the facts on the ground tell a much different story', 'John Sullivan', 'verified', 'qt:seed-sullivan-1'],
    ["with full, equal, regard to Russia's legitimate interests.", 'Sergey Lavrov', 'verified', 'qt:seed-lavrov-1'],
    ['We have no plans to deploy NATO combat troops to Ukraine', 'Sergei Lavrov', 'misattributed', 'qt:seed-stoltenberg-1'],
    ['open door', null, 'unmatched', ''],
    ['major', 'Boris Johnson', 'unmatched', ''],
    ['accelerate diplomatic efforts.', null, 'unmatched', ''],
  ];
  it.each(cases)('%s (%s)', (text, speaker, status, id) => {
    const r = m.match({ id: 'q', text, speaker });
    expect(r.status).toBe(status);
    expect(r.statement?.id ?? '').toBe(id);
  });

  it('records carry speaker, 2022 date and context', () => {
    const s = m.get('qt:seed-truss-1')!;
    expect(s).toMatchObject({ speaker: 'Liz Truss', date: '2022-01-30', context: 'Sky News', sourceUrl: null, lang: 'en' });
    expect(m.get('qt:seed-lavrov-1')?.speakerAliases).toContain('Sergey Lavrov');
  });
});
