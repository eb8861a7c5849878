/** Infers textKind and quotedSpans from a claim text that may carry quotation marks. */
import type { Statement } from '../types';

const SPAN_RE = /[“"]([^“”"]{2,400})[”"]/g;

export function inferTextKind(text: string): Pick<Statement, 'textKind' | 'quotedSpans'> {
  const t = text.trim();
  const spans = [...t.matchAll(SPAN_RE)].map((m) => m[1].trim()).filter(Boolean);
  if (spans.length === 1 && t.replace(/[.,!?;:]+$/, '').length <= spans[0].length + 2) return { textKind: 'verbatim' };
  if (spans.length) return { textKind: 'partial', quotedSpans: spans };
  return { textKind: 'paraphrase' };
}

/** The occasion of an official readout ("Readout of President Biden's Call with ...", "Kremlin readout: ..."). */
const READOUT_CONTEXT = /\breadouts?\b/i;

/**
 * A readout: the government's own third-person account of a call or meeting. Its words are the
 * publisher's summary, not the speaker's; a card must never present them as a quotation.
 */
export function isReadout(s: Pick<Statement, 'textKind' | 'context'>): boolean {
  // Newer ingests mark readouts with their own textKind; older packs say so in the context only.
  if ((s.textKind as string | undefined) === 'readout') return true;
  return s.textKind === 'paraphrase' && READOUT_CONTEXT.test(s.context ?? '');
}

/** How a card names a record's kind: only records that are not plain quotations get a note. */
export function describedKind(s: Pick<Statement, 'textKind' | 'context'>): 'readout' | 'paraphrase' | 'partial' | null {
  if (isReadout(s)) return 'readout';
  if (s.textKind === 'paraphrase' || s.textKind === 'partial') return s.textKind;
  return null;
}
