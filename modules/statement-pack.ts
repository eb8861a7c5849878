/**
 * The bundled statement pack is part of every WXT build: `npm run build`, `build:chrome`,
 * `build:firefox`, `zip`, `dev` and plain `npx wxt build` all compile data/ into
 * public/db/statements.qtpack (through `npm run build:data`, the one definition of how) before
 * WXT copies public/. A failed compile fails the build: an extension without its database must
 * not ship quietly. A build whose inputs (data/ and the pack code) are unchanged reuses the pack
 * compiled last time (node_modules/.cache/quotetrace-pack, by input hash). In dev mode, a change
 * under data/ compiles the pack again and reloads.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, watch } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

const PACK = 'db/statements.qtpack';
/** Compiled packs by input hash: the ~55,000 bundled records take seconds to compile, and every build (and test) asks. */
const CACHE_DIR = 'node_modules/.cache/quotetrace-pack';
/** What the pack depends on: the records, and the code that validates, encodes and indexes them. */
const INPUTS = ['data', 'lib/db', 'lib/match', 'lib/text', 'lib/types.ts', 'scripts/db.ts', 'package-lock.json'];
const KEEP_CACHED = 3;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((f) => filesUnder(join(path, f)));
}

/** Hash of every input file's path and bytes. */
function inputHash(root: string): string {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap((p) => filesUnder(join(root, p)))) h.update(`${relative(root, f)}\0`).update(readFileSync(f));
  return h.digest('hex').slice(0, 24);
}

/** The pack from the cache when its inputs are unchanged, else compiled (and cached). */
function compileCached(root: string, publicDir: string): { ok: boolean; output: string } {
  const dest = join(publicDir, PACK);
  const cacheDir = join(root, CACHE_DIR);
  const key = inputHash(root);
  const cached = join(cacheDir, `${key}.qtpack`);
  if (existsSync(cached)) {
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(cached, dest);
    return { ok: true, output: `wrote ${relative(root, dest)} from the cache (inputs unchanged, ${key})` };
  }
  const r = compile(root);
  if (r.ok && existsSync(dest)) {
    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(dest, `${cached}.tmp`);
    renameSync(`${cached}.tmp`, cached); // never a half-written entry, even with builds in parallel
    const old = readdirSync(cacheDir).filter((f) => f.endsWith('.qtpack')).map((f) => join(cacheDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs).slice(KEEP_CACHED);
    for (const f of old) rmSync(f, { force: true });
  }
  return r;
}

/** The builder's closing "wrote ..." line. */
const summary = (output: string) => output.split('\n').find((l) => l.startsWith('wrote ')) ?? output.split('\n').pop();

function compile(root: string): { ok: boolean; output: string } {
  const res = spawnSync('npm', ['run', '-s', 'build:data'], { cwd: root, encoding: 'utf8' });
  return { ok: res.status === 0, output: `${res.stdout ?? ''}${res.stderr ?? ''}`.trim() };
}

export default defineWxtModule({
  name: 'statement-pack',
  setup(wxt) {
    const root = wxt.config.root;
    // Typed for browser.runtime.getURL even before the first build (a fresh clone's tsc).
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push(PACK);
    });
    wxt.hook('build:before', () => {
      const started = Date.now();
      const r = compileCached(root, wxt.config.publicDir);
      if (!r.ok || !existsSync(join(wxt.config.publicDir, PACK))) {
        throw new Error(`statement pack: npm run build:data failed, so this build would ship without its database.\n${r.output}`);
      }
      wxt.logger.info(`statement pack: ${summary(r.output)} (${Date.now() - started} ms)`);
    });
    wxt.hook('server:started', (_wxt, server) => {
      const dataDir = join(root, 'data');
      if (!existsSync(dataDir)) return;
      // One compile per burst of events (an editor's save is several): later events in the same
      // burst see the pack newer than the change and are ignored.
      let lastBuilt = 0;
      const watcher = watch(dataDir, { recursive: true }, () => {
        if (Date.now() - lastBuilt < 1_000) return;
        const r = compile(root);
        lastBuilt = Date.now();
        if (!r.ok) {
          wxt.logger.error(`statement pack: rebuild failed, the extension keeps the last pack.\n${r.output}`);
          return;
        }
        const dest = join(wxt.config.outDir, PACK);
        mkdirSync(dirname(dest), { recursive: true });
        copyFileSync(join(wxt.config.publicDir, PACK), dest);
        wxt.logger.info(`statement pack: data/ changed, rebuilt (${summary(r.output)}); reloading`);
        server.reloadExtension();
      });
      wxt.hook('server:closed', () => watcher.close());
    });
  },
});
