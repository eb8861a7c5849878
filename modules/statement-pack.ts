/**
 * The bundled statement pack is part of every WXT build: `npm run build`, `build:chrome`,
 * `build:firefox`, `zip`, `dev` and plain `npx wxt build` all compile data/ into
 * public/db/statements.qtpack (through `npm run build:data`, the one definition of how) before
 * WXT copies public/. A failed compile fails the build: an extension without its database must
 * not ship quietly. In dev mode, a change under data/ compiles the pack again and reloads.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

const PACK = 'db/statements.qtpack';

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
      const r = compile(root);
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
