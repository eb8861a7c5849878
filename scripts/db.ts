/**
 * Statement database CLI.
 *   npm run db -- build --from FILE_OR_DIR... --out DIR [--name NAME]   compile a pack (DIR/pack.json)
 *   npm run db -- check FILE_OR_DIR...                                  validate, report errors
 *   npm run db -- info PACK                                             print a pack's meta
 * JSON Lines files are streamed line by line (bounded memory for large files); other formats are
 * read whole up to MAX_WHOLE_FILE_BYTES.
 */
import { closeSync, createReadStream, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Collector, decodeBytes, detectEncoding, importText } from '../lib/db/import/index';
import { IdRegistry } from '../lib/db/import/collector';
import { decodeWindows1252 } from '../lib/db/import/decode';
import { JsonlReader } from '../lib/db/import/jsonl';
import type { ImportReport } from '../lib/db/import/types';
import { PackWriter, loadPack } from '../lib/db/pack';

/** Non-JSONL files are parsed whole; past this size convert them to JSON Lines. */
const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;
/** Read size for streaming JSON Lines. */
const CHUNK_BYTES = 1024 * 1024;
const IMPORTABLE = /\.(jsonl|ndjson|csv|tsv|json|html?)$/i;

function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (IMPORTABLE.test(f)) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

/** Streams a JSON Lines file through the validator without holding the file in memory. */
async function streamJsonl(file: string, collector: Collector, onStatement: () => void): Promise<ImportReport> {
  const reader = new JsonlReader(collector);
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  let decoder: { decode(b?: Uint8Array, o?: { stream: boolean }): string } | null = null;
  let rest = '';
  let lineNo = 0;
  let refusal: string | null = null;
  const feed = (text: string, final: boolean) => {
    const parts = (rest + text).split('\n');
    rest = final ? '' : parts.pop()!;
    for (const line of parts) {
      const before = collector.statements.length;
      if (!reader.line(line, ++lineNo)) return false;
      if (collector.statements.length > before) onStatement();
    }
    return true;
  };
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      if (!decoder) {
        const d = detectEncoding(bytes);
        if ('error' in d) { refusal = `${file}: ${d.error}`; break; }
        decoder = d.encoding === 'windows-1252'
          ? { decode: (b?: Uint8Array) => (b ? decodeWindows1252(b) : '') } // single-byte: no state across chunks
          : new TextDecoder(d.encoding, { fatal: d.encoding === 'utf-8', ignoreBOM: false });
      }
      if (!feed(decoder.decode(bytes, { stream: true }), false)) break;
    }
    if (!refusal && decoder) feed(decoder.decode(), true);
  } catch (e) {
    refusal = `${file}: not valid UTF-8 after line ${lineNo} (${(e as Error).message}); convert the file to UTF-8`;
  } finally {
    stream.destroy();
  }
  const report = reader.finish();
  return refusal ? { ...report, statements: [], refused: refusal } : report;
}

async function importFile(file: string, seen: IdRegistry, keep: boolean): Promise<ImportReport & { count: number }> {
  const name = relative(process.cwd(), file) || basename(file);
  const collector = new Collector(name, seen);
  if (/\.(jsonl|ndjson)$/i.test(file)) {
    // Statements accumulate only while the caller still needs them (build); check drops them.
    let count = 0;
    const r = await streamJsonl(file, collector, () => { count++; if (!keep) collector.statements.length = 0; });
    return { ...r, count: r.refused ? 0 : count };
  }
  const size = statSync(file).size;
  if (size > MAX_WHOLE_FILE_BYTES) return { format: 'unknown', statements: [], errors: [], count: 0, refused: `${name} is ${Math.round(size / 1e6)} MB; files other than JSON Lines are limited to ${MAX_WHOLE_FILE_BYTES / 1e6} MB` };
  const d = decodeBytes(new Uint8Array(readFileSync(file)));
  if ('error' in d) return { format: 'unknown', statements: [], errors: [], count: 0, refused: `${name}: ${d.error}` };
  const r = importText(name, d.text, 'auto', collector);
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

async function build(args: string[]): Promise<number> {
  const from = arg(args, '--from');
  const out = arg(args, '--out')[0];
  if (!from.length || !out) { console.error('usage: db build --from FILE_OR_DIR... --out DIR [--name NAME]'); return 2; }
  const writer = new PackWriter();
  const seen = new IdRegistry();
  const sources: string[] = [];
  let refused = 0;
  for (const file of listFiles(from)) {
    const r = await importFile(file, seen, true);
    printReport(file, r);
    if (r.refused) { refused++; continue; }
    for (const s of r.statements) writer.add(s);
    r.statements.length = 0;
    sources.push(basename(file));
  }
  const parts = writer.finishParts({ sources, name: arg(args, '--name')[0] });
  mkdirSync(out, { recursive: true });
  const file = join(out, 'pack.json');
  // Written part by part: a large pack never becomes one string here.
  const fd = openSync(file, 'w');
  let chars = 0;
  for (const p of parts) { writeSync(fd, p); chars += p.length; }
  closeSync(fd);
  parts.length = 0;
  console.log(`wrote ${file}: ${writer.count} statements from ${sources.length} files, ${(chars / 1e6).toFixed(2)} MB`);
  return refused ? 1 : 0;
}

async function check(args: string[]): Promise<number> {
  let bad = 0;
  const seen = new IdRegistry();
  for (const file of listFiles(args)) {
    const r = await importFile(file, seen, false);
    printReport(file, r);
    if (r.refused || r.errors.length) bad++;
  }
  return bad ? 1 : 0;
}

async function main(): Promise<number> {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === 'build') return build(args);
  if (cmd === 'check') return check(args);
  if (cmd === 'info' && args[0]) { console.log(JSON.stringify(loadPack(readFileSync(args[0], 'utf8')).meta, null, 2)); return 0; }
  console.error('usage: db build --from FILE_OR_DIR... --out DIR | db check FILE_OR_DIR... | db info PACK');
  return 2;
}

main().then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 1; });
