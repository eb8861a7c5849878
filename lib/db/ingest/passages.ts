/**
 * A speaker's turn → quotable passages: sentences (split with lib/text's rules: "Mr.", "U.S.",
 * initials do not end one), grouped into passages of at most MAX_PASSAGE_SENTENCES sentences and
 * MAX_PASSAGE_WORDS words inside one paragraph, so a news quote of two or three consecutive
 * sentences is one record, and every sentence is in exactly one passage.
 */
import { isSentenceEnd } from '../../text/sentences';

export const MAX_PASSAGE_SENTENCES = 3;
export const MAX_PASSAGE_WORDS = 70;
/** Passages with fewer words are not quotable statements ("Thank you.", "All right."). */
export const MIN_PASSAGE_WORDS = 5;

/** Stage directions and transcript notes: "(Applause.)", "(Laughter.)", "[inaudible]". */
const STAGE = /\((?:applause|laughter|laughs|inaudible|crosstalk|cheers|booing|audience[^)]*|speaks in [^)]*|as interpreted|in progress|recording[^)]*|[^)]{0,20}\bpause)\.?\)|\[(?:inaudible|crosstalk|sic)[^\]]*\]/gi;

export function cleanTurnText(text: string): string {
  return text.replace(STAGE, ' ').replace(/\s+/g, ' ').trim();
}

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (isSentenceEnd(paragraph, i)) {
      let j = i + 1;
      while (j < paragraph.length && /["'\u201d\u2019)\]\u00bb]/.test(paragraph[j])) j++;
      const s = paragraph.slice(start, j).trim();
      if (s) out.push(s);
      start = j;
      i = j - 1;
    }
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export interface Passage {
  text: string;
  /** The sentence just before (same document), when there is one. */
  before: string | null;
  /** The sentence just after (same document), when there is one. */
  after: string | null;
}

/**
 * Passages of a run of paragraphs (one speaker's turn). `lead` and `trail` are the sentences
 * just outside the turn (the question before an answer), used as context at its ends.
 */
export function passagesOf(paragraphs: string[], lead: string | null = null, trail: string | null = null): Passage[] {
  const groups: string[][] = [];
  for (const p of paragraphs) {
    const sentences = splitSentences(cleanTurnText(p));
    let cur: string[] = [];
    let n = 0;
    for (const s of sentences) {
      const w = words(s);
      if (cur.length && (cur.length >= MAX_PASSAGE_SENTENCES || n + w > MAX_PASSAGE_WORDS)) { groups.push(cur); cur = []; n = 0; }
      cur.push(s);
      n += w;
    }
    if (cur.length) groups.push(cur);
  }
  const out: Passage[] = [];
  groups.forEach((g, i) => {
    const text = g.join(' ');
    if (words(text) < MIN_PASSAGE_WORDS) return;
    const before = i > 0 ? groups[i - 1][groups[i - 1].length - 1] : lead;
    const after = i + 1 < groups.length ? groups[i + 1][0] : trail;
    out.push({ text, before: before ?? null, after: after ?? null });
  });
  return out;
}
