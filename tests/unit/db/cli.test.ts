/** scripts/db.ts end to end on temporary files: encodings, refusals, duplicates across files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../../lib/db/pack';

const ROOT = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'qt-db-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/db.ts'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const rec = (id: string, text: string) => JSON.stringify({ id, text, speaker: 'Ada Fennimore', origin: 'cli test' });

// Each case spawns tsx: seconds, more on a loaded machine.
describe('db CLI', { timeout: 60_000 }, () => {
  it('builds a pack from UTF-16 and UTF-8 files, refuses a Latin-1 one, and reports bad lines and duplicates', () => {
    const utf16 = `\ufeff${rec('a:1', 'Zoë said the café “was closed” on Sunday.')}\n`;
    const buf = Buffer.alloc(utf16.length * 2);
    for (let i = 0; i < utf16.length; i++) buf.writeUInt16LE(utf16.charCodeAt(i), i * 2);
    writeFileSync(join(dir, 'a.jsonl'), buf);
    writeFileSync(join(dir, 'b.csv'), Buffer.from('text,speaker\n"Caf\xe9 prices rose by a third, said the mayor.",Ada Fennimore\n', 'latin1'));
    writeFileSync(join(dir, 'c.jsonl'), `${rec('a:1', 'A duplicate of an id in another file.')}\n{"oops"\n${rec('c:2', 'Fine.')}\n`);
    const r = run('build', '--from', 'a.jsonl', 'b.csv', 'c.jsonl', '--out', 'out', '--name', 'test');
    expect(r.code).toBe(1); // one file refused
    // Not guessed as Windows-1252: the byte and line where the file stops being UTF-8.
    expect(r.err).toMatch(/b\.csv: REFUSED b\.csv: the file is not valid UTF-8 at byte offset 17 \(line 2\): byte 0xE9 .*"é" in Windows-1252/);
    expect(r.err).toMatch(/c\.jsonl:1: duplicate id "a:1" \(first in a\.jsonl line 1\)/);
    expect(r.err).toMatch(/c\.jsonl:2: malformed JSON/);
    const pack = loadPack(readFileSync(join(dir, 'out/statements.qtpack'), 'utf8'));
    expect(pack.meta).toMatchObject({ count: 2, sources: ['a.jsonl', 'c.jsonl'], name: 'test' });
    expect(pack.record(0).text).toBe('Zoë said the café “was closed” on Sunday.');
  });

  it('refuses a file that is not what it claims, and a binary file', () => {
    writeFileSync(join(dir, 'page.jsonl'), '<html>\n<body>\n<p>not records</p>\n</body>\n</html>\n');
    writeFileSync(join(dir, 'bin.jsonl'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 9]));
    const r = run('check', 'page.jsonl', 'bin.jsonl');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/page\.jsonl: REFUSED .*not JSON Lines/);
    expect(r.err).toMatch(/bin\.jsonl: REFUSED .*binary/);
  });

  it('refuses UTF-8 that turns invalid past the sniffed prefix', () => {
    const good = `${rec('u:1', 'plain ascii line to fill the sniffed prefix and the first read chunk')}\n`.repeat(13000);
    writeFileSync(join(dir, 'mixed.jsonl'), Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe, 0x0a])]));
    const r = run('check', 'mixed.jsonl');
    // Past the first 1 MB chunk too, the exact byte and line (the checker runs across chunks).
    expect(r.err).toMatch(new RegExp(`REFUSED .*not valid UTF-8 at byte offset ${Buffer.byteLength(good)} \\(line 13001\\): byte 0xFF`));
  });
});
