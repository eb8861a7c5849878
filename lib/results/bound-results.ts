import type { QuoteRecord, TabResults } from './quote-record';

/**
 * Per-tab results are bounded, so one page with thousands of long quotes cannot fill session
 * storage (10 MB in Chrome, shared by every tab) and starve the next tab. The most serious quotes
 * are kept first; what is left out is counted, and the popup and panel say so.
 */
export const MAX_STORED_QUOTES = 400;
/** About 512 KiB of JSON per tab: twenty such tabs fit in Chrome's session quota. */
export const MAX_STORED_CHARS = 512 * 1024;
/** Stored quote texts are cut here (the page holds the whole text; the card reads it from there). */
export const MAX_STORED_TEXT_CHARS = 1_500;

const RANK: Record<string, number> = { misattributed: 0, altered: 1, verified: 2, unmatched: 3 };

function trimmed(q: QuoteRecord): QuoteRecord {
  if (q.text.length <= MAX_STORED_TEXT_CHARS) return q;
  return { ...q, text: `${q.text.slice(0, MAX_STORED_TEXT_CHARS - 1)}…` };
}

export function boundResults(r: TabResults): TabResults {
  // Keep matched quotes before unmatched ones, page order within each.
  const order = r.quotes.map((q, i) => ({ q, i })).sort((a, b) => (RANK[a.q.match.status] ?? 3) - (RANK[b.q.match.status] ?? 3) || a.i - b.i);
  const kept = new Set<number>();
  let chars = JSON.stringify({ ...r, quotes: [] }).length;
  for (const { q, i } of order) {
    if (kept.size >= MAX_STORED_QUOTES) break;
    const size = JSON.stringify(trimmed(q)).length + 1;
    if (chars + size > MAX_STORED_CHARS) continue;
    chars += size;
    kept.add(i);
  }
  const quotes = r.quotes.filter((_, i) => kept.has(i)).map(trimmed);
  const omitted = (r.omitted ?? 0) + r.quotes.length - quotes.length;
  return { ...r, quotes, ...(omitted > 0 ? { omitted } : {}) };
}
