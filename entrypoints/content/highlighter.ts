import { findMarks, removeAllMarks, STATUS_ATTR, wrapPieces } from '../../lib/dom/highlight';
import { piecesForRange, type TextMap } from '../../lib/dom/text-map';

export interface SpanToMark {
  id: string;
  start: number;
  end: number;
  status: string;
}

/**
 * Puts marks on the page for a scan's quotes. Quotes are wrapped last first so every text offset
 * still points at the right node while earlier ones are split.
 */
export function applyMarks(doc: Document, map: TextMap, spans: SpanToMark[]) {
  const ordered = [...spans].sort((a, b) => b.start - a.start);
  let lastStart = Infinity;
  for (const s of ordered) {
    if (s.end > lastStart) continue; // overlapping quotes: keep the later-starting one only
    wrapPieces(doc, piecesForRange(map, s.start, s.end), s.id, s.status);
    lastStart = s.start;
  }
}

export function setStatus(doc: Document, id: string, status: string) {
  for (const m of findMarks(doc, id)) m.setAttribute(STATUS_ATTR, status);
}

export { removeAllMarks };

/** Scrolls a quote into view and flashes it, for the side panel's "show me". */
export function focusQuote(doc: Document, id: string): boolean {
  const marks = findMarks(doc, id);
  if (marks.length === 0) return false;
  marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const m of marks) {
    m.removeAttribute('data-quotetrace-flash');
    void m.offsetWidth; // restart the animation
    m.setAttribute('data-quotetrace-flash', '');
  }
  marks[0].focus({ preventScroll: true });
  setTimeout(() => marks.forEach((m) => m.removeAttribute('data-quotetrace-flash')), 2600);
  return true;
}
