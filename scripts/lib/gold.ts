/** Reading the PolNeAR-format gold files (../shared/eval): span matching as the scorer does it, stable folds. */
export interface GoldQuote { start: number; end: number; text?: string; speaker: string | null; speaker_aliases?: string[] }
export interface GoldDoc { id: string; text: string; quotes: GoldQuote[] }

/** One-to-one span matching as the scorer does it: overlap of at least half the longer span. */
export function matchGoldSpans(spans: { start: number; end: number }[], gold: GoldQuote[]): (GoldQuote | null)[] {
  const pairs: [number, number, number][] = [];
  spans.forEach((sp, i) => gold.forEach((g, j) => {
    const ov = Math.min(sp.end, g.end) - Math.max(sp.start, g.start);
    const r = ov / Math.max(sp.end - sp.start, g.end - g.start);
    if (r >= 0.5) pairs.push([r, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const out: (GoldQuote | null)[] = spans.map(() => null);
  const used = new Set<number>();
  for (const [, i, j] of pairs) if (!out[i] && !used.has(j)) { out[i] = gold[j]; used.add(j); }
  return out;
}

/** Deterministic shuffle (mulberry32), so folds are the same on every run. */
export function shuffled<T>(xs: T[], seed = 9): T[] {
  let s = seed >>> 0;
  const rnd = (): number => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
