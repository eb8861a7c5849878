import type { ContentScriptContext } from './quiet-context';
import { type Article, findArticleSteps } from '../../lib/dom/article-root';
import { findMarks, liftMark, unwrapMark, unwrapMarksIn } from '../../lib/dom/highlight';
import { listUnits, unitOf } from '../../lib/dom/scan-units';
import { DEFAULT_WINDOW_SIZE, detectWindow, planWindowsLazily, windowSizeFor } from '../../lib/dom/scan-windows';
import { buildTextMap } from '../../lib/dom/text-map';
import { splitLongUnits } from '../../lib/dom/unit-pieces';
import { MAX_QUOTES_PER_MESSAGE } from '../../lib/protocol/validate';
import type { QuoteCandidate } from '../../lib/protocol/messages';
import { makeQuoteIds } from '../../lib/results/quote-id';
import { isShown } from '../../lib/results/shown';
import type { DetectedQuote, MatchResult, MatchStatus } from '../../lib/types';
import { piecesOf, renameQuote, restatusQuote, toCandidate, UNMATCHED, unwrapQuote, wrapQuote, type FoundQuote, type UnitState } from './found-quote';
import { createSlicer } from './idle';
import { createPageWatch } from './page-watch';
import { collectUnits, type PageUnits } from './page-units';

/** The first window's size: detection runs slowly until the engine has optimised it. */
const FIRST_WINDOW_CHARS = 2_500;
/** What one detection call may take: the next window is sized by the rate learned on this page. */
const DETECT_BUDGET_MS = 25;
/** A short text that runs every part of detection once (quote, cue verb, name, pronoun). */
const WARM_UP_TEXT = 'Ann Lee spoke on Monday.\n\n"We will see," said Ann Lee, the mayor. She added: "Not today."';

export interface ScannerDeps {
  detect: (text: string) => DetectedQuote[];
  /** Matches candidates in the background; null when it could not answer. */
  match: (candidates: QuoteCandidate[]) => Promise<{ matches: MatchResult[]; pageStatuses: MatchStatus[] } | null>;
  /** A document or shadow root now holds marks: it needs our style. */
  onMarkedRoot: (root: Document | ShadowRoot) => void;
  /** A same-origin frame document is being scanned (hover card listeners go there). */
  onFrame: (doc: Document) => void;
  /** Something changed that is worth a pass (debounced by the caller). */
  onChange: () => void;
}

/**
 * The incremental scanner. A pass lists the article's units, re-reads only units that are new or
 * were changed by the page since the last pass, detects in windows around them, matches the whole
 * page's quotes in the background (one message, so per-tab results stay whole), then wraps the new
 * quotes last-first. Every step runs in idle-time slices; page changes seen between slices mark
 * units dirty, and work on a dirty unit is dropped for the next pass.
 */
export function createPageScanner(ctx: ContentScriptContext, doc: Document, deps: ScannerDeps) {
  const states = new Map<Element, UnitState>();
  const dirty = new Set<Element>();
  let page: PageUnits = { units: [], groups: [], roots: new Set(), unitSet: new Set(), frameDocs: () => [] };
  let topArticle: Article | null = null;
  let rootStale = true;
  let all: FoundQuote[] = [];
  /** The marks we made, to their quote: the page can copy a mark or rewrite its id, not this. */
  const ownMarks = new WeakMap<Element, FoundQuote>();
  /**
   * Marks in units being read again stay until the new marks go in, in the same task, so a
   * re-read (the page changed a unit, an update's new instance took over) does not blink the
   * quotes unmarked while the background answers. Our own quotes' marks wait in `retiring`; other
   * marks (a former instance's, copies the page made) in `leaving`, with the unit they are in.
   */
  let retiring: FoundQuote[] = [];
  let leaving = new Map<Element, Element | null>();
  let warmed = false;
  let rematch = false;
  /** Detection cost estimate, ms per character (learned per page). */
  let msPerChar = 0.001;

  const note = (records: MutationRecord[]): boolean => {
    let relevant = false;
    for (const r of records) {
      const hit = unitOf(r.target, page.unitSet, page.roots);
      if (hit === 'root') relevant = true;
      else if (hit) {
        dirty.add(hit);
        relevant = true;
      } else if ([...r.addedNodes].some((n) => n.nodeType === 1) || r.target === doc.body) {
        // Elements added outside the article: maybe the article moved or more stories arrived.
        rootStale = true;
        relevant = true;
      }
    }
    return relevant;
  };
  const watch = createPageWatch((records) => {
    if (ctx.isInvalid) return;
    if (note(records)) deps.onChange();
  });
  /** Our own DOM writes queue records too: drop them right after writing (same task). */
  const discard = () => void watch.take();
  const slicer = createSlicer(ctx, doc.defaultView ?? window, () => {
    if (note(watch.take())) deps.onChange();
  });
  const stateOf = (el: Element) => states.get(el);
  const drive = async <T,>(steps: Generator<void, T>): Promise<T> => {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await slicer.check();
    }
  };

  /** Marks under root that belong to no quote we hold wait in `leaving` for the wrap step. */
  function keepMarksFor(root: ParentNode, unit: Element | null) {
    for (const m of findMarks(root)) {
      const q = ownMarks.get(m);
      if (q && q.marks.includes(m as HTMLElement)) continue;
      if (!leaving.has(m)) leaving.set(m, unit);
    }
  }

  /**
   * Takes the waiting marks away. Our own rejoin the text nodes they split, so the units they were
   * in are read again; a unit whose text differs now was changed by the page: it waits for the next pass.
   */
  function retireMarks() {
    const touched = new Set<Element>();
    for (const q of retiring) {
      for (const u of q.units) touched.add(u);
      unwrapQuote(q);
    }
    for (const [m, unit] of leaving) {
      if (ownMarks.has(m)) {
        unwrapMark(m);
        if (unit) touched.add(unit);
      } else liftMark(m);
    }
    retiring = [];
    leaving.clear();
    discard();
    for (const u of touched) {
      const st = states.get(u);
      if (!st || dirty.has(u)) continue;
      const again = buildTextMap(u);
      if (again.text === st.map.text) st.map = again;
      else {
        dirty.add(u);
        deps.onChange();
      }
    }
  }

  /**
   * Forgets the page. Its marks go now (site turned off, unload), or, for a pass that reads the
   * page afresh, wait with the rest for that pass's new marks.
   */
  function forgetAll(keepMarks = false) {
    if (keepMarks) {
      retiring.push(...all);
      for (const d of [doc, ...page.frameDocs()]) keepMarksFor(d, null);
    } else {
      for (const q of [...all, ...retiring]) unwrapQuote(q);
      for (const d of [doc, ...page.frameDocs()]) unwrapMarksIn(d);
      retiring = [];
      leaving.clear();
    }
    discard();
    // Stop watching shadow roots and frames of the old page; the next pass watches what it finds.
    watch.disconnect();
    states.clear();
    dirty.clear();
    all = [];
    topArticle = null;
    rootStale = true;
  }

  async function pass(full: boolean): Promise<FoundQuote[]> {
    await slicer.begin();
    if (full) forgetAll(true);
    if (rootStale || !topArticle?.root.isConnected) {
      topArticle = await drive(findArticleSteps(doc));
      rootStale = topArticle.root === doc.body;
    }
    await slicer.check();
    page = await collectUnits(ctx, doc, topArticle, drive, { watch: watch.watch, onFrame: deps.onFrame, onFrameLoad: () => ((rootStale = true), deps.onChange()) });
    await slicer.check();

    // Units gone from the page (or no longer units): their quotes go with them.
    let changed = false;
    for (const [el, st] of states) {
      if (page.unitSet.has(el)) continue;
      for (const q of st.quotes) if (el.isConnected) unwrapQuote(q);
      states.delete(el);
      changed = true;
    }
    discard();
    const targets = new Set(page.units.filter((u) => !states.has(u) || dirty.has(u)));
    for (const q of all) if (q.units.length > 1 && q.units.some((u) => targets.has(u))) targets.add(q.units[0]);
    dirty.clear();

    for (const u of targets) {
      retiring.push(...(states.get(u)?.quotes ?? []));
      keepMarksFor(u, u);
      states.set(u, { map: buildTextMap(u), quotes: [] });
      await slicer.check();
    }

    let firstWindow = !warmed;
    if (!warmed) {
      // The first detection calls pay for compiling the detector: a slice of its own, then a
      // small first window.
      warmed = true;
      deps.detect(WARM_UP_TEXT);
      await slicer.check();
    }
    // Long units (a story container with loose text) are detected in pieces cut at their breaks.
    const pieces = splitLongUnits(page.units.map((u) => states.get(u)?.map.text ?? ''));
    const texts = pieces.texts;
    const pieceUnit = pieces.unit;
    // Windows are sized one at a time: on a slow machine or page each is small enough that its
    // detection call stays well under a long task (50 ms).
    const sizeOf = () => {
      if (!firstWindow) return windowSizeFor(msPerChar, DETECT_BUDGET_MS);
      firstWindow = false;
      return { ...DEFAULT_WINDOW_SIZE, span: FIRST_WINDOW_CHARS };
    };
    const pieceTargets = pieceUnit.map((u) => targets.has(page.units[u]));
    const pieceGroups = pieceUnit.map((u) => page.groups[u]);
    for (const plan of planWindowsLazily(texts.map((t) => t.length), pieceTargets, pieceGroups, sizeOf)) {
      const chars = [...plan.context, ...plan.span].reduce((n, u) => n + texts[u].length, 0);
      await slicer.check(chars * msPerChar);
      const t0 = performance.now();
      for (const f of detectWindow(texts, plan, deps.detect)) {
        // Piece offsets back to unit offsets.
        const covered = page.units.slice(pieceUnit[f.unit], pieceUnit[f.endUnit] + 1);
        if (!covered.every((u) => targets.has(u))) continue;
        const start = pieces.from[f.unit] + f.start;
        const endOffset = pieces.from[f.endUnit] + f.endOffset;
        const q: FoundQuote = { id: '', detected: f.quote, units: covered, start, endOffset, match: null, pageStatus: 'unmatched', marks: [] };
        states.get(covered[0])!.quotes.push(q);
      }
      // Learn how fast detection runs here, so the next window starts in a fresh slice when it
      // would not fit in this one.
      if (chars > 1_000) msPerChar = 0.7 * msPerChar + (0.3 * (performance.now() - t0)) / chars;
    }

    all = page.units.flatMap((u) => states.get(u)?.quotes ?? []);
    const ids = makeQuoteIds(all.map((q) => q.detected.text));
    all.forEach((q, i) => {
      if (q.id !== ids[i]) {
        renameQuote(q, ids[i]);
        changed = true;
      }
    });
    if (targets.size > 0 || rematch) changed = true;
    rematch = false;
    if (!changed) {
      retireMarks();
      slicer.end();
      return shownQuotes();
    }

    slicer.end();
    const sent = all.slice(0, MAX_QUOTES_PER_MESSAGE);
    const reply = await deps.match(sent.map(toCandidate));
    if (ctx.isInvalid) return [];
    await slicer.begin();
    for (let i = 0; i < all.length; i++) {
      const q = all[i];
      const known = i < sent.length && reply ? i : -1;
      restatusQuote(q, (known >= 0 ? reply!.matches[known] : null) ?? UNMATCHED, (known >= 0 ? reply!.pageStatuses[known] : null) ?? 'unmatched');
      if (q.marks.length > 0 && !isShown(toCandidateWithMatch(q))) unwrapQuote(q);
      discard();
      if (i % 256 === 255) await slicer.check();
    }

    retireMarks();
    // Wrap new quotes last-first: offsets of earlier quotes in the same text nodes stay valid.
    const order = new Map(page.units.map((u, i) => [u, i]));
    const pending = all
      .filter((q) => q.marks.length === 0 && isShown(toCandidateWithMatch(q)))
      .sort((a, b) => order.get(b.units[0])! - order.get(a.units[0])! || b.start - a.start);
    for (const q of pending) {
      await slicer.check();
      if (q.units.some((u) => dirty.has(u) || !states.has(u))) continue;
      const pieces = piecesOf(q, stateOf);
      if (pieces && wrapQuote(q, pieces)) {
        for (const m of q.marks) ownMarks.set(m, q);
        deps.onMarkedRoot(q.marks[0].getRootNode() as Document | ShadowRoot);
      }
      else if (!targets.has(q.units[0])) {
        // A quote newly shown (after a re-match) in a unit read in an earlier pass: that unit's
        // map predates the marks made since. Read the unit again on the next pass.
        for (const u of q.units) dirty.add(u);
        deps.onChange();
      }
      discard();
    }
    slicer.end();
    return shownQuotes();
  }

  // Whether a quote is marked may only depend on what the page could know itself: its own text and
  // the public database. Marking a quote because a private import knows it would tell the page so.
  const toCandidateWithMatch = (q: FoundQuote) => ({ speaker: q.detected.speaker, match: { status: q.pageStatus } });
  const shownQuotes = () => all.filter((q) => q.marks.length > 0 && q.marks[0].isConnected);

  return {
    pass,
    /** The next pass asks the background again even if the page did not change (settings did). */
    requestRematch: () => void (rematch = true),
    /** Takes every mark away and forgets the page (site turned off, route change, unload). */
    clear: forgetAll,
    stop() {
      forgetAll();
      watch.disconnect();
    },
    /** The quote id of a mark we made and still hold (undefined for anything the page made). */
    idOfMark: (el: Element) => {
      const q = ownMarks.get(el);
      return q && q.marks.includes(el as HTMLElement) ? q.id : undefined;
    },
    /** Each shown quote's id with the status the page may see, for the marks' style. */
    pageStatuses: () => shownQuotes().map((q) => ({ id: q.id, status: q.pageStatus })),
    /** The page's marks for a quote id, wherever they are (shadow roots and frames included). */
    marksOf: (id: string) => all.find((q) => q.id === id)?.marks.filter((m) => m.isConnected) ?? [],
    /** Every document and shadow root scanned: for cleanup of our styles. */
    roots: () => [doc, ...page.frameDocs()],
    stats: slicer.stats,
    /** Marks found in the documents that belong to no quote we know (a duplication check). */
    strayMarks: () => [doc, ...page.frameDocs()].flatMap((d) => findMarks(d)).filter((m) => !all.some((q) => q.marks.includes(m))),
  };
}

export type PageScanner = ReturnType<typeof createPageScanner>;
