import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR, loadStatementFiles } from '../../../scripts/lib/database';

const line = (text: string, speaker: string) => JSON.stringify({ text, speaker, date: '2022-02-22' });

describe('loadStatementFiles: what the scanner and the evals read', () => {
  it('reads gzipped JSON Lines in a folder as the build does, and reports a broken gzip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qt-db-'));
    writeFileSync(join(dir, 'a.jsonl.gz'), gzipSync(`${line('We will hold the line on prices.', 'Ada Byron')}\n`));
    writeFileSync(join(dir, 'b.jsonl'), `${line('The bridge opens in May.', 'Bo Chen')}\n`);
    writeFileSync(join(dir, 'c.jsonl.gz'), 'not gzip at all');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const { statements, problems } = await loadStatementFiles([dir]);
    expect(statements.map((s) => s.speaker).sort()).toEqual(['Ada Byron', 'Bo Chen']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('c.jsonl.gz');
  });

  it('loads the whole bundled data/ folder, gzipped sources included', async () => {
    const { statements, problems } = await loadStatementFiles([BUNDLED_DATA_DIR]);
    expect(problems).toEqual([]);
    expect(statements.length).toBeGreaterThan(50_000);
  });
});
