/**
 * Size of the content script in each built target (.output/<target>/content-scripts/*.js), raw and
 * gzipped. The content script is parsed on every page the user allows, so it has a budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize { target: string; file: string; kB: number; gzipKB: number }

/** Raw budget: 200 kB keeps parse cost to a few ms on a slow laptop; the build grew 132 → 165 kB in three stops. */
export const CONTENT_SCRIPT_BUDGET_KB = 200;

export function contentScriptSizes(outDir = '.output'): ContentScriptSize[] {
  if (!existsSync(outDir)) return [];
  const sizes: ContentScriptSize[] = [];
  for (const target of readdirSync(outDir).sort()) {
    const dir = join(outDir, target, 'content-scripts');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
      const bytes = readFileSync(join(dir, file));
      sizes.push({ target, file, kB: bytes.length / 1000, gzipKB: gzipSync(bytes).length / 1000 });
    }
  }
  return sizes;
}
