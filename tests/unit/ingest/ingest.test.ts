import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/db/import/csv';
import { ingestKremlin, kremlinTurns, nameOfLabel, type KremlinItem } from '../../../lib/db/ingest/kremlin';
import { passagesOf, splitSentences } from '../../../lib/db/ingest/passages';
import { IngestStats } from '../../../lib/db/ingest/types';
import { cleanTitle, ingestWhiteHouse } from '../../../lib/db/ingest/whitehouse';
import { validateStatement } from '../../../lib/db/schema';
import { OfficeHolders, type DirectoryData } from '../../../lib/match/office-holders';
import { parseMarkdown } from '../../../scripts/lib/ingest-cli';

const FIX = 'tests/fixtures/ingest';
const directory = new OfficeHolders(JSON.parse(readFileSync(`${FIX}/directory.json`, 'utf8')) as DirectoryData);
const doc = (name: string) => parseMarkdown(name, readFileSync(`${FIX}/${name}`, 'utf8'))!;

describe('passages', () => {
  it('splits sentences without breaking at abbreviations', () => {
    expect(splitSentences('Mr. Ortiz met the U.S. team. They agreed.')).toEqual(['Mr. Ortiz met the U.S. team.', 'They agreed.']);
  });
  it('groups at most three sentences, drops stage directions and too-short passages', () => {
    const ps = passagesOf(['One two three four five. Six seven eight nine ten. Eleven twelve thirteen fourteen fifteen. Sixteen seventeen eighteen nineteen twenty.', 'Thank you.  (Applause.)'], 'Question: before?', null);
    expect(ps.map((p) => p.text)).toEqual([
      'One two three four five. Six seven eight nine ten. Eleven twelve thirteen fourteen fifteen.',
      'Sixteen seventeen eighteen nineteen twenty.',
    ]);
    expect(ps[0].before).toBe('Question: before?');
    expect(ps[0].after).toBe('Sixteen seventeen eighteen nineteen twenty.');
    expect(ps[1].before).toBe('Eleven twelve thirteen fourteen fifteen.');
  });
});

describe('White House ingest', () => {
  it('reads front matter and cleans the title', () => {
    const d = doc('wh-briefing.md');
    expect(d.date).toBe('2022-02-01');
    expect(cleanTitle(d.title)).toBe('Press Briefing by Press Secretary Cleo Marsh and National Security Advisor Dev Ortiz');
  });

  it('resolves turn labels by document and date, drops questions and unknown labels, keeps context', () => {
    const stats = new IngestStats();
    const recs = ingestWhiteHouse(doc('wh-briefing.md'), { directory, stats });
    const by = (name: string) => recs.filter((r) => r.speaker === name).map((r) => r.text);
    expect(by('Cleo Marsh')).toEqual([
      'All right. Good afternoon, everyone. We have a packed schedule today and I want to get to your questions.',
      'The lighthouse program has reached every coastal county in the country. We expect the remaining grants to go out by the end of March.',
      'He has no travel planned for next week. We will let you know if that changes.',
    ]);
    // MR. ORTIZ: the title names Dev Ortiz, though a senator Ortiz is in office too.
    expect(by('Dev Ortiz')).toEqual(['Thanks, Cleo. Our partners have been clear that the bridge talks must continue. We are ready for either path.']);
    expect(by('Ada Stone')).toEqual(['We will keep every promise we made to the coastal towns.']);
    expect(recs.some((r) => /Will the President travel/.test(r.text))).toBe(false);
    expect(stats.genericLabels.get('Q')).toBe(1);
    expect(stats.genericLabels.get('MODERATOR')).toBe(1);
    expect(stats.unknownLabels.get('MR. QUILLFEATHER')).toBe(1);
    const answer = recs.find((r) => r.text.startsWith('He has no travel'))!;
    expect(answer.contextBefore).toBe('Question: Will the President travel to the coast next week?');
    expect(answer.contextAfter).toBe('Mr. Ortiz: Thanks, Cleo.');
    expect(answer).toMatchObject({
      date: '2022-02-01', textKind: 'verbatim', speakerRole: 'White House Press Secretary', lang: 'en',
      context: 'Press Briefing by Press Secretary Cleo Marsh and National Security Advisor Dev Ortiz (James S. Brady Press Briefing Room)',
      sourceUrl: 'https://example.gov/briefing-room/press-briefings/2022/02/01/press-briefing-by-press-secretary-cleo-marsh/',
    });
    expect(answer.licence).toMatch(/Public domain/);
    for (const r of recs) expect(validateStatement(r)).toMatchObject({ ok: true });
    expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length);
  });

  it('gives a written statement to the titled person on its date', () => {
    const recs = ingestWhiteHouse(doc('wh-statement.md'), { directory, stats: new IngestStats() });
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ speaker: 'Bram Hollow', speakerRole: 'President', textKind: 'verbatim', date: '2025-03-01' });
  });

  it('uses names learned from other documents for a label nobody names', () => {
    const d = { ...doc('wh-briefing.md'), title: 'Press Briefing', body: 'MR. QUILLFEATHER:  The invented agency stands ready to help the towns.' };
    const recs = ingestWhiteHouse(d, { directory, stats: new IngestStats(), knownNames: (l) => (l === 'MR. QUILLFEATHER' ? 'Pip Quillfeather' : null) });
    expect(recs.map((r) => r.speaker)).toEqual(['Pip Quillfeather']);
  });
});

describe('kremlin ingest', () => {
  const rows = parseCsv(readFileSync(`${FIX}/kremlin.csv`, 'utf8')).map((r) => r.fields);
  const items = rows.slice(1).map((f) => Object.fromEntries(rows[0].map((h, i) => [h, f[i]])) as unknown as KremlinItem);

  it('reads names at the end of labels', () => {
    expect(nameOfLabel('President of Russia Vladimir Putin')).toBe('Vladimir Putin');
    expect(nameOfLabel('Sergei Volkov')).toBe('Sergei Volkov');
    expect(kremlinTurns('Intro. * * * President of Russia Vladimir Putin: Hello there. Question: Why?').turns.map((t) => t.label)).toEqual(['President of Russia Vladimir Putin', 'Question']);
  });

  it('marks readouts as kind readout, with the CC BY attribution and the address', () => {
    const stats = new IngestStats();
    const recs = ingestKremlin(items[0], { directory, stats });
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(r).toMatchObject({ textKind: 'readout', date: '2022-01-28', licence: 'CC-BY-4.0', sourceUrl: 'http://en.kremlin.ru/events/president/news/90001' });
      expect(r.attribution).toMatch(/kremlin\.ru.*90001.*Creative Commons Attribution 4\.0/);
      expect(r.context).toBe('Kremlin readout: Telephone conversation with President of Examplia Ivo Lind');
    }
    expect(recs.map((r) => r.text).join(' ')).toContain('was ignored by the other side');
  });

  it('splits inline turns, canonicalises names by the tables, drops questions and non-names', () => {
    const stats = new IngestStats();
    const recs = ingestKremlin(items[1], { directory, stats });
    const verbatim = recs.filter((r) => r.textKind === 'verbatim');
    expect(verbatim.map((r) => [r.speaker, r.text])).toEqual([
      ['Vladimir Putin', 'Mr Volkov, good afternoon. How are the invented river talks going?'],
      ['Sergey Volkov', 'Mr President, the talks on the river treaty are going slowly but steadily. We expect a draft by the spring.'],
      ['Vladimir Putin', 'We will publish the draft once both sides have read it carefully.'],
    ]);
    expect(verbatim[1].speakerAliases).toContain('Sergei Volkov');
    expect(verbatim[1].speakerRole).toBe('Minister of Foreign Affairs');
    expect(verbatim[2].contextBefore).toBe('Question: Will the draft be published?');
    expect(stats.genericLabels.get('Question')).toBe(1);
    expect(stats.unknownLabels.get('European Union')).toBe(1);
  });

  it('skips announcements that are neither speech nor readout, and counts them', () => {
    const stats = new IngestStats();
    expect(ingestKremlin(items[2], { directory, stats })).toEqual([]);
    expect([...stats.skipped.values()].reduce((a, b) => a + b, 0)).toBe(1);
  });
});
