import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importText } from '../../lib/db/import/index';
import type { Statement } from '../../lib/types';
import { decodeFileBytes } from './files';

/** The bundled statements: every statement file in data/ (gzipped or not), as the build packs them. */
export const BUNDLED_DATA_DIR = new URL('../../data/', import.meta.url).pathname;

/** Files a folder contributes: what the importers read, optionally gzipped (data/*.jsonl.gz). */
const IMPORTABLE = /\.(?:jsonl|ndjson|json|csv|tsv|html?)(?:\.gz)?$/i;
const GZ = /\.gz$/i;

export interface LoadedStatements {
  statements: Statement[];
  problems: string[];
}

/** Reads statement files (any importable format) and folders of them; reports, never throws. */
export async function loadStatementFiles(paths: string[]): Promise<LoadedStatements> {
  const statements: Statement[] = [];
  const problems: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) {
        for (const name of (await readdir(p)).sort()) if (IMPORTABLE.test(name)) files.push(join(p, name));
      } else files.push(p);
    } catch (e) {
      problems.push(`${p}: ${(e as Error).message}`);
    }
  }
  for (const file of files) {
    try {
      const bytes = await readFile(file);
      const gz = GZ.test(file);
      const text = decodeFileBytes(gz ? gunzipSync(bytes) : bytes);
      // The format is read from the name without .gz (data/whitehouse.jsonl.gz is JSON Lines).
      const report = importText(gz ? file.replace(GZ, '') : file, text);
      if (report.refused) {
        problems.push(`${file}: refused: ${report.refused}`);
        continue;
      }
      statements.push(...report.statements);
      for (const err of report.errors.slice(0, 5)) problems.push(`${file}${err.line ? `:${err.line}` : ''}: ${err.message}`);
      if (report.errors.length > 5) problems.push(`${file}: … and ${report.errors.length - 5} more records skipped`);
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
    }
  }
  return { statements, problems };
}
