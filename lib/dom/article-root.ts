import { isChrome } from './chrome-filter';

/**
 * Finds the element holding the story. Semantic markup first (articleBody, <article>, <main>),
 * checked against where the paragraph text actually is; otherwise the container that holds the
 * most paragraph text, readability-style.
 */

/** A semantic container must hold at least this share of the page's paragraph text to be trusted. */
const SEMANTIC_MIN_SHARE = 0.5;
/** Paragraphs shorter than this are usually labels, buttons or teasers, not story text. */
const MIN_PARAGRAPH_CHARS = 25;
/** Grandparents get this share of a paragraph's weight, so a body split into sections still wins. */
const GRANDPARENT_WEIGHT = 0.5;
/** Stop scoring after this many paragraphs: bounds the work on enormous pages. */
const MAX_PARAGRAPHS = 20_000;

function insideChrome(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isChrome(e)) return true;
  return false;
}

/** Paragraphs weighed between two yields of findArticleRootSteps. */
const STEP = 256;

function* paragraphWeights(body: Element): Generator<void, Map<Element, number>> {
  const weights = new Map<Element, number>();
  const paragraphs = body.querySelectorAll('p, pre, blockquote, li');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    const p = paragraphs[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH_CHARS || insideChrome(p, body)) continue;
    weights.set(p, len);
  }
  return weights;
}

/** Runs a step generator to its end in one go. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function* textWithin(el: Element, weights: Map<Element, number>): Generator<void, number> {
  let sum = 0;
  let i = 0;
  for (const [p, w] of weights) {
    if (++i % STEP === 0) yield;
    if (el.contains(p)) sum += w;
  }
  return sum;
}

export function findArticleRoot(doc: Document): Element {
  return runSteps(findArticleRootSteps(doc));
}

/** findArticleRoot in steps: yields every few hundred paragraphs, so a caller can slice it. */
export function* findArticleRootSteps(doc: Document): Generator<void, Element> {
  const body = doc.body ?? doc.documentElement;
  const weights = yield* paragraphWeights(body);
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total === 0) return body;

  const semantic = [
    ...body.querySelectorAll('[itemprop="articleBody"]'),
    ...body.querySelectorAll('article'),
    ...body.querySelectorAll('main, [role="main"]'),
  ];
  for (const el of semantic) {
    yield;
    if (insideChrome(el, body)) continue;
    if ((yield* textWithin(el, weights)) >= total * SEMANTIC_MIN_SHARE) return el;
  }

  const scores = new Map<Element, number>();
  let i = 0;
  for (const [p, w] of weights) {
    if (++i % STEP === 0) yield;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + w);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + w * GRANDPARENT_WEIGHT);
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}
