import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../../..');

describe('npm run eval without ../shared', () => {
  it('says in one line what is missing, with exit 2 and no stack', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '/nowhere/shared/eval/gold.jsonl'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^eval: no gold file at \/nowhere\/shared\/eval\/gold\.jsonl/);
    expect(r.stderr).not.toMatch(/ENOENT|at .*\.ts:\d+/);
  });
});
