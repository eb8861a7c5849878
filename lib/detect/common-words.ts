/**
 * Words the text itself writes in lower case ("fundraising", "thirteen"): a capitalised
 * sentence opener among them ("Fundraising was …", "Thirteen years earlier, she …") is a
 * common word, not a name. One pass over the tokens per text, on first use.
 */
import type { ResolveEnv } from './resolve';
import { windowTokens } from './resolve';

const COMMON_WORDS = new WeakMap<ResolveEnv['idx'], Set<string>>();

const LOWER_START = /^\p{Ll}/u;

/** True when the text also writes w in lower case. */
export function isCommonWord(env: ResolveEnv, w: string): boolean {
  let set = COMMON_WORDS.get(env.idx);
  if (!set) {
    set = new Set();
    for (const t of env.tokens ?? windowTokens(env, 0, env.text.length)) {
      const c = t.w.charCodeAt(0);
      if (c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(t.w)) set.add(t.w);
    }
    COMMON_WORDS.set(env.idx, set);
  }
  return set.has(w.toLowerCase());
}
