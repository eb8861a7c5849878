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
