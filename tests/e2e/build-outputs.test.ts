import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPack } from '../../lib/db/pack';
import { REPO } from './support/paths';

/**
 * Every way of building carries the statement pack (modules/statement-pack.ts), even with no
 * pack compiled beforehand: each command starts with public/db removed.
 */
const OUT = join(REPO, '.output');
const BUILD_MS = 240_000;
/** What vitest adds to the environment (NODE_ENV=test, MODE=test...): WXT's dev server hangs at
 * "Preparing..." with it, and a user's shell has none of it. */
const VITEST_ENV = Object.keys(process.env).filter((k) => /^(VITEST|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|TEST$)/.test(k));

function withoutCompiledPack() {
  rmSync(join(REPO, 'public/db'), { recursive: true, force: true });
}

function run(cmd: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: '' };
  for (const k of VITEST_ENV) delete env[k];
  const res = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', env });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

/** The pack in a build folder parses and holds the statements of data/. */
function expectPack(dir: string) {
  const file = join(OUT, dir, 'db/statements.qtpack');
  expect(existsSync(file), file).toBe(true);
  expect(loadPack(readFileSync(file, 'utf8')).meta.count, file).toBeGreaterThan(0);
}

describe('the statement pack is in every build', () => {
  test.each([
    ['npm run build', ['run', 'build'], ['chrome-mv3', 'firefox-mv2']],
    ['npm run build:chrome', ['run', 'build:chrome'], ['chrome-mv3']],
    ['npm run build:firefox', ['run', 'build:firefox'], ['firefox-mv2']],
  ])('%s', (_name, args, dirs) => {
    withoutCompiledPack();
    for (const d of dirs) rmSync(join(OUT, d), { recursive: true, force: true });
    const r = run('npm', args);
    expect(r.status, r.output).toBe(0);
    for (const d of dirs) expectPack(d);
  }, BUILD_MS);

  test('plain npx wxt build', () => {
    withoutCompiledPack();
    rmSync(join(OUT, 'chrome-mv3'), { recursive: true, force: true });
    const r = run('npx', ['wxt', 'build']);
    expect(r.status, r.output).toBe(0);
    expectPack('chrome-mv3');
  }, BUILD_MS);

  test('npm run zip: both archives hold db/statements.qtpack', () => {
    withoutCompiledPack();
    for (const z of readdirSync(OUT).filter((f) => f.endsWith('.zip'))) rmSync(join(OUT, z));
    const r = run('npm', ['run', 'zip']);
    expect(r.status, r.output).toBe(0);
    const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip') && !f.includes('sources'));
    expect(zips.length).toBe(2);
    // File names sit uncompressed in a zip's local and central headers.
    for (const z of zips) expect(readFileSync(join(OUT, z)).includes('db/statements.qtpack'), z).toBe(true);
  }, BUILD_MS);

  test('npm run dev with no display: builds with the pack, says how to load it, opens no browser', async () => {
    withoutCompiledPack();
    rmSync(join(OUT, 'chrome-mv3-dev'), { recursive: true, force: true });
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    for (const k of VITEST_ENV) delete env[k];
    const child = spawn('npm', ['run', 'dev'], { cwd: REPO, env, detached: true });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const packFile = join(OUT, 'chrome-mv3-dev/db/statements.qtpack');
    try {
      for (let i = 0; i < 600 && !(existsSync(packFile) && /Built extension/.test(output)); i++) await new Promise((r) => setTimeout(r, 200));
      expect(output).toMatch(/Built extension/);
      expect(output).toMatch(/No display: not opening a browser/);
      expect(output).toMatch(/Load unpacked/);
      expectPack('chrome-mv3-dev');
      expect(output).not.toMatch(/ECONNRESET|Error:/);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  }, BUILD_MS);
});
