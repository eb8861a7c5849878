/**
 * What of a statement a page can quote ("units"): each quoted span of a partial, or else the
 * text (a "Says ..." framing needs no stripping: a quote may start anywhere in a unit). The index keys and the alignment both work on these.
 */
import type { Statement } from '../types';
import { hashString, tokenizeWithRaw } from './tokens';

/**
 * Version of the index keys: bump when tokens.ts or this file changes what a statement's keys
 * are. A pack whose index has another version gets its index rebuilt in memory on load.
 */
export const INDEX_VERSION = 4;

/** Units this short (in words) are indexed whole, for one-to-three word quotes like "ignored". */
export const SHORT_UNIT_WORDS = 3;

export interface Unit {
  tokens: string[];
  /** The same words as written in the record (for the diff). */
  raw: string[];
  /** True for a quotedSpans entry (the record's own quotation inside a paraphrase). */
  span: boolean;
}

export function unitsOf(s: Pick<Statement, 'text' | 'textKind' | 'quotedSpans'>): Unit[] {
  const units: Unit[] = [];
  for (const q of s.quotedSpans ?? []) {
    const u = tokenizeWithRaw(q);
    if (u.words.length) units.push({ tokens: u.words, raw: u.raw, span: true });
  }
  // A partial's text around its spans is the fact-checker's paraphrase, not the speaker's words:
  // only the spans can be quoted. Verbatim and paraphrase records (no spans) offer their text.
  if (s.textKind !== 'partial' || !units.length) {
    const t = tokenizeWithRaw(s.text);
    units.unshift({ tokens: t.words, raw: t.raw, span: false });
  }
  return units;
}

/** Key of a whole short unit (distinct from bigram keys by its prefix). */
export function shortKey(tokens: string[]): number {
  return hashString(`=${tokens.join(' ')}`);
}

/** Key of a word bigram. */
export function bigramKey(a: string, b: string): number {
  return hashString(`${a} ${b}`);
}

/** Every index key of a statement, deduplicated. */
export function statementKeys(s: Pick<Statement, 'text' | 'textKind' | 'quotedSpans'>): number[] {
  const keys = new Set<number>();
  for (const u of unitsOf(s)) {
    const t = u.tokens;
    for (let i = 0; i + 1 < t.length; i++) keys.add(bigramKey(t[i], t[i + 1]));
    if (t.length <= SHORT_UNIT_WORDS) keys.add(shortKey(t));
  }
  return [...keys];
}
