/** Lints data/: the bundled statements are reviewed like code. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalStatement, validateStatement } from '../../lib/db/schema';
import { importText } from '../../lib/db/import/index';

const DIR = join(__dirname, '../../data');
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();
/** The open sources' selections (npm run db -- select): tens of thousands of lines, one test a file. */
const gzFiles = readdirSync(DIR).filter((f) => f.endsWith('.jsonl.gz')).sort();
const ids = new Map<string, string>();

describe('data/', () => {
  it('has statement files', () => expect(files.length).toBeGreaterThan(0));

  describe.each(files)('%s', (file) => {
    const content = readFileSync(join(DIR, file), 'utf8');
    const lines = content.split('\n');

    it('is UTF-8 text ending in one newline, no blank lines, no BOM', () => {
      expect(content.charCodeAt(0)).not.toBe(0xfeff);
      expect(content.endsWith('\n') && !content.endsWith('\n\n')).toBe(true);
      expect(lines.slice(0, -1).every((l) => l.trim() !== '')).toBe(true);
    });

    it.each(lines.slice(0, -1).map((l, i) => [i + 1, l] as const))('line %i is a valid, canonical statement', (n, line) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      const v = validateStatement(raw);
      if (!v.ok) throw new Error(`${file}:${n}: ${v.error}`);
      const s = v.value;
      // Canonical: exactly what validation yields, keys in the schema's order, one object a line.
      expect(line).toBe(JSON.stringify(canonicalStatement(s)));
      expect(s.speaker && s.speaker.trim()).toBeTruthy();
      expect(s.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date)).toBe(true);
      for (const u of [s.sourceUrl, s.factCheckUrl]) if (u) expect(u).toMatch(/^https?:\/\//);
      expect(s.id).toMatch(/^[a-z0-9]+:[a-z0-9-]+$/);
      expect(ids.has(s.id), `${s.id} also in ${ids.get(s.id)}`).toBe(false);
      ids.set(s.id, `${file}:${n}`);
      expect(s.origin).toBeTruthy();
      expect(s.licence).toBeTruthy();
      expect(s.lang).toBeTruthy();
      if (s.textKind === 'partial') expect(s.quotedSpans?.length).toBeGreaterThan(0);
    });

    it('imports without errors', () => {
      const r = importText(file, content);
      expect(r.refused).toBeNull();
      expect(r.errors).toEqual([]);
    });
  });

  describe.each(gzFiles)('%s', (file) => {
    const bytes = readFileSync(join(DIR, file));
    it('is small enough to commit and ship', () => expect(bytes.length).toBeLessThan(15e6));
    it('holds valid, canonical, sourced and licensed statements with unique ids', () => {
      const content = gunzipSync(bytes).toString('utf8');
      expect(content.endsWith('\n') && !content.endsWith('\n\n')).toBe(true);
      const lines = content.slice(0, -1).split('\n');
      const errors: string[] = [];
      const bad = (n: number, why: string) => { if (errors.length < 20) errors.push(`${file}:${n}: ${why}`); };
      lines.forEach((line, i) => {
        const n = i + 1;
        const v = validateStatement(JSON.parse(line));
        if (!v.ok) return bad(n, v.error);
        const s = v.value;
        if (line !== JSON.stringify(canonicalStatement(s))) bad(n, 'not canonical');
        if (!s.speaker?.trim()) bad(n, 'no speaker');
        if (!s.date || !/^\d{4}-\d{2}-\d{2}$/.test(s.date)) bad(n, 'no full date');
        if (!s.sourceUrl || !/^https?:\/\//.test(s.sourceUrl)) bad(n, 'no source address');
        if (!s.context) bad(n, 'no venue context');
        if (!s.origin || !s.licence || !s.lang) bad(n, 'origin, licence and lang are required');
        if (/CC-BY/.test(s.licence ?? '') && !s.attribution?.includes(s.sourceUrl ?? '\0')) bad(n, 'CC BY record without its attribution and address');
        if (s.textKind !== 'verbatim' && s.textKind !== 'readout') bad(n, `textKind ${s.textKind}`);
        if (!/^[a-z0-9]+(?::[a-z0-9-]+)+$/.test(s.id)) bad(n, `id ${s.id}`);
        if (ids.has(s.id)) bad(n, `${s.id} also in ${ids.get(s.id)}`);
        ids.set(s.id, `${file}:${n}`);
      });
      expect(errors).toEqual([]);
    });
  });
});
