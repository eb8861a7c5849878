import { tokenize } from '../match/tokens';

/**
 * Quotes this short are fragments ("ignored", "very unlikely"): the matcher accepts them only as
 * an exact quoted span of the named speaker (lib/match/README.md), and even then they say little,
 * since the same few words occur in many statements. The UI marks them so.
 */
export const FRAGMENT_MAX_WORDS = 3;

export function isFragment(text: string): boolean {
  return tokenize(text).length <= FRAGMENT_MAX_WORDS;
}
