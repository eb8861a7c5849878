/**
 * Statement database CLI.
 *   npm run db -- build --from FILE_OR_DIR... --out DIR [--name NAME] [--columns F=H,...]
 *                                                         compile a pack (DIR/statements.qtpack)
 *   npm run db -- check FILE_OR_DIR... [--columns F=H,...] validate, report errors
 * --columns maps statement fields to CSV headers the defaults do not know (text=Quote,speaker=Who).
 *   npm run db -- info PACK                                             print a pack's meta
 *   npm run db -- build --pack NAME|list [--out DIR]   a downloadable pack of the open sources (dist-packs/NAME.qtpack)
 *   npm run db -- ingest whitehouse|kremlin FILE... [--out FILE]        open sources → statement records
 *   npm run db -- select [--from DIR] [--out DIR]        the bundled selection → data/<source>.jsonl.gz
 *   npm run db -- speakers [--check]                     CC0 office tables → data/speakers/directory.json
 * JSON Lines and CSV files are streamed in 1 MB chunks (bounded memory for large files); JSON and
 * HTML are read whole up to MAX_WHOLE_FILE_BYTES.
 */
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Collector, decodeBytes, detectEncoding, importText, type CsvColumnMap } from '../lib/db/import/index';
import { IdRegistry } from '../lib/db/import/collector';
import { Utf8Checker } from '../lib/db/import/decode';
import { CsvImporter } from '../lib/db/import/csv';
import { JsonlReader, MAX_LINE_CHARS } from '../lib/db/import/jsonl';
import type { ImportReport } from '../lib/db/import/types';
import { PackWriter, loadPack } from '../lib/db/pack';
import { ingestCommand } from './lib/ingest-cli';
import { ingested, packDefs, readJsonlGz, selectCommand } from './lib/open-packs';
import { speakersCommand } from './lib/speakers-cli';

/** Non-JSONL files are parsed whole; past this size convert them to JSON Lines. */
const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;
/** Read size for streaming JSON Lines. */
const CHUNK_BYTES = 1024 * 1024;
const IMPORTABLE = /\.(?:(?:jsonl|ndjson|csv|tsv)(?:\.gz)?|json|html?)$/i;
/** Gzipped JSON Lines and CSV (data/*.jsonl.gz) are decompressed while streamed. */
const GZ = /\.gz$/i;

class UsageError extends Error {}

function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (IMPORTABLE.test(f)) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

/** Text sink of a streamed file; returns false to stop reading (file refused). */
type Sink = (text: string, final: boolean) => boolean;

/** Streams a file's bytes, decoded (encoding from the first chunk, UTF-8 checked to the last byte), into a sink. */
async function streamFile(file: string, sink: Sink): Promise<string | null> {
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const stream: Readable = GZ.test(file) ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw;
  if (stream !== raw) raw.on('error', (e) => stream.destroy(e));
  let decoder: TextDecoder | null = null;
  let check: Utf8Checker | null = null;
  try {
    for await (const chunk of stream) {
      let bytes = chunk as Buffer as Uint8Array;
      if (!decoder) {
        const d = detectEncoding(bytes);
        if ('error' in d) return `${file}: ${d.error}`;
        decoder = new TextDecoder(d.encoding, { fatal: true, ignoreBOM: true });
        if (d.encoding === 'utf-8') check = new Utf8Checker(d.skip);
        bytes = bytes.subarray(d.skip);
      }
      // Checked before decoding: the error names the exact byte and line, not just the chunk.
      if (check && !check.push(bytes)) return `${file}: ${check.error}`;
      if (!sink(decoder.decode(bytes, { stream: true }), false)) return null;
    }
    if (check && !check.end()) return `${file}: ${check.error}`;
    sink(decoder ? decoder.decode() : '', true);
    return null;
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('Z_')) return `${file}: not a valid gzip file (${(e as Error).message})`;
    return `${file}: not valid ${decoder?.encoding.toUpperCase() ?? 'text'} (${(e as Error).message}); save it as UTF-8`;
  } finally {
    stream.destroy();
    raw.destroy();
  }
}

/** JSON Lines sink: whole lines to the reader; a line past MAX_LINE_CHARS is skipped, not buffered. */
function jsonlSink(reader: JsonlReader, collector: Collector, onStatement: () => void): Sink {
  let rest = '';
  let lineNo = 0;
  let skipping = false;
  return (text, final) => {
    const parts = (rest + text).split('\n');
    rest = final ? '' : parts.pop()!;
    for (const line of parts) {
      lineNo++;
      if (skipping) { skipping = false; continue; } // the tail of an over-long line
      const before = collector.statements.length;
      if (!reader.line(line, lineNo)) return false;
      if (collector.statements.length > before) onStatement();
    }
    if (rest.length > MAX_LINE_CHARS) {
      if (!skipping) collector.error(lineNo + 1, `line is longer than ${MAX_LINE_CHARS} characters; skipped`);
      skipping = true;
      rest = '';
    }
    return true;
  };
}

async function importFile(file: string, seen: IdRegistry, keep: boolean, columns: CsvColumnMap = {}): Promise<ImportReport & { count: number }> {
  const name = relative(process.cwd(), file) || basename(file);
  const collector = new Collector(name, seen);
  // Statements accumulate only while the caller still needs them (build); check drops them.
  let count = 0;
  const onStatement = () => { count++; if (!keep) collector.statements.length = 0; };
  const refuse = (refused: string) => ({ format: 'unknown', statements: [], errors: collector.errors, count: 0, refused });
  if (/\.(jsonl|ndjson)(\.gz)?$/i.test(file)) {
    const reader = new JsonlReader(collector);
    const refusal = await streamFile(file, jsonlSink(reader, collector, onStatement));
    const r = reader.finish();
    return refusal ? refuse(refusal) : { ...r, count: r.refused ? 0 : count };
  }
  if (/\.(csv|tsv)(\.gz)?$/i.test(file)) {
    const csv = new CsvImporter(collector, columns);
    const refusal = await streamFile(file, (text, final) => {
      const before = collector.statements.length;
      csv.push(text, final);
      for (let i = before; i < collector.statements.length; i++) count++;
      if (!keep) collector.statements.length = 0;
      return !csv.refused;
    });
    const r = csv.finish();
    return refusal ? refuse(refusal) : { ...r, count: r.refused ? 0 : count };
  }
  const size = statSync(file).size;
  if (size > MAX_WHOLE_FILE_BYTES) return refuse(`${name} is ${Math.round(size / 1e6)} MB; JSON and HTML files are limited to ${MAX_WHOLE_FILE_BYTES / 1e6} MB (JSON Lines and CSV are streamed)`);
  const d = decodeBytes(new Uint8Array(readFileSync(file)));
  if ('error' in d) return refuse(`${name}: ${d.error}`);
  const r = importText(name, d.text, 'auto', { collector, columns });
  return { ...r, count: r.statements.length };
}

function printReport(file: string, r: ImportReport & { count: number }): void {
  const head = r.refused ? `REFUSED ${r.refused}` : `${r.format}: ${r.count} statements, ${r.errors.length} errors`;
  console.error(`${file}: ${head}`);
  for (const e of r.errors.slice(0, 50)) console.error(`  ${file}${e.line !== null ? `:${e.line}` : ''}: ${e.message}`);
  if (r.errors.length > 50) console.error(`  ... ${r.errors.length - 50} more`);
}

function arg(args: string[], flag: string): string[] {
  const i = args.indexOf(flag);
  if (i < 0) return [];
  const out: string[] = [];
  for (let k = i + 1; k < args.length && !args[k].startsWith('--'); k++) out.push(args[k]);
  return out;
}

/** --columns text=Quote,speaker=Who: CSV headers for statement fields. */
function columnsArg(args: string[]): CsvColumnMap {
  const spec = arg(args, '--columns')[0];
  if (!spec) return {};
  return Object.fromEntries(spec.split(',').map((p) => p.split('=').map((x) => x.trim())).filter((p) => p.length === 2 && p[0] && p[1])) as CsvColumnMap;
}

/** Writes a pack part by part (a large pack never becomes one string here); returns its length. */
function writePack(file: string, parts: string[]): number {
  const fd = openSync(file, 'w');
  let chars = 0;
  for (const p of parts) { writeSync(fd, p); chars += p.length; }
  closeSync(fd);
  parts.length = 0;
  return chars;
}

/** build --pack NAME: one of the open sources' downloadable packs (scripts/lib/open-packs.ts). */
async function buildNamedPack(name: string, out: string): Promise<number> {
  const defs = packDefs();
  const def = defs[name];
  if (!def) {
    console.error(`${name === 'list' ? 'packs' : `no pack "${name}"; packs`}: ${Object.keys(defs).join(', ')}`);
    return name === 'list' ? 0 : 2;
  }
  const input = ingested(def.source);
  const writer = new PackWriter();
  for await (const s of readJsonlGz(input)) if (def.keep(s)) writer.add(s);
  const parts = writer.finishParts({ sources: [basename(input)], name: def.title });
  mkdirSync(out, { recursive: true });
  const file = join(out, `${name}.qtpack`);
  const chars = writePack(file, parts);
  console.log(`wrote ${file}: ${writer.count} statements, ${(chars / 1e6).toFixed(2)} MB`);
  return 0;
}

async function build(args: string[]): Promise<number> {
  const pack = arg(args, '--pack')[0];
  if (pack) return buildNamedPack(pack, arg(args, '--out')[0] ?? 'dist-packs');
  const from = arg(args, '--from');
  const out = arg(args, '--out')[0];
  if (!from.length || !out) { console.error('usage: db build --from FILE_OR_DIR... --out DIR [--name NAME] [--columns text=Quote,speaker=Who]'); return 2; }
  const writer = new PackWriter();
  const seen = new IdRegistry();
  const sources: string[] = [];
  let refused = 0;
  const files = listFiles(from);
  if (!files.length) { console.error(`no statement files (.jsonl, .ndjson, .csv, .tsv, .json, .html) in ${from.join(', ')}`); return 2; }
  for (const file of files) {
    const r = await importFile(file, seen, true, columnsArg(args));
    printReport(file, r);
    if (r.refused) { refused++; continue; }
    for (const s of r.statements) writer.add(s);
    r.statements.length = 0;
    sources.push(basename(file));
  }
  const parts = writer.finishParts({ sources, name: arg(args, '--name')[0] });
  mkdirSync(out, { recursive: true });
  const file = join(out, 'statements.qtpack');
  const chars = writePack(file, parts);
  console.log(`wrote ${file}: ${writer.count} statements from ${sources.length} files, ${(chars / 1e6).toFixed(2)} MB`);
  return refused ? 1 : 0;
}

async function check(args: string[]): Promise<number> {
  let bad = 0;
  const seen = new IdRegistry();
  const i = args.indexOf('--columns');
  const paths = i < 0 ? args : [...args.slice(0, i), ...args.slice(i + 2)];
  for (const file of listFiles(paths)) {
    const r = await importFile(file, seen, false, columnsArg(args));
    printReport(file, r);
    if (r.refused || r.errors.length) bad++;
  }
  return bad ? 1 : 0;
}

async function main(): Promise<number> {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === 'build') return build(args);
  if (cmd === 'check') return check(args);
  if (cmd === 'ingest') return ingestCommand(args);
  if (cmd === 'select') return selectCommand(args);
  if (cmd === 'speakers') return speakersCommand(args);
  if (cmd === 'info' && args[0]) { console.log(JSON.stringify(loadPack(readFileSync(args[0], 'utf8')).meta, null, 2)); return 0; }
  console.error('usage: db build --from FILE_OR_DIR... --out DIR | db build --pack NAME|list [--out DIR] | db check FILE_OR_DIR... | db info PACK\n       db ingest whitehouse|kremlin FILE... [--out FILE] | db select [--from DIR] [--out DIR] | db speakers [--check]');
  return 2;
}

main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(e instanceof UsageError ? e.message : e);
  process.exitCode = e instanceof UsageError ? 2 : 1;
});
