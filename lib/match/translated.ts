/**
 * Records that are themselves translations: kremlin.ru's English site gives the Kremlin's own
 * translation of speech in Russian. A page quoting that speech in other English words holds
 * another translation of it, not an altered quote: its changed words are never `altered`.
 */
import type { MatchResult, Statement } from '../types';
import { datesAgree } from './reworded';

/** Sources whose English text translates what was said in another language. */
const TRANSLATED_SOURCES = [/^https?:\/\/en\.kremlin\.ru\//i];

export function isTranslation(s: Statement): boolean {
  const url = s.sourceUrl ?? '';
  return TRANSLATED_SOURCES.some((re) => re.test(url));
}

/**
 * An `altered` match on a translated record is the same statement worded differently: `reworded`
 * (no diff) when the page is dated a few days after the record (or either date is unknown);
 * otherwise unmatched, as for any reworded match: other words months later are too weak a link.
 */
export function asTranslation(r: MatchResult, pageDate?: string | null): MatchResult {
  if (r.status !== 'altered' || !r.statement || !isTranslation(r.statement)) return r;
  if (!datesAgree(r.statement.date, pageDate)) return { status: 'unmatched', statement: null, score: r.score };
  return { status: 'reworded', statement: r.statement, score: r.score };
}
