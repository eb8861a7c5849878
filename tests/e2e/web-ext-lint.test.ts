import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { auditBuild } from './support/build-audit';
import { CHROME_BUILD, FIREFOX_BUILD, FIREFOX_MV3_BUILD, REPO } from './support/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const POLICY = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self' https:";

describe.each([CHROME_BUILD, FIREFOX_BUILD, FIREFOX_MV3_BUILD])('the build in %s', (dir) => {
  test('no script writes HTML: no innerHTML/outerHTML assignment, insertAdjacentHTML or document.write', () => {
    expect(auditBuild(dir).htmlSinks).toEqual([]);
  });
});

describe.each([
  { name: 'MV2 (shipped)', dir: FIREFOX_BUILD, version: 2 },
  { name: 'MV3', dir: FIREFOX_MV3_BUILD, version: 3 },
])('the Firefox $name build', ({ dir, version }) => {
  const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, any>;

  test("Mozilla's add-on linter finds no errors and no warnings", async () => {
    const bin = `${REPO}/node_modules/.bin/web-ext`;
    // web-ext exits non-zero when it finds errors; the JSON report is what we read either way.
    const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    // Zero warnings: Preact's innerHTML branch, the last two, is rewritten at build time (modules/preact-no-inner-html.ts).
    expect(report.warnings.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
  }, 120_000);

  test('has the CSP shape of its manifest version, a sidebar closed at install, and no Android claim', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(version);
    expect(m.content_security_policy).toEqual(version === 2 ? POLICY : { extension_pages: POLICY });
    // WXT writes sidebar_action from entrypoints/sidepanel/index.html's meta tags.
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(m.browser_specific_settings.gecko_android).toBeUndefined();
  });
});
