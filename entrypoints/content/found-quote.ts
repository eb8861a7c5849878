import { isInsideMark, unwrapMark, wrapPieces, ID_ATTR } from '../../lib/dom/highlight';
import { piecesForRange, type NodePiece, type TextMap } from '../../lib/dom/text-map';
import type { QuoteCandidate } from '../../lib/protocol/messages';
import type { QuoteRecord } from '../../lib/results/quote-record';
import type { DetectedQuote, MatchResult, MatchStatus } from '../../lib/types';

/** A quote found on the page: where it is (units and offsets), what the background said, its marks. */
export interface FoundQuote {
  id: string;
  detected: DetectedQuote;
  /** Units it covers, first to last (one for nearly every quote). */
  units: Element[];
  start: number;
  endOffset: number;
  match: MatchResult | null;
  /**
   * What the page may be shown of the match: the status against the bundled (public) database
   * only. The full match, which may come from the user's private imports, stays in the card.
   */
  pageStatus: MatchStatus;
  marks: HTMLElement[];
}

/** What is known about one unit since it was last read. */
export interface UnitState {
  map: TextMap;
  /** Quotes starting in this unit, by start. */
  quotes: FoundQuote[];
}

/** Quotes longer than this are sent truncated: the protocol bounds message size. */
const MAX_SENT_QUOTE_CHARS = 5_000;

export const UNMATCHED: MatchResult = { status: 'unmatched', statement: null, score: 0 };

export function toCandidate(q: FoundQuote): QuoteCandidate {
  const d = q.detected;
  return {
    id: q.id,
    text: d.text.slice(0, MAX_SENT_QUOTE_CHARS),
    kind: d.kind,
    speaker: d.speaker,
    confidence: Math.max(0, Math.min(1, d.confidence)),
    cue: d.cue,
    evidence: d.evidence,
    context: d.context ?? null,
  };
}

export const toRecord = (q: FoundQuote): QuoteRecord => ({ ...toCandidate(q), match: q.match ?? UNMATCHED });

/** The text-node pieces of a quote, across its units, from the units' maps. */
export function piecesOf(q: FoundQuote, stateOf: (el: Element) => UnitState | undefined): NodePiece[] | null {
  const pieces: NodePiece[] = [];
  for (let i = 0; i < q.units.length; i++) {
    const st = stateOf(q.units[i]);
    if (!st) return null;
    const from = i === 0 ? q.start : 0;
    const to = i === q.units.length - 1 ? q.endOffset : st.map.text.length;
    pieces.push(...piecesForRange(st.map, from, to));
  }
  return pieces;
}

/**
 * Wraps a quote, unless its text changed under us or any piece already sits in a mark (marks are
 * never nested or duplicated). Returns whether it was wrapped.
 */
export function wrapQuote(q: FoundQuote, pieces: NodePiece[]): boolean {
  if (pieces.length === 0) return false;
  for (const p of pieces) if (!p.node.isConnected || p.end > p.node.data.length || isInsideMark(p.node)) return false;
  const doc = pieces[0].node.ownerDocument;
  q.marks = wrapPieces(doc, pieces, q.id);
  return q.marks.length > 0;
}

export function unwrapQuote(q: FoundQuote) {
  for (const m of q.marks) unwrapMark(m);
  q.marks = [];
}

export function renameQuote(q: FoundQuote, id: string) {
  q.id = id;
  for (const m of q.marks) m.setAttribute(ID_ATTR, id);
}

export function restatusQuote(q: FoundQuote, match: MatchResult, pageStatus: MatchStatus) {
  q.match = match;
  q.pageStatus = pageStatus;
}
