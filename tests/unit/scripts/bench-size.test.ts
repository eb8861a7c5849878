import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentScriptSizes } from '../../../scripts/bench-size';

describe('contentScriptSizes', () => {
  let dir = '';
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('measures every content script of every target, raw and gzipped', () => {
    dir = mkdtempSync(join(tmpdir(), 'qt-size-'));
    mkdirSync(join(dir, 'chrome-mv3', 'content-scripts'), { recursive: true });
    mkdirSync(join(dir, 'firefox-mv2', 'content-scripts'), { recursive: true });
    mkdirSync(join(dir, 'chrome-mv3', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'chrome-mv3', 'content-scripts', 'content.js'), 'a'.repeat(4000));
    writeFileSync(join(dir, 'chrome-mv3', 'content-scripts', 'content.css'), 'b'.repeat(9000));
    writeFileSync(join(dir, 'chrome-mv3', 'chunks', 'popup.js'), 'c'.repeat(9000));
    writeFileSync(join(dir, 'firefox-mv2', 'content-scripts', 'content.js'), 'd'.repeat(2500));
    const sizes = contentScriptSizes(dir);
    expect(sizes.map((s) => [s.target, s.file, s.kB])).toEqual([['chrome-mv3', 'content.js', 4], ['firefox-mv2', 'content.js', 2.5]]);
    // Repeated bytes compress well: the gzip figure is real, not the raw one copied.
    for (const s of sizes) expect(s.gzipKB).toBeLessThan(s.kB / 10);
  });

  it('returns nothing when there is no build', () => {
    expect(contentScriptSizes(join(tmpdir(), 'qt-no-such-output-dir'))).toEqual([]);
  });
});
