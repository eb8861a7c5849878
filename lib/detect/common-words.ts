/**
 * Words the text itself writes in lower case ("fundraising", "thirteen"): a capitalised
 * sentence opener among them ("Fundraising was …", "Thirteen years earlier, she …") is a
 * common word, not a name. One pass over the tokens per text, on first use.
 */
import { isKnownFirstName } from './first-names';
import { NOMINAL_SPEAKERS, ROLE_NOUNS } from './lexicon';
import type { ResolveEnv } from './resolve';
import { windowTokens } from './resolve';
import { lowerCaseWords } from '../text/tokens';

const COMMON_WORDS = new WeakMap<ResolveEnv['idx'], Set<string>>();

/** True when the text also writes w in lower case. */
export function isCommonWord(env: ResolveEnv, w: string): boolean {
  let set = COMMON_WORDS.get(env.idx);
  if (!set) {
    set = lowerCaseWords(env.tokens ?? windowTokens(env, 0, env.text.length));
    COMMON_WORDS.set(env.idx, set);
  }
  return set.has(w.toLowerCase());
}

/**
 * English word shapes no name has: a participle or adverb ("Reprising", "Specifically",
 * "Reached"), an auxiliary ("Do"), a number word ("Thirteen"). Read case-blind ("TELLING").
 */
const VERB_OR_ADVERB = /^\p{L}\p{Ll}{2,}(?:ing|ly)$|^\p{L}\p{Ll}{2,}[^e\W]ed$/u;
const FUNCTION_WORDS = new Set(['do', 'does', 'did', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'could', 'would', 'should', 'must',
  'might', 'shall', 'moreover', 'likewise', 'furthermore', 'nevertheless', 'otherwise', 'indeed', 'much', 'wait',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
  'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'dozens', 'hundreds']);

/**
 * A lone capitalised word that names no one the text knows and reads as a common word: the
 * text writes it in lower case, or it has a shape no name has. A given name ("Will") and a
 * speaker noun ("Aides") stay.
 */
export function isLoneCommonWord(env: ResolveEnv, w: string): boolean {
  const l = w.toLowerCase();
  // "Aides said", "Critics say": a group named by its noun speaks as written
  if (isKnownFirstName(w) || NOMINAL_SPEAKERS.has(l) || ROLE_NOUNS.has(l)) return false;
  return FUNCTION_WORDS.has(l) || VERB_OR_ADVERB.test(w.length > 1 && w === w.toUpperCase() ? w[0] + l.slice(1) : w) || isCommonWord(env, w);
}
