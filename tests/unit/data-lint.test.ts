/** Lints data/: the bundled statements are reviewed like code. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalStatement, validateStatement } from '../../lib/db/schema';
import { importText } from '../../lib/db/import/index';

const DIR = join(__dirname, '../../data');
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();
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
});
