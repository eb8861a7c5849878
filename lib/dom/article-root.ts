import { classWeight, isFurniture, isStructuralChrome, namesStream } from './chrome-filter';
import { type BlockStats, HEADING_INSIDE, linkDensity, MEDIA_INSIDE, measureBlocks, within } from './block-stats';

/**
 * Finds the story: Mozilla Readability's content scoring, run over the live DOM without cloning
 * or changing it, in steps a caller can slice. Paragraphs score by length and commas and give
 * their score to their ancestors; a container's score is cut by its link density and nudged
 * (never decided) by its class words and schema.org articleBody. The best container grows to
 * take in sibling blocks that continue the story (split sections, "read more" parts); blocks
 * inside it that are link lists, other stories or comment streams are left out.
 */

export interface Article {
  root: Element;
  /** True for an element inside root that is not part of the story (with everything inside it). */
  skip: (el: Element) => boolean;
}

/** Paragraphs shorter than this are labels, buttons or teasers, not story text (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** Ancestor levels a paragraph's score reaches, and how much each level gets. */
const ANCESTOR_LEVELS = 5;
const levelDivider = (level: number) => (level === 0 ? 1 : level === 1 ? 2 : level * 3);
/** Candidates within this share of the best one that sit together mean the story is their ancestor. */
const ALTERNATIVE_SHARE = 0.75;
const MIN_ALTERNATIVES = 3;
/** A sibling joins the story when it scores this share of the best container (Readability: 0.2). */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** Above this link density a block inside the story is a list of links (Readability: 0.2 / 0.5). */
const LINK_DENSE = 0.2;
const LINK_LIST = 0.5;
/** Blocks with this many commas are prose, whatever their links (Readability: 10). */
const PROSE_COMMAS = 10;

/** Containers whose links and commas are weighed to leave them out (Readability's conditional clean). */
const CLEANABLE_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'DL', 'TABLE', 'FIELDSET', 'FORM']);
/**
 * A stream of other content (a photo gallery, a column of story cards): at least this many
 * like children, most holding a heading or a picture, each short. Story sections with
 * sub-headings are long, so they are not streams.
 */
const STREAM_MIN_ITEMS = 4;
const STREAM_ITEM_SHARE = 0.75;
const STREAM_ITEM_MAX_CHARS = 400;
/** A story scores at least this much once streams are left out; less, and the stream is the story (a live blog). */
const MIN_STORY_SCORE = 20;
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'LI', 'DD', 'BLOCKQUOTE']);
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'FONT', 'CENTER']);
const ARTICLE_TYPES = /(?:^|\/)(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|OpinionNewsArticle|AnalysisNewsArticle)$/;

function tagWeight(tag: string): number {
  switch (tag) {
    case 'DIV': case 'ARTICLE': case 'MAIN': return 5;
    case 'PRE': case 'TD': case 'BLOCKQUOTE': return 3;
    case 'ADDRESS': case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM': return -3;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH': return -5;
    default: return 0;
  }
}

/** A separate story: its own <article> or schema.org Article item. */
function isStoryItem(el: Element): boolean {
  if (el.tagName === 'ARTICLE') return true;
  const type = el.getAttribute('itemtype');
  return !!type && ARTICLE_TYPES.test(type.trim());
}

const STEP = 512;

interface Scored {
  stats: BlockStats;
  /** Content score per element index (only ancestors of paragraphs have one). */
  score: Map<number, number>;
  /** Inside page furniture by tag or role (navigation, footers, asides): not scored. */
  furniture: Uint8Array;
}

/** Elements whose children are a stream of short cards (see STREAM_MIN_ITEMS). */
function* findStreams(stats: BlockStats): Generator<void, Set<number>> {
  const streams = new Set<number>();
  for (let i = 0; i < stats.els.length; i++) {
    if (i % STEP === 0) yield;
    const kids = stats.els[i].children;
    if (kids.length < STREAM_MIN_ITEMS || stats.text[i] === 0) continue;
    let items = 0;
    let cards = 0;
    let chars = 0;
    for (const k of kids) {
      const j = stats.index.get(k);
      if (j === undefined || stats.text[j] === 0) continue;
      items++;
      chars += stats.text[j];
      if (stats.inside[j] & (HEADING_INSIDE | MEDIA_INSIDE) && !HEADING.test(k.tagName)) cards++;
    }
    if (items >= STREAM_MIN_ITEMS && cards >= items * STREAM_ITEM_SHARE && chars / items <= STREAM_ITEM_MAX_CHARS) streams.add(i);
  }
  return streams;
}

const HEADING = /^H[1-6]$/i;

function* scoreBlocks(stats: BlockStats, streams: ReadonlySet<number>): Generator<void, Scored> {
  const n = stats.els.length;
  const furniture = new Uint8Array(n);
  const score = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (i % STEP === 0) yield;
    const el = stats.els[i];
    const p = stats.parent[i];
    furniture[i] = (p >= 0 && furniture[p]) || isFurniture(el) || streams.has(i) ? 1 : 0;
    if (furniture[i]) continue;
    const tag = el.tagName.toUpperCase();
    const len = stats.text[i];
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const paragraph = PARAGRAPH_TAGS.has(tag) ? !stats.hasBlockChild[i] || tag === 'P' || tag === 'PRE'
      : CONTAINER_TAGS.has(tag) && !stats.hasBlockChild[i];
    if (!paragraph || linkDensity(stats, i) > LINK_LIST) continue;
    // Paragraphs inside a paragraph (a <p> in a <td>) count once, at the innermost.
    if (p >= 0 && PARAGRAPH_TAGS.has(stats.els[p].tagName.toUpperCase()) && !stats.hasBlockChild[p]) continue;
    const points = 1 + stats.commas[i] + Math.min(Math.floor(len / 100), 3);
    for (let a = p, level = 0; a >= 0 && level < ANCESTOR_LEVELS; a = stats.parent[a], level++) {
      if (!score.has(a)) score.set(a, tagWeight(stats.els[a].tagName.toUpperCase()) + classWeight(stats.els[a]));
      score.set(a, score.get(a)! + points / levelDivider(level));
    }
  }
  // Readability: a container's score is cut by the share of its text that is links.
  for (const [i, s] of score) score.set(i, s * (1 - linkDensity(stats, i)));
  return { stats, score, furniture };
}

/** The best-scoring container (best) and the story's container grown from it (top); -1 when none. */
function pickTop({ stats, score }: Scored): { best: number; top: number } {
  const ranked = [...score.entries()].filter(([i]) => i > 0).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return { best: -1, top: -1 };
  let [top, topScore] = ranked[0];
  // Several near-best candidates under one ancestor: the story is that ancestor.
  const alternatives = ranked.slice(1, 5).filter(([, s]) => s >= topScore * ALTERNATIVE_SHARE).map(([i]) => i);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let a = stats.parent[top]; a > 0; a = stats.parent[a]) {
      if (alternatives.filter((c) => within(stats, c, a)).length >= MIN_ALTERNATIVES) {
        top = a;
        break;
      }
    }
  }
  // Climb while a parent scores higher: the story's text spreads over its children.
  let last = score.get(top) ?? topScore;
  const floor = last / 3;
  for (let a = stats.parent[top]; a > 0; a = stats.parent[a]) {
    const s = score.get(a);
    if (s === undefined) continue;
    if (s < floor) break;
    if (s > last) {
      top = a;
      break;
    }
    last = s;
  }
  // schema.org articleBody marks the whole story body: a candidate inside it grows to it.
  for (let a = top; a > 0; a = stats.parent[a]) {
    if (stats.els[a].getAttribute('itemprop') === 'articleBody') {
      top = a;
      break;
    }
  }
  // A wrapper holding nothing but the story is the same story.
  for (let a = stats.parent[top]; a > 0 && stats.els[a].children.length === 1; a = stats.parent[a]) top = a;
  return { best: ranked[0][0], top };
}

/** Siblings of the best container that carry on the story: Readability's sibling pass. */
function joinSiblings({ stats, score }: Scored, top: number): { root: number; left: Set<Element> } {
  const topEl = stats.els[top];
  const parent = stats.parent[top];
  const left = new Set<Element>();
  if (parent < 0) return { root: top, left };
  const topScore = score.get(top) ?? 0;
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
  const topClass = topEl.getAttribute('class') ?? '';
  const headline = topEl.ownerDocument.querySelector('h1');
  let joined = 0;
  for (const sib of stats.els[parent].children) {
    if (sib === topEl) continue;
    const i = stats.index.get(sib);
    let keep = false;
    // A block with a headline of its own is another story, unless it holds the page's headline:
    // then it is this story's header, with the lede that may sit in it.
    const h1 = sib.querySelector('h1');
    if (i !== undefined && !isStructuralChrome(sib) && !isStoryItem(sib) && (!h1 || h1 === headline)) {
      const bonus = topClass && sib.getAttribute('class') === topClass ? topScore * SIBLING_SHARE : 0;
      const s = score.get(i);
      const ld = linkDensity(stats, i);
      const len = stats.text[i];
      if (s !== undefined && s + bonus >= threshold) keep = true;
      else if (sib.tagName === 'P' && ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(sib.textContent ?? '')))) keep = true;
    }
    if (keep) joined++;
    else left.add(sib);
  }
  return joined > 0 ? { root: parent, left } : { root: top, left: new Set() };
}

/** Share of the root's text a story item must hold to be the story itself, not another one. */
const MAIN_ITEM_SHARE = 0.5;

/**
 * The story's own <article> (or Article item) inside root: the outermost item holding most of
 * root's text. A root scored above its article (a content-named wrapper) must not leave its
 * own story out as "another story". -1 when there is none.
 */
function mainStoryItem(stats: BlockStats, root: number): number {
  for (let i = root + 1; i < stats.end[root]; i++) {
    if (!isStoryItem(stats.els[i])) continue;
    if (stats.text[i] >= stats.text[root] * MAIN_ITEM_SHARE) return i;
    i = stats.end[i] - 1; // items nested in a smaller item are not the story either
  }
  return -1;
}

/** Blocks inside the story that are not the story: link lists, other stories, comment streams. */
function* leaveOut(sc: Scored, root: number, best: number, left: Set<Element>, streams: ReadonlySet<number>): Generator<void, Set<Element>> {
  const { stats, score } = sc;
  const topScore = score.get(best) ?? 0;
  const main = mainStoryItem(stats, root);
  for (let i = root + 1; i < stats.end[root]; i++) {
    if (i % STEP === 0) yield;
    const el = stats.els[i];
    if (left.has(el) || isStructuralChrome(el)) {
      left.add(el);
      i = stats.end[i] - 1;
      continue;
    }
    if (within(stats, best, i) || i === main) continue; // the story's own ancestors and item stay
    const tag = el.tagName.toUpperCase();
    const s = score.get(i) ?? 0;
    const weight = classWeight(el);
    const ld = linkDensity(stats, i);
    const list = tag === 'UL' || tag === 'OL';
    let out = false;
    if (isStoryItem(el) || streams.has(i)) out = true; // other stories (the story's own item is its ancestor)
    else if (namesStream(el) && s + weight < topScore * 0.5) out = true;
    else if (weight < 0 && s + weight < 0) out = true;
    else if (CLEANABLE_TAGS.has(tag) && stats.commas[i] < PROSE_COMMAS) {
      if (list) out = ld > LINK_LIST;
      else out = weight < 25 ? ld > LINK_DENSE && stats.text[i] > 0 : ld > LINK_LIST;
    }
    if (out) {
      left.add(el);
      i = stats.end[i] - 1;
    }
  }
  return left;
}

/** A post's time stamp: a <time> element, or a clock time opening the post ("06:10", "6.10pm"). */
const CLOCK = /^\s*\d{1,2}[:.]\d{2}\b/;
/** Most items of a live blog carry the time they were posted; gallery captions and cards do not. */
function isTimedFeed(el: Element): boolean {
  const items = [...el.children];
  const timed = items.filter((k) => k.querySelector('time') || CLOCK.test(k.textContent ?? '')).length;
  return timed >= items.length * STREAM_ITEM_SHARE;
}

export function* findArticleSteps(doc: Document): Generator<void, Article> {
  const body = doc.body ?? doc.documentElement;
  const stats = yield* measureBlocks(body);
  let streams = yield* findStreams(stats);
  let scored = yield* scoreBlocks(stats, streams);
  let { best, top } = pickTop(scored);
  // A stream inside the story's container that holds more of its prose than the rest, with few
  // links, is the story itself (a live blog's posts, each under its own heading), not a column
  // of other stories (whose cards link to them).
  const prose = (i: number) => stats.text[i] * (1 - linkDensity(stats, i));
  const inTop = top < 0 ? [] : [...streams].filter((i) => within(stats, i, top));
  const rest = top < 0 ? 0 : inTop.reduce((sum, i) => sum - prose(i), prose(top));
  const posts = new Set(inTop.filter((i) => prose(i) > rest && linkDensity(stats, i) <= LINK_DENSE && isTimedFeed(stats.els[i])));
  if (streams.size > 0 && (best < 0 || (scored.score.get(best) ?? 0) < MIN_STORY_SCORE || posts.size > 0)) {
    streams = posts.size > 0 && best >= 0 && (scored.score.get(best) ?? 0) >= MIN_STORY_SCORE ? new Set([...streams].filter((i) => !posts.has(i))) : new Set();
    scored = yield* scoreBlocks(stats, streams);
    ({ best, top } = pickTop(scored));
  }
  if (top < 0) return { root: body, skip: isStructuralChrome };
  const { root, left } = joinSiblings(scored, top);
  const out = yield* leaveOut(scored, root, best, left, streams);
  return { root: stats.els[root], skip: (el) => out.has(el) || isStructuralChrome(el) };
}

/** Runs a step generator to its end in one go. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export function findArticle(doc: Document): Article {
  return runSteps(findArticleSteps(doc));
}

/** The story's container alone (its skip rule is findArticle's). */
export function findArticleRoot(doc: Document): Element {
  return findArticle(doc).root;
}
