/**
 * `npm run db -- ingest whitehouse|kremlin FILE... [--out FILE.jsonl[.gz]]`: the open sources in
 * ../shared/data/open → statement records (JSON Lines, gzipped when the name ends in .gz).
 * The White House archive is a tar.xz: it is decompressed by Debian's xz-utils (`xz -dc`, a child
 * process streaming into tar-stream), because no xz decoder ships with Node and the native
 * tool is several times faster than the WebAssembly/JS decoders on npm on a 26 MB archive.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import yaml from 'js-yaml';
import * as tar from 'tar-stream';
import { parseCsv } from '../../lib/db/import/csv';
import { validateStatement } from '../../lib/db/schema';
import { ingestKremlin, type KremlinItem } from '../../lib/db/ingest/kremlin';
import { IngestStats } from '../../lib/db/ingest/types';
import { ingestWhiteHouse, type WhDocument } from '../../lib/db/ingest/whitehouse';
import { OfficeHolders, type DirectoryData } from '../../lib/match/office-holders';
import type { Statement } from '../../lib/types';

/** Archive folders that hold speech: briefings, remarks, statements (not the fact sheets' only). */
const WH_FOLDERS = /^[^/]+\/(?:press-briefings|speeches-remarks|remarks|briefings-statements|statements-releases)\/.*\.md$/;

export const DIRECTORY_FILE = 'data/speakers/directory.json';

export function loadDirectory(file = DIRECTORY_FILE): OfficeHolders {
  return new OfficeHolders(JSON.parse(readFileSync(file, 'utf8')) as DirectoryData);
}

/** Front matter (YAML between --- lines) and body of one Markdown document. */
export function parseMarkdown(path: string, md: string): WhDocument | null {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(md.replace(/\r\n/g, '\n'));
  if (!m) return null;
  const fm = yaml.load(m[1]) as Record<string, unknown> | null;
  if (!fm || typeof fm.title !== 'string') return null;
  const date = typeof fm.date === 'string' ? fm.date : fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : null;
  if (!date) return null;
  return { path, title: fm.title, date, url: typeof fm.source_url === 'string' ? fm.source_url : null, body: m[2] };
}

/** Every Markdown document of a tar.xz (or plain .tar) archive. */
export async function* readArchive(file: string): AsyncGenerator<{ path: string; text: string }> {
  let input: Readable;
  let child: ReturnType<typeof spawn> | null = null;
  if (/\.t?xz$/.test(file)) {
    child = spawn('xz', ['-dc', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', (e) => { throw new Error(`cannot run xz (apt-get install xz-utils): ${e.message}`); });
    input = child.stdout!;
  } else input = createReadStream(file);
  const extract = tar.extract();
  input.pipe(extract);
  for await (const entry of extract) {
    const path = entry.header.name;
    if (entry.header.type === 'file' && WH_FOLDERS.test(path)) {
      const chunks: Buffer[] = [];
      for await (const c of entry) chunks.push(c as Buffer);
      yield { path: path.replace(/^[^/]+\//, ''), text: Buffer.concat(chunks).toString('utf8') };
    } else entry.resume();
  }
}

/** Learns label → name from documents that name the speaker, for documents that do not. */
class NameMemory {
  private readonly seen = new Map<string, { date: string; name: string }[]>();
  add(label: string, date: string, name: string): void {
    if (/^THE /.test(label)) return; // role labels are resolved by date, not remembered
    (this.seen.get(label) ?? this.seen.set(label, []).get(label)!).push({ date, name });
  }
  /** The name most often given this label within a year of the date. */
  get(label: string, date: string): string | null {
    const t = Date.parse(date);
    const votes = new Map<string, number>();
    for (const s of this.seen.get(label) ?? []) if (Math.abs(Date.parse(s.date) - t) <= 366 * 86_400_000) votes.set(s.name, (votes.get(s.name) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1]);
    // A label two people answer to in the same year ("MR. SMITH") stays unresolved.
    return best.length && (best.length === 1 || best[0][1] >= 3 * best[1][1]) ? best[0][0] : null;
  }
}

export async function ingestWhiteHouseFiles(files: string[], directory: OfficeHolders, sink: (s: Statement) => void): Promise<IngestStats> {
  const memory = new NameMemory();
  const docs: WhDocument[] = [];
  let unreadable = 0;
  for (const file of files) {
    if (/\.md$/.test(file)) { const d = parseMarkdown(file, readFileSync(file, 'utf8')); if (d) docs.push(d); else unreadable++; continue; }
    for await (const e of readArchive(file)) { const d = parseMarkdown(e.path, e.text); if (d) docs.push(d); else unreadable++; }
  }
  // Pass 1 learns who each surname label is where the document says; pass 2 ingests with it.
  const learn = new IngestStats();
  for (const d of docs) ingestWhiteHouse(d, { directory, stats: learn, onResolved: (l, dt, n) => memory.add(l, dt, n) });
  const stats = new IngestStats();
  if (unreadable) stats.count(stats.skipped, 'no front matter / title / date', unreadable);
  docs.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
  for (const d of docs) for (const s of ingestWhiteHouse(d, { directory, stats, knownNames: (l, dt) => memory.get(l, dt) })) sink(s);
  return stats;
}

export async function ingestKremlinFiles(files: string[], directory: OfficeHolders, sink: (s: Statement) => void): Promise<IngestStats> {
  const stats = new IngestStats();
  for (const file of files) {
    const rows = parseCsv(readFileSync(file, 'utf8')).filter((r) => !('error' in r && r.error));
    const [head, ...body] = rows.map((r) => r.fields.map((f) => f.trim()));
    const items = body.map((f) => Object.fromEntries(head.map((h, i) => [h, f[i] ?? ''])) as unknown as KremlinItem);
    items.sort((a, b) => a.date.localeCompare(b.date) || a.link.localeCompare(b.link));
    for (const item of items) for (const s of ingestKremlin(item, { directory, stats })) sink(s);
  }
  return stats;
}

/** Writes statements as JSON Lines (gzip when the name ends in .gz); returns a sink and a close. */
export function jsonlWriter(out: string): { write: (s: Statement) => void; close: () => Promise<void> } {
  mkdirSync(dirname(out), { recursive: true });
  const file = createWriteStream(out);
  const gz = /\.gz$/.test(out) ? createGzip({ level: 9 }) : null;
  if (gz) gz.pipe(file);
  const target = gz ?? file;
  return {
    write: (s) => { target.write(`${JSON.stringify(s)}\n`); },
    close: () => new Promise((resolve, reject) => { file.on('finish', resolve); file.on('error', reject); target.end(); }),
  };
}

export async function ingestCommand(args: string[]): Promise<number> {
  const [source, ...rest] = args;
  const outAt = rest.indexOf('--out');
  const files = rest.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  if ((source !== 'whitehouse' && source !== 'kremlin') || !files.length) {
    console.error('usage: db ingest whitehouse|kremlin FILE... [--out FILE.jsonl[.gz]]');
    return 2;
  }
  const out = outAt >= 0 ? rest[outAt + 1] : `.output/ingest/${source}.jsonl.gz`;
  const directory = loadDirectory();
  const w = jsonlWriter(out);
  let invalid = 0;
  const sink = (s: Statement) => {
    const v = validateStatement(s);
    if (v.ok) w.write(v.value); else invalid++;
  };
  const stats = source === 'whitehouse' ? await ingestWhiteHouseFiles(files, directory, sink) : await ingestKremlinFiles(files, directory, sink);
  await w.close();
  console.log(`${source}: wrote ${out}\n${stats.summary()}${invalid ? `\ninvalid records dropped: ${invalid}` : ''}`);
  return 0;
}
