/**
 * Readouts: an office's third-person account of a call or a meeting ("Vladimir Putin stressed
 * that ...", "Emmanuel Macron noted that ..."). Not quotations, and not all the principal's: each
 * sentence is credited to the party it reports, by one general rule:
 *   1. the sentence's subject (its first words, or the first words after a leading clause:
 *      "When discussing Ukraine, Vladimir Putin emphasised") names a party → that party
 *      (full name, surname, or a role phrase: "the President of Russia", "the French President");
 *   2. a collective subject ("The leaders", "The parties", "Both sides") → the principal, whose
 *      office wrote the account and who took part in what it reports;
 *   3. otherwise (a pronoun, a passive: "The key question ... was ignored") → the party of the
 *      sentence before, the principal at the start.
 * A role phrase that fits no party or several (two presidents on a call) leaves the sentence
 * unattributed: it is dropped and counted, never guessed. Participant lists are dropped.
 */
import { cleanTurnText, MAX_PASSAGE_SENTENCES, MAX_PASSAGE_WORDS, MIN_PASSAGE_WORDS, splitSentences } from './passages';

export interface ReadoutParty {
  /** Full name as the records give it. */
  name: string;
  /** Office words written before the name in the heading ("President", "Federal Chancellor"). */
  titles: string[];
  /** Country or people words of the heading ("France", "French Republic"), for role phrases. */
  places: string[];
}

export interface ReadoutPassage {
  speaker: string;
  text: string;
  before: string | null;
  after: string | null;
}

/** Office words a role phrase may use. Longest first, so "Prime Minister" wins over "Minister". */
const TITLES = ['Federal Chancellor', 'Prime Minister', 'Crown Prince', 'Vice President', 'Secretary-General', 'Secretary General', 'Secretary of State', 'Foreign Minister', 'Head of State', 'Head of Government', 'Chancellor', 'President', 'Premier', 'Minister', 'King', 'Queen', 'Emir', 'Sultan', 'Sheikh', 'Pope', 'Chairman', 'Chair', 'Leader', 'Side', 'Taoiseach', 'Governor'];
const either = (t: string) => t.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1)}`).join('\\s+');
/** A role phrase: "(the) [French] President [of (the) French Republic]"; the regex has no i flag (\p{Lu} would then match any letter). */
const TITLE_RE = new RegExp(`^(?:[Tt]he\\s+)?(?:(\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)?)\\s+)?(${TITLES.map(either).join('|')})\\b(?:\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2}))?`, 'u');
/** A subject that is all parties together. */
const COLLECTIVE = /^(?:the\s+)?(?:both\s+|two\s+)?(?:leaders|parties|sides|presidents|heads\s+of\s+state|interlocutors|participants|delegations|countries)\b|^both\b/i;
/** Lines that list who attended: not a statement by anyone. */
const PARTICIPANTS = /^(?:(?:also\s+)?taking\s+part|participants\s+(?:included|were)|the\s+(?:meeting|talks|event|conversation)\s+was\s+attended|attending\s+the)/i;
/** A leading clause before the subject: "When discussing X, ...", "In turn, ...". At most this many words. */
const LEAD_CLAUSE_WORDS = 20;
/** Small words inside a capitalised name or role run ("President of the French Republic", "bin Zayed"). */
const RUN_LINK = /^(?:of|the|de|da|del|der|van|von|bin|ibn|al|el|la|le)$/;

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** Whether a country/people word of a role phrase fits a place of the heading ("French" ~ "France", "Turkish" ~ "Turkey"). */
function samePlace(word: string, places: string[]): boolean {
  const w = fold(word);
  return places.some((p) => {
    const q = fold(p);
    if (q.includes(w) || w.includes(q)) return true;
    // Adjective and country share a stem: the first four letters, or three for short names.
    const n = Math.min(4, q.length - 1, w.length - 1);
    return n >= 3 && q.slice(0, n) === w.slice(0, n);
  });
}

/** The points where a subject may start: the sentence start, and after a short leading clause. */
function subjectStarts(sentence: string): string[] {
  const out = [sentence];
  const comma = sentence.indexOf(', ');
  if (comma > 0 && words(sentence.slice(0, comma)) <= LEAD_CLAUSE_WORDS) out.push(sentence.slice(comma + 2));
  return out;
}

type Subject = { party: number } | 'collective' | 'ambiguous' | null;

/** The capitalised run a subject starts with ("French President Emmanuel Macron", "The President of Russia"). */
function leadingRun(s: string): string {
  const out: string[] = [];
  for (const w of s.split(/\s+/)) {
    const bare = w.replace(/[’']s$|[,;:.]$/g, '');
    if (/^\p{Lu}/u.test(bare) || ((out.length || bare === 'the') && RUN_LINK.test(bare))) out.push(bare);
    else break;
    if (bare !== w) break; // "Putin's", "Macron," end the run
  }
  while (out.length && RUN_LINK.test(out[out.length - 1])) out.pop();
  return out.join(' ');
}

/** Index of the party a sentence's subject names (0 is the principal), or what else it is. */
export function subjectOf(sentence: string, parties: ReadoutParty[]): Subject {
  for (const start of subjectStarts(sentence)) {
    const s = start.replace(/^(?:And|But|Also|Moreover|In\s+turn|For\s+(?:his|her)\s+part)[,\s]+/, '');
    if (COLLECTIVE.test(s)) return 'collective';
    const run = leadingRun(s);
    if (!run) continue;
    const runWords = fold(run).split(' ');
    for (let i = 0; i < parties.length; i++) {
      const nameWords = fold(parties[i].name).split(' ');
      const surname = nameWords[nameWords.length - 1];
      if (fold(run).includes(nameWords.join(' ')) || (surname.length > 2 && runWords.includes(surname))) return { party: i };
    }
    const role = TITLE_RE.exec(run);
    if (!role) continue;
    // "President Macron" when Macron is not a party of the heading: someone the rule cannot place.
    if (/\p{Lu}/u.test(run.slice(role[0].length))) return 'ambiguous';
    const title = fold(role[2].replace(/\s+/g, ' '));
    const place = role[1] ?? role[3] ?? null;
    const fits = parties.map((p, i) => ({ p, i })).filter(({ p }) => (place
      ? samePlace(place, p.places)
      : p.titles.some((t) => fold(t).endsWith(title) || title.endsWith(fold(t)))));
    return fits.length === 1 ? { party: fits[0].i } : 'ambiguous';
  }
  return null;
}

/**
 * A readout's paragraphs → passages, each one party's: consecutive sentences of one party grouped
 * as passagesOf does (at most MAX_PASSAGE_SENTENCES sentences, MAX_PASSAGE_WORDS words).
 * `parties[0]` is the principal. Returns the passages and the number of sentences dropped.
 */
export function readoutPassages(paragraphs: string[], parties: ReadoutParty[]): { passages: ReadoutPassage[]; dropped: number } {
  const sentences: { text: string; party: number | null; para: number }[] = [];
  paragraphs.forEach((p, para) => {
    let current = 0;
    // A quotation closing a sentence ('as "lies." In this connection') ends it too.
    for (const text of splitSentences(cleanTurnText(p)).flatMap((x) => x.split(/(?<=[.!?]["”’])\s+(?=\p{Lu})/u))) {
      const subj = PARTICIPANTS.test(text) ? 'ambiguous' : subjectOf(text, parties);
      if (subj === 'ambiguous') { sentences.push({ text, party: null, para }); continue; }
      if (subj === 'collective') current = 0;
      else if (subj) current = subj.party;
      sentences.push({ text, party: current, para });
    }
  });
  const groups: (typeof sentences)[] = [];
  let dropped = 0;
  for (const s of sentences) {
    if (s.party === null) { dropped++; groups.push([s]); continue; }
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    const n = g ? g.reduce((a, x) => a + words(x.text), 0) : 0;
    if (g && last.party === s.party && last.para === s.para && g.length < MAX_PASSAGE_SENTENCES && n + words(s.text) <= MAX_PASSAGE_WORDS) g.push(s);
    else groups.push([s]);
  }
  const passages: ReadoutPassage[] = [];
  groups.forEach((g, i) => {
    if (g[0].party === null) return;
    const text = g.map((x) => x.text).join(' ');
    if (words(text) < MIN_PASSAGE_WORDS) return;
    const prev = groups[i - 1], next = groups[i + 1];
    passages.push({ speaker: parties[g[0].party].name, text, before: prev ? prev[prev.length - 1].text : null, after: next ? next[0].text : null });
  });
  return { passages, dropped };
}

/** Words that end a run of capitalised words as a place, not a person ("French Republic"). */
const PLACE_WORD = /^(?:Call|Calls|Meeting|Meetings|Conversation|Talks|Visit|Summit|Readout|Trip|Republic|Federation|Kingdom|Emirates|States|Union|Confederation|Commonwealth|Islands|Principality|Sultanate|Organisation|Organization|Council|Commission|Nations|Alliance|Treaty|Bank|Fund)$/;
/** Office words that may open a name run in a heading ("Federal Chancellor of Germany Olaf Scholz"). */
const OFFICE_WORD = /^(?:President|Prime|Minister|Federal|Chancellor|King|Queen|Emir|Crown|Prince|Sultan|Sheikh|Secretary-General|Secretary|General|Chairman|Chair|Vice|Head|Premier|Pope|Governor|Leader|State|Foreign|Deputy|First|Supreme|His|Her|Majesty|Highness|Excellency|Mr|Mrs|Ms|Dr)$/;

/**
 * The other parties a heading names: "Telephone conversation with President of France Emmanuel
 * Macron and Federal Chancellor of Germany Olaf Scholz" → Macron (President, France) and Scholz
 * (Federal Chancellor, Germany). `known` canonicalises a name (the directory), or returns null.
 */
export function partiesOfHeading(heading: string, principal: string, known: (name: string) => string | null): ReadoutParty[] {
  const out: ReadoutParty[] = [];
  // Segments: "with X", "and Y", ", Z" each introduce one party.
  const text = heading.replace(/\s+/g, ' ');
  // Sentence ends split too, but not the period of an initial or a title ("Joseph R. Biden, Jr.").
  const segments = text.split(/\s*(?:\bwith\b|\band\b|[,;:()]|(?<!\b(?:\p{Lu}|Jr|Sr|Mr|Mrs|Ms|Dr|St))[.!?](?=\s|$))\s*/u).filter(Boolean);
  for (const seg of segments) {
    const ws = seg.split(' ').map((w) => w.replace(/[’']s$/, ''));
    let end = ws.length;
    while (end > 0 && !/^\p{Lu}/u.test(ws[end - 1])) end--;
    let start = end;
    const runStart = (e: number) => { let k = e; while (k > 0 && /^\p{Lu}/u.test(ws[k - 1]) && !OFFICE_WORD.test(ws[k - 1]) && !PLACE_WORD.test(ws[k - 1])) k--; return k; };
    start = runStart(end);
    // "President Emmanuel Macron of France" (the White House's order): the place comes after the name.
    const after: string[] = [];
    if (end - start <= 2 && ws[start - 1] === 'of' && runStart(start - 1) <= start - 3) {
      after.push(...ws.slice(start, end));
      end = start - 1;
      start = runStart(end);
    }
    // "of France Emmanuel Macron": the run holds the place, then the name; a name is its last 2-3 words.
    const run = ws.slice(start, end);
    if (run.length < 2) continue;
    let nameWords = run.slice(-2);
    // The role run just before the name: "President of France", "Federal Chancellor of Germany".
    let leadStart = start;
    while (leadStart > 0 && (/^\p{Lu}/u.test(ws[leadStart - 1]) || RUN_LINK.test(ws[leadStart - 1]))) leadStart--;
    const lead = ws.slice(leadStart, start).concat(run.slice(0, -2));
    const candidate = nameWords.join(' ');
    const three = run.length >= 3 ? run.slice(-3).join(' ') : null;
    const resolved = (three && known(three)) || known(candidate);
    if (resolved) nameWords = resolved.split(' ');
    const name = resolved ?? candidate;
    const principalSurname = fold(principal.split(' ').pop()!);
    if (fold(name) === fold(principal) || nameWords.some((w) => fold(w) === principalSurname)) continue;
    if (nameWords.some((w) => /^\p{Lu}\.?$|^(?:Jr|Sr)\.?$/u.test(w))) continue; // a name cut at an initial
    const titles = TITLES.filter((t) => new RegExp(`\\b${t}\\b`, 'i').test(lead.join(' ')));
    const places = [...lead, ...after].filter((w) => /^\p{Lu}/u.test(w) && !OFFICE_WORD.test(w) && !PLACE_WORD.test(w) && !RUN_LINK.test(w));
    if (!titles.length && !resolved) continue; // a run with no office and no known name is not a person
    const seen = out.find((p) => p.name === name);
    if (seen) { seen.titles = [...new Set([...seen.titles, ...titles])]; seen.places = [...new Set([...seen.places, ...places])]; } else out.push({ name, titles, places });
  }
  return out;
}
