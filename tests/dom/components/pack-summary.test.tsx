import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DatabaseList, PackSummary } from '../../../components/DatabaseList';
import type { PackStats } from '../../../lib/db/pack-stats';
import type { DbInfo } from '../../../lib/protocol/messages';
import { mountEach } from './mount';
import { makeT } from './translate';

let root: HTMLElement;
mountEach((el) => (root = el));
const text = () => root.textContent?.replace(/\s+/g, ' ') ?? '';

const STATS: PackStats = {
  dateFrom: '2021-10-24',
  dateTo: '2022-06-24',
  origins: [{ name: 'kremlin.ru, President of Russia, English', count: 18000 }, { name: 'White House Briefing Room', count: 35078 }],
  licences: [{ name: 'CC-BY-4.0', count: 18000 }, { name: '', count: 12 }],
  paraphrases: 3942,
};

describe('PackSummary (options page)', () => {
  it('lists each pack with its dates, sources and licences, with counts', () => {
    const info: DbInfo = {
      bundled: { name: 'QuoteTrace statements', version: '2', builtAt: '2026-12-04T10:00:00Z', count: 53090, sources: ['data'], stats: STATS },
      user: [{ id: 'u1', fileName: 'kremlin.jsonl', format: 'jsonl', importedAt: Date.UTC(2026, 11, 4), count: 1, errors: [], errorCount: 0, stats: { ...STATS, dateTo: '2021-10-24', paraphrases: 1, licences: [], origins: [] } }],
      total: 53091,
    };
    render(<DatabaseList info={info} t={makeT('en')} locale="en-GB" onRemove={() => {}} />, root);
    const [bundled, user] = [...root.querySelectorAll('[data-testid="pack-stats"]')].map((e) => e.textContent);
    expect(bundled).toContain('Statements dated 24 October 2021 to 24 June 2022');
    expect(bundled).toContain('Sources: kremlin.ru, President of Russia, English (18,000) · White House Briefing Room (35,078)');
    expect(bundled).toContain('Licences: CC BY 4.0 (18,000) · no licence stated (12)');
    expect(bundled).toContain('3,942 of 53,090 are readouts or paraphrases, not quotations');
    expect(user).toContain('Statements dated 24 October 2021');
    expect(user).toContain('1 of 1 is a readout or paraphrase, not a quotation');
    expect(text()).not.toContain('Sources: data');
  });

  it('says nothing for a pack built before stats existed, and speaks French', () => {
    render(<PackSummary stats={null} count={3} t={makeT('en')} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="pack-stats"]')).toBeNull();
    render(<PackSummary stats={STATS} count={53090} t={makeT('fr')} locale="fr-FR" />, root);
    expect(text()).toContain('Déclarations datées du 24 octobre 2021 au 24 juin 2022');
    expect(text()).toContain('licence non précisée (12)');
    expect(text()).toMatch(/3\s942 sur 53\s090 sont des comptes rendus/);
  });
});
