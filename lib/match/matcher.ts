/**
 * The matcher: retrieve candidates from the prebuilt index, align the quote with each record
 * unit, classify the text, then compare speakers. A wrong match is worse than none.
 */
import type { MatchQuery, MatchResult, Statement } from '../types';
import { buildPack, loadPack, type LoadedPack } from '../db/pack';
import { align } from './align';
import { queryKeys, retrieve } from './retrieve';
import { classify, containsUnit, THRESHOLDS, type Strictness, type TextVerdict } from './score';
import { StatementSearch, type SearchHit, type SearchOptions } from './search';
import { contentOf, findReworded, rewordedEligible, SpeakerRecords, type StemSource } from './reworded';
import { speakerMatches } from './speakers';
import { asTranslation } from './translated';
import { asReadout, isQuotation } from './readout';
import { tokenizeQuery } from './tokens';
import { unitsOf } from './units';
import { MISATTRIBUTED_MIN_CONFIDENCE } from '../detect/calibration';

/** Longest quote aligned, in words; longer page quotes are cut to their first words. */
const MAX_QUERY_WORDS = 200;
/** Score of a verified match when the page names nobody (the speaker could not be checked). */
const UNCHECKED_SPEAKER_FACTOR = 0.95;

interface Scored extends TextVerdict {
  statement: Statement;
  ops: ReturnType<typeof align>['ops'];
  speakerOk: boolean;
}

const UNMATCHED = (score = 0): MatchResult => ({ status: 'unmatched', statement: null, score: round(score) });

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export class Matcher {
  private searcher: StatementSearch | null = null;
  private readonly idMaps: (Map<string, number> | undefined)[] = [];
  /**
   * Each page speaker's reworded sources: one per pack from the pack's own stem index (written at
   * build time), and one built in memory over packs written before packs held it.
   */
  private bySpeaker: Map<string, Statement[]> | null = null;
  private readonly rewordedSources = new Map<string, StemSource[]>();

  private constructor(private readonly packs: LoadedPack[]) {}

  /** Bundled pack first, then user imports: a later pack's record replaces an earlier one with the same id. */
  static fromPacks(packs: LoadedPack[]): Matcher {
    return new Matcher(packs);
  }

  static fromStatements(statements: Statement[]): Matcher {
    return new Matcher([loadPack(buildPack(statements, { sources: ['in-memory'], name: 'in-memory' }))]);
  }

  get size(): number {
    return this.packs.reduce((n, p) => n + p.meta.count, 0);
  }

  /** Id -> record number of one pack, built on first need (ids are read without decoding records). */
  private idMap(p: number): Map<string, number> {
    let m = this.idMaps[p];
    if (!m) {
      const pack = this.packs[p];
      m = new Map();
      for (let i = 0; i < pack.meta.count; i++) m.set(pack.id(i), i);
      this.idMaps[p] = m;
    }
    return m;
  }

  /** A record, or null when a damaged pack cannot give it (one bad record must not stop matching). */
  private recordOrNull(pack: number, n: number): Statement | null {
    try {
      return this.packs[pack].record(n);
    } catch {
      return null;
    }
  }

  get(id: string): Statement | undefined {
    for (let p = this.packs.length - 1; p >= 0; p--) {
      const n = this.idMap(p).get(id);
      if (n !== undefined) return this.packs[p].record(n);
    }
    return undefined;
  }

  /** True when a later pack holds a record with this id (only later packs' ids are read). */
  private shadowed(pack: number, id: string): boolean {
    for (let p = pack + 1; p < this.packs.length; p++) if (this.idMap(p).has(id)) return true;
    return false;
  }

  match(q: MatchQuery, options: { strictness?: Strictness } = {}): MatchResult {
    const t = THRESHOLDS[options.strictness ?? 'balanced'];
    const tokens = tokenizeQuery(q.text ?? '').slice(0, MAX_QUERY_WORDS);
    const plainWords = tokens.filter((x) => !x.editorial).map((x) => x.w);
    const nq = plainWords.length;
    if (!nq) return UNMATCHED();
    const scored: Scored[] = [];
    let bestNone = 0;
    for (const c of retrieve(this.packs, queryKeys(tokens))) {
      if (c.tied && !q.speaker) break;
      const statement = this.recordOrNull(c.pack, c.n);
      if (!statement) continue;
      if (this.shadowed(c.pack, statement.id)) continue;
      const speakerOk = q.speaker ? speakerMatches(q.speaker, statement) : false;
      if (c.tied && !speakerOk) continue;
      let best: Scored | null = null;
      for (const unit of unitsOf(statement)) {
        const al = align(tokens, unit.tokens, unit.raw);
        let v = classify(al, nq, unit.tokens.length, t);
        // A page may quote more of the speech than the record holds: fine when it is the same speaker.
        if (v.cls !== 'exact' && speakerOk) v = containsUnit(plainWords, unit.tokens, t) ?? v;
        if (!best || rankWithin(v) > rankWithin(best)) best = { ...v, statement, ops: al.ops, speakerOk };
      }
      if (!best) continue;
      if (best.cls === 'none') { bestNone = Math.max(bestNone, best.score); continue; }
      scored.push(best);
    }
    // Changed words of a translated record are another translation, never an alteration; a
    // readout's words are the office's summary, never a quotation (verified, altered or misattributed).
    const result = asReadout(asTranslation(decide(q, scored, nq < t.minUncheckedWords, bestNone), q.date));
    if (result.status !== 'unmatched' || !q.speaker) return result;
    // no record holds these words: the speaker's own records may say the same in other words
    let found: { statement: Statement; score: number } | null = null;
    for (const src of this.speakerSources(q.speaker)) {
      const f = findReworded(src, q.text, q.date);
      if (f && (!found || f.score > found.score)) found = f;
    }
    return found ? { status: 'reworded', statement: found.statement, score: round(found.score) } : result;
  }

  /** The named speaker's verbatim records (any spelling the speaker matcher accepts), as stem sources. */
  private speakerSources(speaker: string): StemSource[] {
    let sources = this.rewordedSources.get(speaker);
    if (sources) return sources;
    sources = [];
    // small speakers' records (listed, not stem-indexed), stemmed here with the older packs' records
    const listed: Statement[] = [];
    this.packs.forEach((pack, p) => {
      const idx = pack.reworded;
      if (!idx) return;
      const all = idx.groupsFor((s) => speakerMatches(speaker, s));
      for (const g of all.filter((g) => idx.header.groups[g].indexed === false)) {
        idx.records(g, (n) => {
          const s = this.recordOrNull(p, n);
          if (s && !this.shadowed(p, s.id) && speakerMatches(speaker, s)) listed.push(s);
        });
      }
      const groups = all.filter((g) => idx.header.groups[g].indexed !== false);
      if (!groups.length) return;
      sources!.push({
        count: groups.reduce((n, g) => n + idx.header.groups[g].count, 0),
        df: (stem) => groups.reduce((n, g) => n + idx.df(g, stem), 0),
        postings: (stem, visit) => { for (const g of groups) idx.postings(g, stem, visit); },
        statement: (n) => {
          const s = this.recordOrNull(p, n);
          return s && !this.shadowed(p, s.id) ? s : null;
        },
        content: (_n, s) => contentOf(s.text),
      });
    });
    const legacy = this.legacySpeakerRecords(speaker, listed);
    if (legacy) sources.push(legacy);
    this.rewordedSources.set(speaker, sources);
    return sources;
  }

  /**
   * Packs without a stem index (written before packs held one), and the speaker's records a pack
   * lists without stems (few records): indexed in memory once per page speaker.
   */
  private legacySpeakerRecords(speaker: string, listed: Statement[]): SpeakerRecords | null {
    if (!this.bySpeaker) {
      this.bySpeaker = new Map();
      this.packs.forEach((pack, p) => {
        if (pack.reworded) return;
        for (let n = 0; n < pack.meta.count; n++) {
          const s = this.recordOrNull(p, n);
          if (!s || !rewordedEligible(s) || this.shadowed(p, s.id)) continue;
          const list = this.bySpeaker!.get(s.speaker!);
          if (list) list.push(s); else this.bySpeaker!.set(s.speaker!, [s]);
        }
      });
    }
    const mine: Statement[] = [...listed];
    for (const list of this.bySpeaker.values()) if (speakerMatches(speaker, list[0])) mine.push(...list.filter((s) => speakerMatches(speaker, s)));
    return mine.length ? new SpeakerRecords(mine) : null;
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    this.searcher ??= new StatementSearch(this.allStatements());
    return this.searcher.search(query, opts);
  }

  /** Record speakers a written name may stand for (aliases, spelling variants, typos), best first. */
  resolveSpeaker(name: string, limit = 5): string[] {
    this.searcher ??= new StatementSearch(this.allStatements());
    return this.searcher.speakers.resolve(name, limit);
  }

  private allStatements(): Statement[] {
    const out: Statement[] = [];
    this.packs.forEach((p, i) => {
      for (let n = 0; n < p.meta.count; n++) {
        const s = p.record(n);
        if (!this.shadowed(i, s.id)) out.push(s);
      }
    });
    return out;
  }
}

/** Between units of one statement: exact (also by containment) > altered > none, then agreeing words. */
function rankWithin(v: TextVerdict): number {
  return (v.cls === 'exact' ? 2 : v.cls === 'altered' ? 1 : 0) * 10 + v.score;
}

/** Between statements: exact > altered > none, then the share of agreeing words. A quote that only contains a
 * shorter record ranks with the altered: a record covering more of the quote is likelier its source. */
function rank(v: TextVerdict): number {
  return (v.cls === 'exact' && !v.extended ? 2 : v.cls === 'none' ? 0 : 1) * 10 + v.score;
}

/** short: under the strictness's minUncheckedWords (only a same-speaker record will do). */
function decide(q: MatchQuery, scored: Scored[], short: boolean, bestNone: number): MatchResult {
  if (!scored.length) return UNMATCHED(bestNone);
  // Same words, right speaker first; then the text's quality; then a quotation before a readout.
  scored.sort((a, b) => rank(b) - rank(a) || Number(b.speakerOk) - Number(a.speakerOk) || Number(isQuotation(b.statement)) - Number(isQuotation(a.statement)));
  const bestOk = scored.find((s) => s.speakerOk);
  const top = scored[0];
  if (short) return bestOk ? verdict(bestOk, bestOk.cls === 'exact' ? 'verified' : 'altered', 1) : UNMATCHED(top.score * 0.5);
  if (!q.speaker) return verdict(top, top.cls === 'exact' ? 'verified' : 'altered', UNCHECKED_SPEAKER_FACTOR);
  if (bestOk && rank(bestOk) >= rank(top) - 1e-9) return verdict(bestOk, bestOk.cls === 'exact' ? 'verified' : 'altered', 1);
  const s = top.statement;
  if (!s.speaker || s.speakerIsAggregate) return verdict(top, top.cls === 'exact' ? 'verified' : 'altered', UNCHECKED_SPEAKER_FACTOR);
  // Someone else's words: only when they are the words. Changed words by another speaker are
  // too weak a link (a paraphrase of a similar claim), unless the named speaker has a close record.
  if (top.cls === 'altered') return bestOk ? verdict(bestOk, 'altered', 1) : UNMATCHED(top.score * 0.6);
  // No accusation on a weak attribution: the words are the record's, who said them is not settled.
  if (!attributionIsFirm(q, s)) return { ...verdict(top, 'verified', UNCHECKED_SPEAKER_FACTOR), speakerUnchecked: true };
  return verdict(top, 'misattributed', 1);
}

/** Names around the quote read at most (the detector sends up to 12). */
const MAX_NEARBY = 16;

/**
 * Whether the page's speaker may contradict the record's: a speaker given by hand (no
 * confidence), or a named person or organisation attributed with calibrated confidence of at
 * least MISATTRIBUTED_MIN_CONFIDENCE (chosen on the training split: scripts/calibrate-rules.ts)
 * while the page names the record's speaker nowhere near the quote (if it does, the page may
 * credit the right person and the attributor have picked the wrong one).
 */
function attributionIsFirm(q: MatchQuery, s: Statement): boolean {
  if (q.speakerConfidence === undefined) return true;
  if (q.speakerNamed !== true || !(q.speakerConfidence >= MISATTRIBUTED_MIN_CONFIDENCE)) return false;
  const nearby = Array.isArray(q.nearbySpeakers) ? q.nearbySpeakers.slice(0, MAX_NEARBY) : [];
  return !nearby.some((n) => typeof n === 'string' && speakerMatches(n, s));
}

function verdict(s: Scored, status: MatchResult['status'], factor: number): MatchResult {
  const r: MatchResult = { status, statement: s.statement, score: round(s.score * factor) };
  if (s.cls === 'altered') r.diff = s.ops;
  return r;
}
