/**
 * Quote detection and speaker attribution over plain text. Pure TypeScript: runs in node,
 * the service worker and the content script (no DOM, no node APIs).
 */
import type { DetectedQuote, QuoteKind } from '../types';
import { paragraphIndexAt, splitParagraphs, type Range } from '../text/paragraphs';
import { tokenize } from '../text/tokens';
import { attributeSpans, evidenceOf } from './attribute';
import { indexEntities } from './mentions';
import type { ResolveEnv } from './resolve';
import { classifyUse } from './scare-quotes';
import { findQuoteSpans, type RawSpan } from './spans';

/** Confidence reported for an adjective scare quote kept without a speaker ("a “major” deployment"). */
const SCARE_QUOTE_CONFIDENCE = 0.05;

function kindOf(text: string, sp: RawSpan, paras: Range[]): QuoteKind {
  if (sp.multiParagraph) return 'block';
  const lead = text.slice(Math.max(0, sp.open - 3), sp.open);
  const para = paras[paragraphIndexAt(paras, sp.open)];
  const opensSentence = /(?:^|[:,.!?]\s*|\n\s*)$/.test(lead) || para?.start === sp.open;
  return opensSentence && /^[\p{Lu}\p{N}\u2026.]/u.test(text[sp.start]) ? 'direct' : 'partial';
}

function makeIsQuoted(spans: RawSpan[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid];
      if (s.end <= pos) lo = mid + 1;
      else if (s.start > pos) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

/** Every quotation in text, attributed; sorted by start, offsets UTF-16, marks excluded. */
export function detectQuotes(text: string): DetectedQuote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const paras = splitParagraphs(text);
  const spans = findQuoteSpans(text, paras);
  if (spans.length === 0) return [];
  const tokens = tokenize(text);
  const env: ResolveEnv = { text, idx: indexEntities(text, tokens), isQuoted: makeIsQuoted(spans), tokens };
  const attrs = attributeSpans(env, paras, spans);
  const out: DetectedQuote[] = [];
  spans.forEach((sp, i) => {
    let a = attrs[i];
    const use = classifyUse(text, sp, paras[paragraphIndexAt(paras, sp.open)]);
    const hasCue = a.cue !== null && a.how !== 'none';
    if (use === 'nickname' || use === 'label') return;
    if (use === 'title' && (!hasCue || /['\u2019]s\s*$/.test(text.slice(Math.max(0, sp.open - 4), sp.open)))) return;
    if (use === 'modifier' && !hasCue) a = { ...a, resolved: null, confidence: SCARE_QUOTE_CONFIDENCE };
    out.push({
      start: sp.start,
      end: sp.end,
      text: text.slice(sp.start, sp.end),
      kind: kindOf(text, sp, paras),
      speaker: a.resolved?.speaker ?? null,
      confidence: Math.round(a.confidence * 100) / 100,
      cue: a.cue,
      evidence: evidenceOf(a),
      context: a.context,
    });
  });
  return out.sort((x, y) => x.start - y.start);
}
