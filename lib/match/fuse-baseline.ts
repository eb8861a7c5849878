/**
 * The approach the index replaces, kept for the bench's side-by-side: fuse.js over the whole
 * text of every statement (about a second per quote at 10,000 statements). Not used to match.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Statement } from '../types';

const BASELINE_OPTIONS: IFuseOptions<Statement> = {
  keys: ['text'],
  includeScore: true,
  ignoreLocation: true, // the quote may be anywhere in the statement
  threshold: 0.4, // the edits a benign quote carries
  minMatchCharLength: 3,
};

/** A search function over all statements, fuse.js style: best ids first. */
export function fuseBaseline(statements: Statement[]): (quote: string, limit?: number) => string[] {
  const fuse = new Fuse(statements, BASELINE_OPTIONS);
  return (quote, limit = 5) => fuse.search(quote, { limit }).map((r) => r.item.id);
}
