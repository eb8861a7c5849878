import { askBackground } from '../../platform/messaging';
import { scanDocument } from '../../lib/dom/scan-page';
import type { QuoteCandidate } from '../../lib/protocol/messages';
import { makeQuoteIds } from '../../lib/results/quote-id';
import type { QuoteRecord } from '../../lib/results/quote-record';
import { isShown } from '../../lib/results/shown';
import type { MatchResult } from '../../lib/types';
import { applyMarks, removeAllMarks } from './highlighter';

/** Quotes longer than this are sent truncated: the protocol bounds message size. */
const MAX_SENT_QUOTE_CHARS = 5_000;

/**
 * One full pass over the page: detect in the page, match in the background, mark what is shown.
 * Returns the quotes shown, with their matches, for the hover card.
 */
export async function scanPage(doc: Document): Promise<QuoteRecord[]> {
  const { map, quotes } = scanDocument(doc);
  const ids = makeQuoteIds(quotes.map((q) => q.text));
  const candidates: QuoteCandidate[] = quotes.map((q, i) => ({
    id: ids[i],
    text: q.text.slice(0, MAX_SENT_QUOTE_CHARS),
    kind: q.kind,
    speaker: q.speaker,
    confidence: Math.max(0, Math.min(1, q.confidence)),
    cue: q.cue,
    evidence: q.evidence,
    context: q.context ?? null,
  }));
  const reply = await askBackground('page:quotes', { url: doc.location?.href ?? '', title: doc.title.slice(0, 2048), quotes: candidates });
  const unmatched: MatchResult = { status: 'unmatched', statement: null, score: 0 };
  const matches = reply.ok ? reply.value : candidates.map(() => unmatched);
  const records: QuoteRecord[] = candidates.map((c, i) => ({ ...c, match: matches[i] ?? unmatched }));
  removeAllMarks(doc);
  const shown = records.map((r, i) => ({ r, q: quotes[i] })).filter(({ r }) => isShown(r));
  applyMarks(doc, map, shown.map(({ r, q }) => ({ id: r.id, start: q.start, end: q.end, status: r.match.status })));
  return shown.map(({ r }) => r);
}
