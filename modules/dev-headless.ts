/**
 * `npm run dev` on a machine with no display (CI, SSH, a container): build and watch, print how
 * to load the extension by hand, and never start a browser (web-ext died there with a raw
 * ECONNRESET stack). With a display, the browser opens as WXT does by default, using Debian's
 * chromium / firefox-esr when the usual binaries are not on PATH.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineWxtModule({
  name: 'dev-headless',
  setup(wxt) {
    wxt.hook('config:resolved', () => {
      if (wxt.config.command !== 'serve') return;
      const runner = (wxt.config.runnerConfig.config ??= {});
      if (!hasDisplay()) runner.disabled = true;
      runner.binaries ??= {};
      if (!runner.binaries.chrome && existsSync('/usr/bin/chromium')) runner.binaries.chrome = '/usr/bin/chromium';
      if (!runner.binaries.firefox && existsSync('/usr/bin/firefox-esr')) runner.binaries.firefox = '/usr/bin/firefox-esr';
    });
    wxt.hook('server:started', () => {
      if (!wxt.config.runnerConfig.config?.disabled) return;
      const out = relative(wxt.config.root, wxt.config.outDir) || '.';
      const how =
        wxt.config.browser === 'firefox'
          ? `Firefox: about:debugging#/runtime/this-firefox > Load Temporary Add-on > ${out}/manifest.json`
          : `Chrome: chrome://extensions > Developer mode > Load unpacked > ${out}`;
      wxt.logger.info(`No display: not opening a browser. Built and watching ${out}.\n  Load it by hand: ${how}`);
    });
  },
});
