/**
 * Generated bench queries from real statements: benign edits (windows, ellipsis cuts, bracket
 * insertions, case/punctuation changes), altered (a substituted number or word), misattributed
 * (right words, another speaker), and quotes in no database (recombined halves, written text).
 */
import type { MatchQuery, Statement } from '../lib/types';
import { parseName, sameName } from '../lib/match/speakers';
import { unitsOf } from '../lib/match/units';

export type Kind = 'benign' | 'altered' | 'misattributed' | 'negative';
export interface BenchQuery extends MatchQuery { kind: Kind; edit: string; source: Statement | null }

/** Mulberry32: a seeded generator, so every bench run asks the same questions. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real-looking sentences written for the bench; they are in no database. */
export const WRITTEN_NEGATIVES = [
  'We will not rest until every family in this county has access to clean drinking water.',
  'The budget we passed last spring cut waiting times at the regional hospital by a third.',
  'Nobody in this administration ever promised that the bridge would be finished before the winter.',
  'Our opponents would rather talk about yesterday than explain what they intend to do tomorrow.',
  'I have spoken with the harbour workers and they tell me the new rules are unworkable.',
  'The inquiry found no evidence that the minister knew about the contracts at the time.',
  'Teachers in rural districts are leaving faster than we can train their replacements.',
  'We are asking the federal government to match every dollar the province puts into transit.',
  'This agreement protects fishing rights for the next generation of coastal communities.',
  'When I was mayor we balanced the books without closing a single public library.',
  'The senator has voted against the farm relief package four times in the last two years.',
  'Frankly the committee was never given the documents it needed to reach a conclusion.',
  'Every independent study shows that the tunnel will pay for itself within two decades.',
  'The ceasefire must hold long enough for aid convoys to reach the northern villages.',
  'There is no plan B for the steelworks if the export licence is not renewed.',
  'We expect to announce the names of the new board members before the end of the month.',
  'My grandmother ran a bakery on this street for forty years and never took a loan.',
  'The outbreak is under control but we are asking people to keep washing their hands.',
  'Nothing in the treaty prevents a member state from raising its own tariffs on steel.',
  'I would remind the honourable member that his party closed three maternity wards.',
  'The drought has cost local growers more than the last two floods combined.',
  'We have tripled the number of apprenticeships since the college reopened its workshops.',
  'The police chief assured residents that the patrols would continue through the summer.',
  'It is simply not true that the pension fund has been raided to pay for the stadium.',
  'Our party will put a referendum on the new constitution before voters next autumn.',
  'The embassy has advised its citizens to avoid travel to the border region until further notice.',
  'Ten thousand new homes will be built on land the railway company no longer needs.',
  'If the union calls a strike the ferries will stop running on the first of March.',
  'The governor said the emergency powers would lapse as soon as the floodwaters receded.',
  'We must invest in wind and solar now or pay far more for imported gas later.',
];

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** Words of the statement's best quotable unit, as written (keeps case and punctuation). */
function rawWords(s: Statement): string[] {
  const span = (s.quotedSpans ?? []).sort((a, b) => b.length - a.length)[0];
  const text = s.textKind === 'partial' && span ? span : s.text.replace(/^\s*says\s+/i, '');
  return text.replace(/[“”"]/g, '').split(/\s+/).filter(Boolean);
}

function window(r: () => number, w: string[], min: number, max: number): string[] {
  const len = Math.min(w.length, min + Math.floor(r() * (max - min + 1)));
  const start = Math.floor(r() * (w.length - len + 1));
  return w.slice(start, start + len);
}

const SWAP_WORDS = ['never', 'always', 'million', 'billion', 'doubled', 'banned', 'lowest', 'highest', 'every', 'nobody', 'half', 'twice'];

function restyle(r: () => number, x: string): string {
  const styled = r() < 0.5 ? x.toUpperCase() : x.toLowerCase();
  // Sentence punctuation changes; decimal points and the words themselves do not.
  return styled.replace(/[,.;:!?]+(?=\s|$)/g, '').replace(/'/g, '’').replace(/"/g, '“');
}

function benign(r: () => number, w: string[]): { text: string; edit: string } {
  const k = Math.floor(r() * 5);
  if (k === 4) {
    // Several edits at once: a cut, a bracket and restyled case/punctuation.
    const cut = benign(r, w);
    const x = cut.text.split(' ');
    x.splice(1 + Math.floor(r() * Math.max(1, x.length - 2)), 0, '[he]');
    return { text: restyle(r, x.join(' ')), edit: 'combined' };
  }
  if (k === 0) return { text: window(r, w, 6, 25).join(' '), edit: 'window' };
  if (k === 1 && w.length >= 14) {
    // Two windows with at least two words cut between them.
    const aLen = 4 + Math.floor(r() * 4);
    const aStart = Math.floor(r() * Math.max(1, w.length - aLen - 6));
    const bStart = aStart + aLen + 2 + Math.floor(r() * 3);
    const b = w.slice(bStart, bStart + 4 + Math.floor(r() * 6));
    if (b.length < 3) return { text: w.slice(aStart, aStart + aLen + 4).join(' '), edit: 'window' };
    return { text: `${w.slice(aStart, aStart + aLen).join(' ')}...${b.join(' ')}`, edit: 'ellipsis' };
  }
  if (k === 2) {
    const x = window(r, w, 7, 20).slice();
    const i = 1 + Math.floor(r() * (x.length - 2));
    x.splice(i, 0, pick(r, ['[the]', '[he]', '[sic]', '[Ukraine]', '[and]', '[that]']));
    return { text: x.join(' '), edit: 'bracket' };
  }
  return { text: restyle(r, window(r, w, 6, 25).join(' ')), edit: 'case-punct' };
}

function altered(r: () => number, w: string[]): { text: string; edit: string } | null {
  const x = window(r, w, 9, 25).slice();
  // Not a number inside the record's own [brackets]: an editor's words are free to differ.
  const nums = x.map((t, i) => (/\d/.test(t) && !/[[\]]/.test(t) ? i : -1)).filter((i) => i >= 0);
  if (nums.length) {
    const i = pick(r, nums);
    x[i] = x[i].replace(/\d+/, (d) => String(Number(d) + 1 + Math.floor(r() * 9)));
    return { text: x.join(' '), edit: 'number' };
  }
  const content = x.map((t, i) => (t.replace(/\W/g, '').length >= 5 ? i : -1)).filter((i) => i > 0);
  if (!content.length) return null;
  const i = pick(r, content);
  x[i] = pick(r, SWAP_WORDS.filter((s) => s !== x[i].toLowerCase()));
  return { text: x.join(' '), edit: 'word' };
}

/** Builds the query set; counts per kind. */
export function makeQueries(
  statements: Statement[],
  n: { benign: number; altered: number; misattributed: number; negative: number },
  seed = 7,
  heldOut: Statement[] = [],
): BenchQuery[] {
  const r = rng(seed);
  const usable = statements.filter((s) => rawWords(s).length >= 10 && unitsOf(s).length > 0);
  const named = usable.filter((s) => s.speaker && !s.speakerIsAggregate);
  const speakers = [...new Set(named.map((s) => s.speaker!))];
  const out: BenchQuery[] = [];
  let id = 0;
  const q = (kind: Kind, text: string, speaker: string | null, source: Statement | null, edit: string) =>
    out.push({ id: `q${id++}`, kind, text, speaker, source, edit });
  for (let i = 0; i < n.benign; i++) {
    const s = pick(r, usable);
    const b = benign(r, rawWords(s));
    const surname = s.speaker ? parseName(s.speaker)?.surname : undefined;
    const speaker = s.speakerIsAggregate ? null : surname && r() < 0.3 ? surname : s.speaker;
    q('benign', b.text, speaker, s, b.edit);
  }
  // The page quotes more of the speech than a short record holds (same, named speaker).
  const TAILS = ['I finished it.', 'That is a fact.', 'Everybody knows it.', 'Look it up.', 'And we will fix it.', 'Nobody talks about that.'];
  const short = named.filter((s) => { const k = rawWords(s).length; return k >= 8 && k <= 16; });
  for (let i = 0; i < Math.round(n.benign / 20); i++) {
    const s = pick(r, short);
    q('benign', `${rawWords(s).join(' ')} ${pick(r, TAILS)}`, s.speaker, s, 'extended');
  }
  for (let i = 0; i < n.altered; ) {
    const s = pick(r, usable);
    const a = altered(r, rawWords(s));
    if (!a) continue;
    q('altered', a.text, s.speakerIsAggregate ? null : s.speaker, s, a.edit);
    i++;
  }
  for (let i = 0; i < n.misattributed; i++) {
    const s = pick(r, named);
    let other = pick(r, speakers);
    while (sameName(other, s.speaker!)) other = pick(r, speakers);
    q('misattributed', window(r, rawWords(s), 8, 25).join(' '), other, s, 'other-speaker');
  }
  const held = heldOut.filter((s) => rawWords(s).length >= 8);
  for (let i = 0; i < n.negative; i++) {
    if (i % 4 === 3) { q('negative', pick(r, WRITTEN_NEGATIVES), pick(r, speakers), null, 'written'); continue; }
    if (i % 4 === 1 && held.length) {
      // A real statement left out of the index: real-looking, same topics, in no database.
      const s = pick(r, held);
      q('negative', window(r, rawWords(s), 6, 25).join(' '), s.speakerIsAggregate ? null : s.speaker, null, 'held-out');
      continue;
    }
    const a = rawWords(pick(r, usable)), b = rawWords(pick(r, usable));
    const text = [...a.slice(0, 5 + Math.floor(r() * 4)), ...b.slice(-(5 + Math.floor(r() * 4)))].join(' ');
    q('negative', text, r() < 0.5 ? pick(r, speakers) : null, null, 'recombined');
  }
  return out;
}
