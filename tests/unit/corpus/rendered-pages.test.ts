/**
 * The rendered-page corpus: invented stories inside realistic site chrome (navigation, tickers,
 * related links, ads, captions, comments, newsletter boxes, pull quotes, tweet embeds), scanned
 * through the same DOM pipeline as the content script. A reader sees each statement once, so
 * chrome must not produce quotes and a repeated pull quote or embed must not produce a second one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanHtml } from '../../../scripts/lib/scan-file';
import type { DetectedQuote } from '../../../lib/types';

interface Expected {
  quotes: { text: string; speaker: string | null; speakerAliases?: string[] }[];
  /** Body quotes a pull quote or an embed repeats: each must be found exactly once. */
  repeated?: string[];
}

const CORPUS = join(__dirname, '../../fixtures/pages/corpus');
/** Every page, and the corpus as a whole, must keep chrome out this well. */
const MIN_PRECISION = 0.95;
const MIN_PAGE_RECALL = 0.75;
const MIN_RECALL = 0.9;
const MIN_SPEAKER_ACCURACY = 0.9;
/** A found quote is an expected one when this share of the longer one's words is shared in order. */
const MIN_OVERLAP = 0.5;

const words = (t: string): string[] => t.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const norm = (s: string | null): string => words(s ?? '').filter((w) => w !== 'the').join(' ');

/** Longest common run of words, as a share of the longer text. */
function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let best = 0;
  const prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const keep = prev[j];
      prev[j] = x[i - 1] === y[j - 1] ? diag + 1 : 0;
      best = Math.max(best, prev[j]);
      diag = keep;
    }
  }
  return best / Math.max(x.length, y.length, 1);
}

interface PageScore {
  slug: string;
  found: number;
  expected: number;
  matched: number;
  speakerRight: number;
  repeatsOk: boolean;
  misses: string[];
  extras: string[];
}

function scorePage(slug: string, quotes: DetectedQuote[], exp: Expected): PageScore {
  const used = new Set<number>();
  let matched = 0;
  let speakerRight = 0;
  const misses: string[] = [];
  for (const e of exp.quotes) {
    let best = -1;
    let bestScore = MIN_OVERLAP;
    quotes.forEach((q, i) => {
      const s = overlap(q.text, e.text);
      if (!used.has(i) && s >= bestScore) { best = i; bestScore = s; }
    });
    if (best < 0) { misses.push(e.text); continue; }
    used.add(best);
    matched++;
    const names = [e.speaker, ...(e.speakerAliases ?? [])].map(norm);
    if (names.includes(norm(quotes[best].speaker))) speakerRight++;
    else misses.push(`${e.text} -> ${quotes[best].speaker ?? 'null'} (want ${e.speaker})`);
  }
  const extras = quotes.filter((_, i) => !used.has(i)).map((q) => `${q.text} (${q.speaker ?? 'null'})`);
  const repeatsOk = (exp.repeated ?? []).every((r) => quotes.filter((q) => overlap(q.text, r) >= MIN_OVERLAP).length === 1);
  return { slug, found: quotes.length, expected: exp.quotes.length, matched, speakerRight, repeatsOk, misses, extras };
}

const slugs = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const scores: PageScore[] = [];

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

describe('rendered-page corpus', () => {
  it('has pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(slugs)('%s', (slug) => {
    const html = readFileSync(join(CORPUS, slug, 'index.html'), 'utf8');
    const exp = JSON.parse(readFileSync(join(CORPUS, slug, 'expected.json'), 'utf8')) as Expected;
    const s = scorePage(slug, scanHtml(html).quotes, exp);
    scores.push(s);
    const detail = `misses: ${JSON.stringify(s.misses)} extras: ${JSON.stringify(s.extras)}`;
    expect(ratio(s.matched, s.found), `${slug} precision; ${detail}`).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(ratio(s.matched, s.expected), `${slug} recall; ${detail}`).toBeGreaterThanOrEqual(MIN_PAGE_RECALL);
    expect(s.repeatsOk, `${slug}: a pull quote or embed produced a second quote; ${detail}`).toBe(true);
  });

  it('overall precision, recall and speaker accuracy', () => {
    const sum = (f: (s: PageScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
    expect(scores.length).toBe(slugs.length);
    expect(ratio(sum((s) => s.matched), sum((s) => s.found))).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(ratio(sum((s) => s.matched), sum((s) => s.expected))).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(ratio(sum((s) => s.speakerRight), sum((s) => s.matched))).toBeGreaterThanOrEqual(MIN_SPEAKER_ACCURACY);
  });

  afterAll(() => {
    const f = (x: number): string => x.toFixed(2);
    const row = (name: string, found: number, expected: number, matched: number, right: number, rep: string): string =>
      `${name.padEnd(22)} ${String(found).padStart(5)} ${String(expected).padStart(8)} ${f(ratio(matched, found)).padStart(9)} ${f(ratio(matched, expected)).padStart(6)} ${f(ratio(right, matched)).padStart(7)}  ${rep}`;
    const lines = [
      `${'page'.padEnd(22)} found expected precision recall speaker  repeats`,
      ...scores.map((s) => row(s.slug, s.found, s.expected, s.matched, s.speakerRight, s.repeatsOk ? 'once' : 'TWICE')),
    ];
    const sum = (g: (s: PageScore) => number): number => scores.reduce((n, s) => n + g(s), 0);
    lines.push(row('overall', sum((s) => s.found), sum((s) => s.expected), sum((s) => s.matched), sum((s) => s.speakerRight), scores.every((s) => s.repeatsOk) ? 'once' : 'TWICE'));
    console.log(`rendered-page corpus\n${lines.join('\n')}`);
  });
});
