/**
 * Fuzzy speaker lookup over the database's names (fuse.js over a few thousand names, not over
 * statements): "Stoltenburg", "Sergej Lavrov" or "Liz Truss" resolve to the names records use.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Statement } from '../types';
import { sameName } from './speakers';

interface NameEntry {
  /** A name or alias as written in a record. */
  name: string;
  /** The record speaker it stands for. */
  speaker: string;
}

const FUSE_OPTIONS: IFuseOptions<NameEntry> = {
  keys: ['name'],
  includeScore: true,
  ignoreLocation: true, // "Lavrov" matches inside "Sergei Lavrov"
  ignoreDiacritics: true,
  threshold: 0.3, // one or two letters off in a surname; not a different name
  minMatchCharLength: 3,
};
/** Fuse scores above this are not the same person even when within the threshold. */
const MAX_NAME_SCORE = 0.25;
/** Names remembered between lookups (the side panel repeats its filter on every keystroke). */
const MEMO_SIZE = 256;

export class SpeakerDirectory {
  private readonly entries: NameEntry[];
  private fuse: Fuse<NameEntry> | null = null;
  private readonly memo = new Map<string, string[]>();

  constructor(statements: Iterable<Pick<Statement, 'speaker' | 'speakerAliases'>>) {
    const seen = new Set<string>();
    this.entries = [];
    for (const s of statements) {
      if (!s.speaker) continue;
      for (const name of [s.speaker, ...(s.speakerAliases ?? [])]) {
        const key = `${name}\u0000${s.speaker}`;
        if (!seen.has(key)) { seen.add(key); this.entries.push({ name, speaker: s.speaker }); }
      }
    }
  }

  /** Record speakers the written name may stand for, best first (rule match, then fuzzy). */
  resolve(name: string, limit = 5): string[] {
    const key = `${limit}\u0000${name}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const out = this.lookup(name, limit);
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(key, out);
    return out;
  }

  private lookup(name: string, limit: number): string[] {
    const out: string[] = [];
    const add = (s: string) => { if (!out.includes(s) && out.length < limit) out.push(s); };
    for (const e of this.entries) if (sameName(name, e.name)) add(e.speaker);
    if (out.length) return out;
    this.fuse ??= new Fuse(this.entries, FUSE_OPTIONS);
    for (const r of this.fuse.search(name, { limit: limit * 3 })) if ((r.score ?? 1) <= MAX_NAME_SCORE) add(r.item.speaker);
    return out;
  }
}
