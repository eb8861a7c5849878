import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Page text is never run or parsed as HTML: no source file that ships in the extension may use an
 * HTML or code sink. A new use must be argued for here, not slipped in.
 */
const SHIPPED = ['lib', 'components', 'entrypoints', 'platform'];
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|eval\s*\(|new Function\s*\(|createContextualFragment|srcdoc)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

test('no shipped source uses an HTML or code sink', () => {
  const root = resolve(import.meta.dirname, '../..');
  const hits: string[] = [];
  for (const dir of SHIPPED) {
    for (const file of files(join(root, dir))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line)) hits.push(`${file.slice(root.length + 1)}:${i + 1}: ${line.trim()}`);
        });
    }
  }
  expect(hits).toEqual([]);
});
