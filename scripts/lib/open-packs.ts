/**
 * What of the open sources ships, and the packs for the rest.
 *
 *   npm run db -- select [--from DIR] [--out DIR]   ingested records → data/<source>.jsonl.gz (the bundle)
 *   npm run db -- build --pack NAME [--out DIR]     → dist-packs/NAME.qtpack (a pack users add)
 *   npm run db -- build --pack list                 the pack names
 *
 * Both read the ingest outputs (.output/ingest/<source>.jsonl.gz), running the ingest from
 * ../shared/data/open first when they are missing. The bundle rule (data/README.md):
 *   - dated inside BUNDLE_WINDOW, the months both sources and the office tables cover (the
 *     kremlin.ru archive: 2021-10-24 to 2022-06-24; the Wikidata offices: to 2022-06-30), which
 *     holds the founding article's January 2022 and the first months of the war;
 *   - said (verbatim) or reported (readout) by someone who, on that date, held one of the offices
 *     news quotes most: heads of state and government, vice presidents, press secretaries,
 *     national-security advisers, foreign and defence ministers (NEWSWORTHY_OFFICE, matched on
 *     the record's speakerRole, which the ingest takes from the office tables for the date).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Statement } from '../../lib/types';
import { jsonlWriter } from './ingest-cli';

export const INGEST_DIR = '.output/ingest';
export const SOURCES = {
  whitehouse: '../shared/data/open/whitehouse/wh-briefings-speech.tar.xz',
  kremlin: '../shared/data/open/kremlin/putin-2021-10-to-2022-06.csv',
} as const;
export type Source = keyof typeof SOURCES;

export const BUNDLE_WINDOW = { from: '2021-10-24', to: '2022-06-30' } as const;
/** Offices (as the office tables name them) whose holders' words news quotes most. */
export const NEWSWORTHY_OFFICE = /^(?:President|Vice President|Acting President|Prime Minister|Premier|Chancellor|Federal Chancellor|Taoiseach|King|Queen|Emir|Sultan|Crown Prince)\b|\bHead of (?:State|Government)\b|\bPress Secretary\b|\bNational Security Advis[eo]r\b|^Secretary of State$|^Secretary of Defen[cs]e$|^Minister of (?:Foreign Affairs|Defence)$|^Foreign Secretary$|^Defence Secretary$|^Secretary of the Security Council\b|^Secretary-General\b/;

/** Whether a record ships in the extension (see the rule above). */
export function inBundle(s: Statement): boolean {
  if (s.textKind !== 'verbatim' && s.textKind !== 'readout') return false;
  if (!s.date || s.date < BUNDLE_WINDOW.from || s.date.slice(0, 10) > BUNDLE_WINDOW.to) return false;
  return NEWSWORTHY_OFFICE.test(s.speakerRole ?? '');
}

export interface PackDef {
  source: Source;
  title: string;
  keep: (s: Statement) => boolean;
}

const LICENCE_NOTE: Record<Source, string> = {
  whitehouse: 'public domain',
  kremlin: 'CC BY 4.0, kremlin.ru',
};

/** The downloadable packs: each source whole, by year, and what the bundle leaves out. */
export function packDefs(): Record<string, PackDef> {
  const defs: Record<string, PackDef> = {
    'whitehouse-all': { source: 'whitehouse', title: 'White House Briefing Room 2021-2025', keep: () => true },
    'whitehouse-rest': { source: 'whitehouse', title: 'White House Briefing Room 2021-2025, all not bundled', keep: (s) => !inBundle(s) },
    'kremlin-all': { source: 'kremlin', title: 'kremlin.ru English 2021-10 to 2022-06', keep: () => true },
    'kremlin-rest': { source: 'kremlin', title: 'kremlin.ru English 2021-10 to 2022-06, all not bundled', keep: (s) => !inBundle(s) },
  };
  for (const y of [2021, 2022, 2023, 2024, 2025]) {
    defs[`whitehouse-${y}`] = { source: 'whitehouse', title: `White House Briefing Room ${y}`, keep: (s) => s.date?.startsWith(String(y)) ?? false };
  }
  for (const d of Object.values(defs)) d.title = `${d.title} (${LICENCE_NOTE[d.source]})`;
  return defs;
}

/** The ingest output of a source, made first when missing (minutes for the White House archive). */
export function ingested(source: Source, dir = INGEST_DIR): string {
  const file = join(dir, `${source}.jsonl.gz`);
  if (existsSync(file)) return file;
  if (!existsSync(SOURCES[source])) throw new Error(`${file} is missing and so is ${SOURCES[source]}: run npm run db -- ingest ${source} FILE --out ${file}`);
  console.error(`${file} missing: ingesting ${SOURCES[source]}...`);
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1], 'ingest', source, SOURCES[source], '--out', file], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`ingest ${source} failed`);
  return file;
}

/** The records of a gzipped JSON Lines file, in order. */
export async function* readJsonlGz(file: string): AsyncGenerator<Statement> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as Statement;
}

/** Counts per key, largest first, as "key n, key n". */
function top(m: Map<string, number>, n = 12): string {
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v}`).join(', ');
}

export async function selectCommand(args: string[]): Promise<number> {
  const at = (flag: string) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
  const from = at('--from') ?? INGEST_DIR;
  const out = at('--out') ?? 'data';
  let total = 0;
  for (const source of Object.keys(SOURCES) as Source[]) {
    const input = ingested(source, from);
    const file = join(out, `${source}.jsonl.gz`);
    const w = jsonlWriter(file);
    const speakers = new Map<string, number>();
    const kinds = new Map<string, number>();
    let n = 0, seen = 0;
    for await (const s of readJsonlGz(input)) {
      seen++;
      if (!inBundle(s)) continue;
      w.write(s);
      n++;
      speakers.set(s.speaker ?? '(none)', (speakers.get(s.speaker ?? '(none)') ?? 0) + 1);
      kinds.set(s.textKind ?? 'verbatim', (kinds.get(s.textKind ?? 'verbatim') ?? 0) + 1);
    }
    await w.close();
    total += n;
    console.log(`${file}: ${n} of ${seen} records (${top(kinds)}); ${speakers.size} speakers: ${top(speakers)}`);
  }
  console.log(`bundle: ${total} records`);
  return 0;
}
