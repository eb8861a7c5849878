/**
 * Side-panel search over statements with fuse.js (token search: words anywhere, TF-IDF ranked),
 * with an optional speaker filter that tolerates aliases and spelling variants.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Statement } from '../types';
import { speakerMatches } from './speakers';

export interface SearchOptions {
  limit?: number;
  /** Only statements by this speaker (aliases, surnames and spelling variants accepted). */
  speaker?: string;
}

export interface SearchHit {
  statement: Statement;
  /** 0..1, higher is better. */
  score: number;
}

/** Results returned when the caller gives no limit. */
const DEFAULT_LIMIT = 20;

const FUSE_OPTIONS: IFuseOptions<Statement> = {
  keys: [
    { name: 'text', weight: 0.6 },
    { name: 'speaker', weight: 0.3 },
    { name: 'speakerAliases', weight: 0.1 },
  ],
  // Word-level TF-IDF search, so long queries are not split into 32-character Bitap chunks.
  useTokenSearch: true,
  tokenMatch: 'all', // every typed word must occur: adding a word narrows the list
  ignoreLocation: true, // a phrase may be anywhere in a statement
  threshold: 0.3, // per-word fuzziness: one typo in a short word, not a different word
  minMatchCharLength: 2,
  ignoreDiacritics: true,
  includeScore: true,
  shouldSort: true,
};

export class StatementSearch {
  private readonly fuse: Fuse<Statement>;

  constructor(private readonly statements: Statement[]) {
    this.fuse = new Fuse(statements, FUSE_OPTIONS);
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const q = query.trim();
    const bySpeaker = (s: Statement) => !opts.speaker || speakerMatches(opts.speaker, s);
    if (!q) {
      return opts.speaker ? this.statements.filter(bySpeaker).slice(0, limit).map((statement) => ({ statement, score: 1 })) : [];
    }
    const out: SearchHit[] = [];
    for (const r of this.fuse.search(q, { limit: opts.speaker ? limit * 20 : limit })) {
      if (!bySpeaker(r.item)) continue;
      out.push({ statement: r.item, score: Math.round((1 - (r.score ?? 1)) * 1000) / 1000 });
      if (out.length >= limit) break;
    }
    return out;
  }
}
