/**
 * The learned step of attribution: the rules propose (their answer is one candidate and a set
 * of features), the mention ranker chooses among every candidate near the quote, and the
 * winner's probability, calibrated, is the attribution's confidence.
 */
import type { Range } from '../../text/paragraphs';
import type { Entity } from '../mentions';
import type { ResolveEnv } from '../resolve';
import type { Attribution } from '../routes';
import type { RawSpan } from '../spans';
import { rulesProbability } from '../calibration';
import { isSpeakerGuess } from '../scare-quotes';
import { candidatesFor, rankContext, type Candidate, type RankContext } from './candidates';
import { calibrated, checkModel, forestOf, overrideProbability, overrides, pickBestRows, type RankerModel } from './model';
import trained from './ranker-weights.json';

export type { Candidate, Features } from './candidates';
export type { RankerModel } from './model';

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const FIRST_PERSON_SUBJECT = /(?:^|[^\p{L}])(?:I|we|We)(?:[^\p{L}'’]|$)/u;

/** The shipped model, or null when its file is malformed: then the rules answer alone. */
export const RANKER: RankerModel | null = loadRanker(trained);

export function loadRanker(json: unknown): RankerModel | null {
  try {
    return checkModel(json);
  } catch (e) {
    console.error(`QuoteTrace: ${(e as Error).message}; speakers come from the rules alone`);
    return null;
  }
}

/**
 * When the rules found no speaker, the ranker's guess is reported only if it is more likely
 * right than wrong: a fragment nobody is said to have said must not read as someone's words.
 */
const UNCUED_MIN_CONFIDENCE = 0.5;

export interface Ranked {
  speaker: string;
  entity: Entity | null;
  mention: string | null;
  /** Calibrated probability that the speaker is right. */
  confidence: number;
  /** The rules gave the same answer. */
  agreesWithRules: boolean;
}

/** Every span's candidates, in span order (for training and for ranking). */
export function candidateSets(env: ResolveEnv, paras: Range[], spans: RawSpan[], attrs: Attribution[]): Candidate[][] {
  const ctx = rankContext(env, paras);
  return spans.map((_, i) => candidatesFor(ctx, spans, attrs, i));
}

/** The model's choice among one quote's candidates, or null when there are none or the rules' answer stands. */
export function rankOne(cands: Candidate[], model: RankerModel): Ranked | null {
  const best = pickBestRows(model.weights, cands.map((c) => c.row), forestOf(model));
  if (!best || !overrides(model, best)) return null;
  const c = cands[best.index];
  const confidence = best.pRule === null ? calibrated(model, best.p) : overrideProbability(model, best.p);
  if (best.pRule === null && confidence < UNCUED_MIN_CONFIDENCE) return null;
  return { speaker: c.speaker, entity: c.entity, mention: c.mention, confidence, agreesWithRules: best.isRule };
}

/** Characters of a quote's own sentence read for a first-person lead-in. */
const LEAD_IN_CHARS = 160;

/**
 * The quote's sentence so far has a first-person subject (`I asked her aide, "…"`): the rules
 * credit a narrator only when the text says who that is, so the ranker must not guess someone else.
 */
function narratorLeadIn(text: string, open: number): boolean {
  const lead = text.slice(Math.max(0, open - LEAD_IN_CHARS), open);
  const clause = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'), lead.lastIndexOf('? '), lead.lastIndexOf('! ')) + 1);
  return FIRST_PERSON_SUBJECT.test(clause);
}

/**
 * Whether the ranker is asked about a quote: a model that never overrides the rules speaks only
 * where they found no speaker phrase at all; and a phrase that names nobody (`I` with no known
 * author) is a deliberate "unknown".
 */
export function rankable(text: string, sp: RawSpan, a: Attribution, model: RankerModel): boolean {
  // a cue-less one-word guess on a short fragment is dropped as a scare quote's: the ranker must
  // not turn it into someone's words either
  if (a.resolved) return (model.overrideMargin ?? 0) <= 1 && (model.overrideBelow === undefined || rulesProbability(a) < model.overrideBelow) && !isSpeakerGuess(text, sp, a);
  return !narratorLeadIn(text, sp.open);
}

/** `wanted[i]` false: span i is not ranked (its answer would not be shown); absent: every span is. */
export function rankSpeakers(env: ResolveEnv, paras: Range[], spans: RawSpan[], attrs: Attribution[], model: RankerModel | null = RANKER, wanted?: boolean[]): (Ranked | null)[] {
  if (!model) return spans.map(() => null);
  // built on first need (its sentence ends are a pass over the whole text): often no quote needs it
  let ctx: RankContext | null = null;
  return spans.map((sp, i) => ((wanted?.[i] ?? true) && rankable(env.text, sp, attrs[i], model) ? rankOne(candidatesFor(ctx ??= rankContext(env, paras), spans, attrs, i), model) : null));
}
