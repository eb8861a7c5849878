/**
 * Side-panel search: every typed word must occur (in the text, speaker or aliases), the last one
 * as a prefix (search as you type), a misspelt word through its nearest vocabulary words (fuse.js
 * over the vocabulary, not over statements: fast at any size). Ranked by the words' rarity.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Statement } from '../types';
import { SpeakerDirectory } from './speaker-directory';
import { tokenize, tokenizeWithRaw } from './tokens';

export interface SearchOptions {
  limit?: number;
  /** Only statements by this speaker (aliases, surnames, spelling variants and typos accepted). */
  speaker?: string;
}

export interface SearchHit {
  statement: Statement;
  /**
   * 0..1: how closely the statement holds the typed words, the mean over the words of 1 (exact),
   * typed length / word length (a prefix being typed), 1 - edits / length (a near spelling).
   * 1 only when every typed word is there as typed.
   */
  score: number;
}

/** Per statement: rank weight (rarity × kind of hit) and similarity of the word's best hit. */
type WordHits = Map<number, { rank: number; sim: number }>;

/** Results returned when the caller gives no limit. */
const DEFAULT_LIMIT = 20;
/** Vocabulary words a prefix (the word being typed) expands to. */
const MAX_PREFIX_WORDS = 50;
/** Near spellings tried for a word; weighted below an exact hit. */
const MAX_FUZZY_WORDS = 5;
const PREFIX_WEIGHT = 0.8;
/** Record speakers a typed speaker name may stand for ("Trump": Donald, Donald Jr., Ivanka...). */
const MAX_SPEAKERS = 10;
const FUZZY_WEIGHT = 0.6;

const VOCAB_FUSE: IFuseOptions<string> = {
  includeScore: true,
  threshold: 0.25, // a letter or two off ("lifebot" -> "lifeboat"), not another word
  ignoreLocation: false, // a whole-word comparison: the pattern is anchored at the word start
  distance: 4,
  minMatchCharLength: 3,
};

export class StatementSearch {
  private readonly postings = new Map<string, number[]>();
  private readonly vocab: string[];
  private vocabFuse: Fuse<string> | null = null;
  readonly speakers: SpeakerDirectory;

  constructor(private readonly statements: Statement[]) {
    statements.forEach((s, i) => {
      const t = tokenizeWithRaw([s.text, s.speaker ?? '', ...(s.speakerAliases ?? [])].join(' '));
      const words = new Set(t.words);
      // "Obama's" is found by "Obama" too.
      t.raw.forEach((r, k) => { if (/['’]s$/i.test(r)) words.add(t.words[k].slice(0, -1)); });
      for (const w of words) (this.postings.get(w) ?? this.postings.set(w, []).get(w)!).push(i);
    });
    this.vocab = [...this.postings.keys()].sort();
    this.speakers = new SpeakerDirectory(statements);
  }

  /** Statement numbers holding the word (exact), a word it begins (prefix), or a near spelling. */
  private expand(word: string, isLast: boolean): WordHits {
    const hits: WordHits = new Map();
    const add = (w: string, weight: number, sim: number) => {
      const list = this.postings.get(w);
      if (!list) return;
      const idf = Math.log(1 + this.statements.length / list.length);
      for (const n of list) {
        const had = hits.get(n);
        hits.set(n, { rank: Math.max(had?.rank ?? 0, weight * idf), sim: Math.max(had?.sim ?? 0, sim) });
      }
    };
    add(word, 1, 1);
    if (isLast) {
      let i = lowerBound(this.vocab, word);
      for (let k = 0; k < MAX_PREFIX_WORDS && i < this.vocab.length && this.vocab[i].startsWith(word); i++, k++) {
        if (this.vocab[i] !== word) add(this.vocab[i], PREFIX_WEIGHT, word.length / this.vocab[i].length);
      }
    }
    if (!hits.size && word.length >= 4) {
      this.vocabFuse ??= new Fuse(this.vocab, VOCAB_FUSE);
      for (const r of this.vocabFuse.search(word, { limit: MAX_FUZZY_WORDS })) add(r.item, FUZZY_WEIGHT, spellingSimilarity(word, r.item));
    }
    return hits;
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const wanted = opts.speaker ? this.speakers.resolve(opts.speaker, MAX_SPEAKERS) : [];
    // Resolved once to the record speakers' names (aliases and variants included), then compared as strings.
    const bySpeaker = (s: Statement) => !opts.speaker || (!!s.speaker && wanted.includes(s.speaker));
    const words = tokenize(query);
    if (!words.length) {
      return opts.speaker ? this.statements.filter(bySpeaker).slice(0, limit).map((statement) => ({ statement, score: 1 })) : [];
    }
    let acc: WordHits | null = null;
    words.forEach((w, i) => {
      const hits = this.expand(w, i === words.length - 1);
      if (!acc) { acc = hits; return; }
      const next: WordHits = new Map();
      for (const [n, v] of acc) { const h = hits.get(n); if (h !== undefined) next.set(n, { rank: v.rank + h.rank, sim: v.sim + h.sim }); }
      acc = next;
    });
    const ranked = [...((acc as WordHits | null) ?? new Map())].sort((a, b) => b[1].rank - a[1].rank || a[0] - b[0]);
    const out: SearchHit[] = [];
    for (const [n, v] of ranked) {
      const statement = this.statements[n];
      if (!bySpeaker(statement)) continue;
      // The similarity of what was typed, not the rank relative to the best hit (that made every first hit 100%).
      out.push({ statement, score: Math.round((v.sim / words.length) * 1000) / 1000 });
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** 1 - Levenshtein distance / the longer length: "sanctons" against "sanctions" is 8/9. */
export function spellingSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (!longer) return 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return 1 - prev[b.length] / longer;
}

function lowerBound(a: string[], x: string): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}
