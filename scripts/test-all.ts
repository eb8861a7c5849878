/**
 * npm test, after the build: unit and DOM tests, then the real-browser tests, and one closing line
 * "N passed, N failed" over all of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const dir = mkdtempSync(join(tmpdir(), 'qt-test-'));
const runs: { name: string; args: string[] }[] = [
  { name: 'unit+dom', args: ['--project', 'unit', '--project', 'dom'] },
  { name: 'e2e', args: ['--project', 'e2e'] },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
for (const run of runs) {
  const out = join(dir, `${run.name}.json`);
  const res = spawnSync('npx', ['vitest', 'run', ...run.args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
  });
  try {
    const json = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + json.numTodoTests;
    if (!json.success && json.numFailedTests === 0) broken = true; // a suite failed to load
  } catch {
    console.error(`test: ${run.name} produced no report (exit ${res.status})`);
    broken = true;
  }
  if (res.status !== 0) broken = true;
}
if (broken && failed === 0) failed = 1; // a crashed suite must not read as green
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
