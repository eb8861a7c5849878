/**
 * One White House Briefing Room document (title, date, address, Markdown body) → statement
 * records. Transcripts are split at their turn labels (`THE PRESIDENT:`, `MS. PSAKI:`, `Q`);
 * each label is resolved to a full name from the label, the document and the office-holder
 * tables on the document's date. Reporters' questions and labels that name no one are dropped
 * and counted. Written statements ("Statement from President Biden on ...") are the titled
 * person's; readouts ("Readout of President Biden's Call with ...") are kind `readout`, each sentence
 * credited to the party it reports (readout.ts).
 */
import type { Statement } from '../../types';
import type { OfficeHolders } from '../../match/office-holders';
import { passagesOf, splitSentences } from './passages';
import { partiesOfHeading, readoutPassages } from './readout';
import { recordId } from './record-id';
import type { IngestStats } from './types';

export interface WhDocument {
  /** Path inside the archive (`press-briefings/2022-02/<slug>.md`): the stable document key. */
  path: string;
  title: string;
  /** ISO date. */
  date: string;
  url: string | null;
  body: string;
}

export const WH_ORIGIN = 'White House Briefing Room (whitehouse.gov; archive brian14708/wh-briefings @ 737ca03a271a)';
export const WH_LICENCE = 'Public domain (work of the US federal government, 17 U.S.C. 105)';

/** Labels that name no one: questions, moderators, audiences, anonymous officials. */
const GENERIC_LABEL = /^(?:Q|QUESTION|MODERATOR|AUDIENCE(?: MEMBERS?)?|PARTICIPANTS?|OPERATOR|AIDE|STAFF(?:ER)?|CHILD(?:REN)?|STUDENTS?|REPORTERS?|PRESS|CROWD|INTERPRETER|TRANSLATOR|VOICE|VOICES|SPEAKER|ANNOUNCER|NARRATOR|ALL|UNIDENTIFIED.*|(?:SENIOR |A )?(?:ADMINISTRATION|STATE DEPARTMENT|DEFENSE|WHITE HOUSE|SENIOR) OFFICIALS?.*|SENIOR ADMINISTRATION OFFICIAL.*|OFFICIAL.*|MALE|FEMALE|MAN|WOMAN|KID|CHORUS|VIDEO|NARRATION)(?: \d+| #\d+)?$/;

/** Role labels of the White House's own principals → the office on the document's date. */
const ROLE_LABEL: Record<string, string> = {
  'THE PRESIDENT': 'President',
  'THE VICE PRESIDENT': 'Vice President',
  'THE FIRST LADY': 'First Lady',
  'THE PRESS SECRETARY': 'White House Press Secretary',
};

/** A paragraph opening with a turn label: capitals, then a colon (or `Q` and spaces). */
const LABEL_RE = /^((?:[A-Z][A-Z.'’\-]*\s){0,5}[A-Z][A-Z.'’\-]+(?:\s\d)?):\s+|^(Q)(?:\s{2,}|:\s*|\s+(?=\p{Lu}))/u;

type DocKind = 'transcript' | 'statement' | 'readout' | 'message';

/** Title forms of documents whose words are someone's (the rest are fact sheets, orders, lists...). */
const TITLE_KIND: [RegExp, DocKind][] = [
  [/^(?:Remarks|Press Briefing|Press Gaggle|On-the-Record Press|Background Press|Press Call|Briefing|Interview|Fireside|Moderated|Conversation|Joint Press|Media Stakeout|Readout and Remarks|Full Transcript|Transcript)\b/i, 'transcript'],
  [/^(?:Statement|Joint Statement|Message|Letter|Op-Ed|Video Remarks|Prepared Remarks|Tweet|Address)\b/i, 'statement'],
  [/^Readout\b/i, 'readout'],
  [/^Presidential Message\b/i, 'message'],
];

/** A speaker named in a title: "by Press Secretary Jen Psaki", "from President Biden". */
const TITLE_SPEAKER = /\b(?:by|from|of)\s+(?:the\s+)?((?:(?:[A-Z][\w.'’\-]*|of|the|for)\s){0,6}?[A-Z][\w'’\-]+(?:,? Jr\.)?)(?=[’']s\b|\s+(?:on|at|in|to|and|before|after|during|for|with|regarding|about|upon|celebrating|honoring|announcing|commemorating|marking|ahead|following)\b|[,:;]|\s*$)/;

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export interface WhContext {
  directory: OfficeHolders;
  stats: IngestStats;
  /**
   * Names resolved in other documents: surname label → full name, for a label the document and
   * the tables do not settle ("MR. KIRBY" in a briefing whose title does not name him).
   */
  knownNames?: (label: string, date: string) => string | null;
  /** Told of every label resolved from the document or the tables (to learn knownNames). */
  onResolved?: (label: string, date: string, name: string) => void;
}

interface Turn {
  label: string | null;
  paragraphs: string[];
}

/** Splits the body into its header (venue, time), turns and unlabelled lead paragraphs. */
function turnsOf(body: string): { venue: string | null; turns: Turn[] } {
  const paragraphs = body.replace(/\r/g, '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const turns: Turn[] = [];
  let venue: string | null = null;
  let cur: Turn = { label: null, paragraphs: [] };
  for (const p of paragraphs) {
    if (/^(?:\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s*[A-Z]{2,4})?|END(?:\s+\d{1,2}:\d{2}.*)?|\*\s*\*\s*\*|###|[_*\-]{3,})$/i.test(p)) continue;
    const m = LABEL_RE.exec(p);
    if (m) {
      if (cur.label !== null || cur.paragraphs.length) turns.push(cur);
      const label = (m[1] ?? m[2]).replace(/\s+/g, ' ').replace(/[’']/g, "'").trim();
      cur = { label, paragraphs: [p.slice(m[0].length).trim()].filter(Boolean) };
      continue;
    }
    if (!venue && cur.label === null && !cur.paragraphs.length && !turns.length && p.length < 90 && !/[.!?]$/.test(p)) { venue = p; continue; }
    cur.paragraphs.push(p);
  }
  if (cur.label !== null || cur.paragraphs.length) turns.push(cur);
  return { venue, turns };
}

/** Capitalised words before a surname that are roles or filler, not given names. */
const NOT_GIVEN = /^(?:Mr|Mrs|Ms|Dr|Doctors?|President|Vice|Secretary|Press|Senator|Sen|Governor|Gov|Ambassador|Administrator|Director|Chair|Chairman|Chairwoman|Deputy|Advisor|Adviser|General|Gen|Leader|Speaker|Representative|Rep|Congressman|Congresswoman|Mayor|Minister|Prime|The|And|By|With|Of|For|From|To|On|In|At|Lady|First|Second|National|Security|Coordinator|Council|Senior|Acting|Admiral|Chief|Commissioner|Surgeon|Special|Assistant|Envoy|Attorney|Homeland|Chancellor|King|Queen|Prince|Princess|Sultan|Emir|Sheikh|Strategic|Communications|Economic|Domestic|Policy|Office|Counselor|Spokesperson|Spokesman|Communications|Response|Team|Officer|Justice|Judge|Colonel|Captain|Sergeant|Lieutenant|Major|Reverend|Rev|Bishop|Father|Sister|Brother|Pastor|Rabbi|Madam|Madame|Sir|Dame|Lord|Honorable|Her|His|Majesty|Excellency|Former|Ranking|Member|House|Senate|White|Cabinet|Federal|State|Department|Agency|COVID|CDC|NIH|FEMA|EPA|NSC|USAID)\.?$/;

/** Last words of title phrases that name an event or a body, not a person ("Task Force Meeting"). */
const NOT_A_SURNAME = /^(?:Meeting|Convening|Session|Council|Event|Travel|Group|Summit|Roundtable|Briefing|Webinar|Forum|Conference|Campaign|Initiative|Dialogue|Call|Visit|Trip|Tour|Hearing|Launch|Celebration|Reception|Ceremony|Force|Team|Committee|Commission|Board|Office|Administration|House|Department|Agency|Program|Programme|Partnership|Coalition|Safe|Delegation|Participation|Engagement|Tables?|Listening)s?$/i;

/** Full names written in the document ("Jen Psaki", "Joseph R. Biden") ending in this surname. */
function nameInText(surname: string, doc: WhDocument): string | null {
  const s = titleCase(surname).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\b([A-Z][a-z][\\w'’\\-]*)(?:\\s([A-Z]\\.))?\\s${s}\\b`, 'gu');
  for (const text of [doc.title, doc.body.slice(0, 20_000)]) {
    for (const m of text.replace(/\s+/g, ' ').matchAll(re)) {
      if (NOT_GIVEN.test(m[1])) continue;
      return `${m[1]}${m[2] ? ` ${m[2]}` : ''} ${titleCase(surname)}`;
    }
  }
  return null;
}

/** A label or title phrase → a full name, or null. */
export function resolveLabel(label: string, doc: WhDocument, ctx: WhContext): { name: string; role: string | null; aliases: string[] } | null {
  const { directory } = ctx;
  const role = ROLE_LABEL[label];
  if (role) {
    const p = directory.holderOn('US', role, doc.date);
    return p ? { name: p.name, role, aliases: p.aliases } : null;
  }
  const words = label.split(' ');
  const surname = words[words.length - 1].replace(/[.,]/g, '');
  if (surname.length < 2 || NOT_A_SURNAME.test(surname)) return null;
  // "PRESIDENT BIDEN", "SECRETARY BLINKEN": the tables on the date, with the role word deciding.
  const viaTables = directory.resolveSpeaker(titleCase(label), doc.date);
  const inDoc = nameInText(surname, doc);
  if (viaTables && (!inDoc || sameSurnamePerson(inDoc, viaTables.name, directory))) return { name: viaTables.name, role: viaTables.role, aliases: viaTables.aliases };
  if (inDoc) {
    const p = directory.person(inDoc);
    return p ? { name: p.name, role: directory.roleOn(p, doc.date), aliases: p.aliases } : { name: inDoc, role: null, aliases: [] };
  }
  const known = ctx.knownNames?.(label, doc.date);
  return known ? { name: known, role: null, aliases: [] } : null;
}

function sameSurnamePerson(written: string, name: string, directory: OfficeHolders): boolean {
  const p = directory.person(written);
  return p ? p.name === name : fold(written).split(' ').pop() === fold(name).split(' ').pop();
}

/** Cleans a title: non-breaking spaces, a trailing date. */
export function cleanTitle(title: string): string {
  return title.replace(/[\u00a0\s]+/g, ' ').replace(/,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\s*$/, '').trim();
}

function kindOf(title: string): DocKind | null {
  for (const [re, k] of TITLE_KIND) if (re.test(title)) return k;
  return null;
}

function displayLabel(label: string | null): string {
  return label === 'Q' ? 'Question' : label ? titleCase(label) : '';
}

export function ingestWhiteHouse(doc: WhDocument, ctx: WhContext): Statement[] {
  const { stats } = ctx;
  const title = cleanTitle(doc.title);
  const kind = kindOf(title);
  if (!kind) { stats.count(stats.skipped, `not a statement (${title.split(/\s+/).slice(0, 2).join(' ')})`); return []; }
  const { venue, turns } = turnsOf(doc.body);
  const context = venue && !title.includes(venue) ? `${title} (${venue})` : title;
  const out: Statement[] = [];
  let n = 0;
  const emit = (speaker: { name: string; role: string | null; aliases: string[] }, textKind: Statement['textKind'], text: string, before: string | null, after: string | null) => {
    out.push({
      id: recordId('wh', doc.date, doc.path, n++),
      text,
      textKind,
      speaker: speaker.name,
      speakerAliases: speaker.aliases.length ? speaker.aliases.slice(0, 6) : undefined,
      speakerRole: speaker.role ?? undefined,
      date: doc.date,
      context: context.slice(0, 500),
      sourceUrl: doc.url,
      lang: 'en',
      origin: WH_ORIGIN,
      licence: WH_LICENCE,
      contextBefore: before ?? undefined,
      contextAfter: after ?? undefined,
    });
    stats.count(stats.speakers, speaker.name);
  };
  const hasLabels = turns.some((t) => t.label !== null);
  const titled = TITLE_SPEAKER.exec(title);
  const titleSpeaker = kind === 'message' ? resolveLabel('THE PRESIDENT', doc, ctx) : titled ? resolveLabel(titled[1].replace(/[’']s$/, ''), doc, ctx) : null;
  if (!hasLabels || kind !== 'transcript') {
    // A written statement, a readout, or remarks printed without turn labels: the titled person's.
    if (!titleSpeaker) { stats.count(stats.skipped, `${kind}: no speaker in title`); return []; }
    const paragraphs = turns.flatMap((t) => t.paragraphs);
    if (kind === 'readout') {
      // Each sentence to the party it reports (readout.ts): "Prime Minister Kishida noted ..." is not Biden's.
      const { directory } = ctx;
      const known = (name: string) => directory.person(name)?.name ?? null;
      const principal = { name: titleSpeaker.name, titles: titleSpeaker.role ? [titleSpeaker.role] : [], places: ['United States', 'U.S.', 'US', 'American', 'America'] };
      const others = partiesOfHeading(`${title}; ${paragraphs[0] ?? ''}`, titleSpeaker.name, known);
      const r = readoutPassages(paragraphs, [principal, ...others]);
      if (r.dropped) stats.count(stats.skipped, 'readout sentence whose subject is unclear (dropped)', r.dropped);
      const people = new Map([[principal.name, titleSpeaker]]);
      const personOf = (name: string) => {
        if (!people.has(name)) {
          const p = directory.person(name);
          people.set(name, p ? { name: p.name, role: directory.roleOn(p, doc.date), aliases: p.aliases } : { name, role: null, aliases: [] });
        }
        return people.get(name)!;
      };
      for (const p of r.passages) emit(personOf(p.speaker), 'readout', p.text, p.before, p.after);
    } else for (const p of passagesOf(paragraphs)) emit(titleSpeaker, 'verbatim', p.text, p.before, p.after);
    stats.documents++;
    stats.records += out.length;
    return out;
  }
  const resolved = new Map<string, ReturnType<typeof resolveLabel>>();
  turns.forEach((t, i) => {
    if (t.label === null) return; // header lines before the first turn
    if (GENERIC_LABEL.test(t.label)) { stats.count(stats.genericLabels, t.label); return; }
    if (!resolved.has(t.label)) {
      const r = resolveLabel(t.label, doc, ctx);
      resolved.set(t.label, r);
      if (r) ctx.onResolved?.(t.label, doc.date, r.name);
    }
    const speaker = resolved.get(t.label);
    if (!speaker) { stats.count(stats.unknownLabels, t.label); return; }
    const prev = turns[i - 1], next = turns[i + 1];
    // The neighbouring turn's nearest sentence, with its label: often the question answered.
    const lastOf = (x: Turn | undefined) => (x && x.paragraphs.length ? `${displayLabel(x.label)}: ${splitSentences(x.paragraphs[x.paragraphs.length - 1]).pop()}`.slice(0, 400) : null);
    const firstOf = (x: Turn | undefined) => (x && x.paragraphs.length ? `${displayLabel(x.label)}: ${splitSentences(x.paragraphs[0])[0]}`.slice(0, 400) : null);
    for (const p of passagesOf(t.paragraphs, lastOf(prev), firstOf(next))) emit(speaker, 'verbatim', p.text, p.before, p.after);
  });
  stats.documents++;
  stats.records += out.length;
  return out;
}
