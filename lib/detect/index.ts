/**
 * Quote detection and speaker attribution over plain text. Pure TypeScript: runs in node,
 * the service worker and the content script (no DOM, no node APIs).
 */
import type { DetectedQuote, QuoteKind } from '../types';
import { paragraphIndexAt, splitParagraphs, type Range } from '../text/paragraphs';
import { tokenize } from '../text/tokens';
import { repairMojibake } from '../text/mojibake';
import { attributeSpans, evidenceOf } from './attribute';
import { indexEntities } from './mentions';
import type { ResolveEnv } from './resolve';
import { classifyUse, isSpeakerGuess, type QuoteUse } from './scare-quotes';
import { findQuoteSpans, type RawSpan } from './spans';
import { RANKER, rankSpeakers, type Ranked, type RankerModel } from './rank/index';
import type { Attribution } from './routes';
import { attributionKind, calibrateRules } from './calibration';
import { nearbyNames } from './nearby';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const SENTENCE_OPENING_LEAD = /(?:^|[:,.!?]\s*|\n\s*)$/;
const OPENS_LIKE_SENTENCE = /^[\p{Lu}\p{N}\u2026.]/u;
const POSSESSIVE_BEFORE = /['\u2019]s\s*$/;

/** Confidence reported for an adjective scare quote kept without a speaker ("a “major” deployment"). */
const SCARE_QUOTE_CONFIDENCE = 0.05;

function kindOf(text: string, sp: RawSpan, paras: Range[]): QuoteKind {
  if (sp.multiParagraph) return 'block';
  const lead = text.slice(Math.max(0, sp.open - 3), sp.open);
  const para = paras[paragraphIndexAt(paras, sp.open)];
  const opensSentence = SENTENCE_OPENING_LEAD.test(lead) || para?.start === sp.open;
  return opensSentence && OPENS_LIKE_SENTENCE.test(text[sp.start]) ? 'direct' : 'partial';
}

/**
 * Whether pos lies inside a span (spans sorted, non-overlapping: outermost only). Callers ask
 * about ascending positions (the tokens of a window, mentions read back from a quote), so the
 * last answer's span is tried first and the binary search runs only on a jump.
 */
function makeIsQuoted(spans: RawSpan[]): (pos: number) => boolean {
  const n = spans.length;
  // hint: the first span ending after the last position asked about
  let hint = 0;
  return (pos) => {
    if (hint < n && (hint === 0 || spans[hint - 1].end <= pos)) {
      if (spans[hint].end > pos) return spans[hint].start <= pos;
      if (hint + 1 === n || spans[hint + 1].end > pos) { hint++; return hint < n && spans[hint].start <= pos; }
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    hint = lo;
    return lo < n && spans[lo].start <= pos;
  };
}

export interface Analysis {
  env: ResolveEnv;
  paras: Range[];
  spans: RawSpan[];
  /** The rules' attribution of each span. */
  attrs: Attribution[];
}

/** Spans and the rules' attributions (the ranker's input; also read by the training script). */
export function analyseText(text: string): Analysis | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const paras = splitParagraphs(text);
  const spans = findQuoteSpans(text, paras);
  if (spans.length === 0) return null;
  const tokens = tokenize(text);
  const env: ResolveEnv = { text, idx: indexEntities(text, tokens), isQuoted: makeIsQuoted(spans), tokens };
  return { env, paras, spans, attrs: attributeSpans(env, paras, spans) };
}

/** The rules' attribution with its calibrated confidence (rules-calibration.json, fitted on train). */
function calibrated(a: Attribution): Attribution {
  if (!a.resolved) return a;
  return { ...a, confidence: calibrateRules(a.confidence, attributionKind(a)) };
}

/**
 * The rules' attribution, or the ranker's answer where it replaces theirs (a speaker the rules
 * did not find), with the ranker's confidence; both are calibrated afterwards (calibrated()).
 */
function withRanked(a: Attribution, r: Ranked | null): Attribution {
  if (!r) return a;
  if (r.agreesWithRules && a.resolved) return { ...a, resolved: { ...a.resolved, speaker: r.speaker } };
  return {
    ...a,
    ranked: a.resolved ? 'override' : 'fill',
    resolved: { speaker: r.speaker, entity: r.entity, method: r.entity?.kind === 'org' ? 'organisation' : 'name', mention: r.mention ?? r.speaker, certainty: r.confidence },
    confidence: r.confidence,
  };
}

/** Each span's attribution before calibration: the rules', with the ranker's answers where they replace them. */
export function attributionsOf(an: Analysis, ranked: (Ranked | null)[]): Attribution[] {
  return an.attrs.map((a, i) => withRanked(a, ranked[i]));
}

/**
 * Every quotation in text, attributed: the rules, and the learned mention ranker (rank/) where
 * the rules find no speaker; sorted by start, offsets UTF-16, marks excluded.
 */
export function detectQuotes(text: string): DetectedQuote[] {
  return detectQuotesRanked(text);
}

/** The same with the rules alone (for comparison: `npm run eval -- --rules`). */
export function detectQuotesRules(text: string): DetectedQuote[] {
  const an = analyseText(text);
  if (!an) return [];
  return finishQuotes(an, an.spans.map(() => null));
}

/** The same with a given ranker model (the shipped one by default). */
export function detectQuotesRanked(text: string, model: RankerModel | null = RANKER): DetectedQuote[] {
  const an = analyseText(text);
  if (!an) return [];
  const uses = usesOf(an);
  // a span finishing drops or shows with no speaker is not ranked: its answer would be thrown away
  const wanted = an.spans.map((sp, i) => fateOf(text, sp, an.attrs[i], uses[i]) === 'speaker');
  return finishQuotes(an, rankSpeakers(an.env, an.paras, an.spans, an.attrs, model, wanted), uses);
}

function usesOf(an: Analysis): QuoteUse[] {
  return an.spans.map((sp) => classifyUse(an.env.text, sp, an.paras[paragraphIndexAt(an.paras, sp.open)]));
}

/**
 * What finishing does with a span, whoever the ranker would name: drop it (a nickname, a
 * label, a cue-less title), keep it with no speaker (a cue-less modifier, a name, a cue-less
 * headline line), or let its speaker be judged (`isSpeakerGuess` there reads the final speaker).
 */
function fateOf(text: string, sp: RawSpan, a: Attribution, use: QuoteUse): 'drop' | 'mute' | 'speaker' {
  const hasCue = a.cue !== null && a.how !== 'none';
  if (use === 'nickname' || use === 'label') return 'drop';
  if (use === 'title' && (!hasCue || POSSESSIVE_BEFORE.test(text.slice(Math.max(0, sp.open - 4), sp.open)))) return 'drop';
  // names, and a title before a dash that goes on with the sentence (`the equivalent of "LLC"—Smart Projects was …`), are kept unattributed
  if ((use === 'modifier' && !hasCue) || use === 'named' || (use === 'title' && a.cue === '\u2015')) return 'mute';
  // a headline's cue-less "speaker" is its own subject (`Council scraps "bin tax"`); a pronoun
  // there means the line goes on with the story (a list item)
  if (use === 'headline' && !hasCue && a.resolved?.method !== 'pronoun') return 'mute';
  return 'speaker';
}

/**
 * The quotes of an analysis with the ranker's speakers (scare quotes and titles dropped or
 * muted); `uses` are the spans' classifyUse, when the caller has them.
 */
export function finishQuotes(an: Analysis, ranked: (Ranked | null)[], uses: QuoteUse[] = usesOf(an)): DetectedQuote[] {
  const { env: { text }, paras, spans, attrs } = an;
  const out: DetectedQuote[] = [];
  // a text's quotes show the same few dozen names: each is repaired once
  const repaired = new Map<string, string>();
  const shown = (name: string): string => {
    let r = repaired.get(name);
    if (r === undefined) repaired.set(name, (r = repairMojibake(name)));
    return r;
  };
  spans.forEach((sp, i) => {
    let a = calibrated(withRanked(attrs[i], ranked[i]));
    const fate = fateOf(text, sp, a, uses[i]);
    if (fate === 'drop') return;
    if (fate === 'mute' || isSpeakerGuess(text, sp, a)) a = { ...a, resolved: null, confidence: SCARE_QUOTE_CONFIDENCE };
    const ev = evidenceOf(a);
    out.push({
      start: sp.start,
      end: sp.end,
      text: text.slice(sp.start, sp.end),
      kind: kindOf(text, sp, paras),
      speaker: a.resolved?.speaker != null ? shown(a.resolved.speaker) : null,
      confidence: Math.round(a.confidence * 100) / 100,
      cue: a.cue,
      evidence: { cue: ev.cue, mention: ev.mention, method: ev.method, named: !!a.resolved?.entity, others: nearbyNames(an.env.idx, sp.open, sp.after).map(shown) },
      context: a.context,
    });
  });
  return out.sort((x, y) => x.start - y.start);
}
