/**
 * `npm run db -- speakers [--from DIR] [--out FILE] [--check]`: the CC0 office-holder tables
 * (../shared/data/open/speakers) → the speaker directory (data/speakers/directory.json), built by
 * speaker-tables.ts. `--check` writes nothing and fails when the committed file differs from
 * what the tables give (so the committed directory is known to be reproducible).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DIRECTORY_FILE } from './ingest-cli';
import { buildDirectory } from './speaker-tables';

export const SPEAKER_TABLES = '../shared/data/open/speakers';

export function speakersCommand(args: string[]): number {
  const at = (flag: string) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
  const from = at('--from') ?? SPEAKER_TABLES;
  const out = at('--out') ?? DIRECTORY_FILE;
  if (!existsSync(from)) { console.error(`no speaker tables at ${from} (--from DIR)`); return 2; }
  const data = buildDirectory(from);
  const text = `${JSON.stringify(data)}\n`;
  const people = data.people.length;
  const aliases = data.people.reduce((n, p) => n + p.aliases.length, 0);
  if (args.includes('--check')) {
    const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (old === text) { console.log(`${out} is what the tables give: ${people} people, ${aliases} aliases`); return 0; }
    console.error(`${out} differs from what the tables give (${people} people); run npm run db -- speakers`);
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${people} people, ${aliases} aliases, ${(text.length / 1e6).toFixed(2)} MB`);
  return 0;
}
