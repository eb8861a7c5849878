/**
 * One kremlin.ru item (a row of the CSV: link, headline, date, location, summary, body) →
 * statement records. Transcripts carry their turns inline ("President of Russia Vladimir Putin:
 * Colleagues, ..."; "Question: ..."); each turn's speaker is the name at the end of its label.
 * Items without turns are either Putin's own messages (greetings, condolences, articles:
 * verbatim) or the Kremlin's third-person readouts of calls and meetings (kind `readout`, each
 * sentence credited to the party it reports: readout.ts). Every
 * record keeps its kremlin.ru address and the CC BY 4.0 attribution.
 */
import type { Statement } from '../../types';
import type { OfficeHolders } from '../../match/office-holders';
import { passagesOf } from './passages';
import { partiesOfHeading, readoutPassages, type ReadoutParty } from './readout';
import { recordId } from './record-id';
import type { IngestStats } from './types';

export interface KremlinItem {
  link: string;
  headline: string;
  date: string;
  location: string;
  summary: string;
  body: string;
}

export const KREMLIN_ORIGIN = 'kremlin.ru, President of Russia, English (archive PeiYiZhuo/zelenskyy-putin @ 134450b5183c)';
export const KREMLIN_LICENCE = 'CC-BY-4.0';
export const kremlinAttribution = (url: string) => `Source: President of Russia, kremlin.ru (${url}). Licensed under Creative Commons Attribution 4.0 International.`;

/** Whose items with no turns are this person's words. */
const KREMLIN_PRINCIPAL = 'Vladimir Putin';
/** Headlines of Putin's own written messages (verbatim). */
const MESSAGE = /^(?:(?:Birthday |Easter |New Year |Christmas )?Greetings|Congratulations|Condolences|Message|Address|Article by|Letter|Statement by|Vladimir Putin's (?:address|article|message))\b/i;
/** Headlines of readouts: the Kremlin's third-person account of a call or a meeting. */
const READOUT = /^(?:Telephone conversations?|Meeting|Talks|Working meeting|Conversation|Russian-\w+ talks|Videoconference|Visit)\b/i;

/** A turn label: capitalised words (role, then name) and a colon, or a single-word label. */
const LABEL_RE = /((?:(?:\p{Lu}[\p{L}'’\-]*|of|the|and|for|on|–|-)\s+){0,14}\p{Lu}[\p{L}'’\-]+\s+\p{Lu}[\p{L}'’\-]+|\b(?:Question|Remark|Reply|Response|Answer|Voice|Voices|Interpreter)):\s/gu;
/** Labels of turns that are not a named person's. */
const GENERIC = /^(?:Question|Remark|Reply|Response|Answer|Voice|Voices|Interpreter)$/;
/** Capitalised words a name label may start with that are a role, not a name. */
const ROLE_WORD = /^(?:President|Prime|Minister|Deputy|First|Chairman|Chairwoman|Chair|Head|Governor|Mayor|Director|General|Secretary|Chief|Presidential|Aide|Federal|Chancellor|Press|Executive|Acting|Speaker|State|Duma|Council|Federation|Security|Foreign|Defence|Finance|Economic|Development|Central|Bank|Russia|Russian|The|Plenipotentiary|Envoy|Commissioner|Ambassador|Patriarch|Metropolitan|Mufti|Rector|CEO|Board|Member|Members|Representative|Human|Rights|Children's|Republic|Region|Territory|Moscow|Colonel|Lieutenant|Major|Captain|Admiral|Marshal|Senator|Vice|Co-Chair|Partner|Co-founder|Founder|Editor-in-Chief|Director-General|Minister–)$/;

/** Words that make a "Name Name:" run a place or a body, not a person ("European Union:"). */
const NOT_A_NAME = /^(?:Armed|Forces|Force|Army|Navy|Guard|Troops|Union|Europe|European|Council|Federation|Territory|Region|Monitoring|State|Court|Bank|Committee|Ministry|Service|Agency|Republic|Assembly|Duma|Day|Forum|Board|Group|Fund|Company|Corporation|Centre|Center|Commission|Organisation|Organization|Party|Programme|Project|Front|Office|Government|Oblast|Krai|Area|East|West|North|South|Eastern|Western|Northern|Southern|Russia|Ukraine|Donbass|Asia|America|Africa|Nations|United|National|International|Affairs|Development|Industry|Trade|Security|Defence|Health|Education|Science|Culture|Sport|Sports|Energy|Finance|Economy|Agriculture|Transport|Justice|Labour|Protection|Policy|Rights|Media|News|Television|Channel|Radio|Press|Bureau|Department|Directorate|Institute|University|Academy|School|Society|Association|Chamber|Club|Movement|Foundation|Treaty|Agreement|Programmes|Initiative|Summit|Conference|Meeting|Session|Congress|Parliament|Senate|House|Kremlin|Moscow|Sevastopol|Crimea|Belarus|Kazakhstan|China|India|Brazil|Germany|France)$/;

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** "President of Russia Vladimir Putin" → "Vladimir Putin"; "Thank you. Vladimir Putin" is cut at the sentence before. */
export function nameOfLabel(label: string): string | null {
  const words = label.trim().split(/\s+/);
  let i = words.length - 2;
  // A third name word ("Kassym-Jomart Tokayev" is two; "Abdel Fattah el-Sisi" three) when not a role word.
  if (i > 0 && /^\p{Lu}/u.test(words[i - 1]) && !ROLE_WORD.test(words[i - 1]) && words.length <= 3) i--;
  const name = words.slice(i);
  if (name.some((w) => ROLE_WORD.test(w) || w === 'of' || w === 'the')) return null;
  return name.join(' ');
}

interface Turn { label: string; text: string }

/** Splits a body at its inline turn labels; text before the first label is the preamble. */
export function kremlinTurns(body: string): { preamble: string; turns: Turn[] } {
  const hits: { at: number; end: number; label: string }[] = [];
  for (const m of body.matchAll(LABEL_RE)) {
    let label = m[1];
    let at = m.index!;
    // The capitalised run may have swallowed the end of a heading or a sentence: keep only the
    // words after the last sentence end or heading word run ("...issues President of Russia").
    const cut = Math.max(label.lastIndexOf('. '), label.lastIndexOf('* '), label.lastIndexOf('? '), label.lastIndexOf('! '));
    if (cut >= 0) { at += cut + 2; label = label.slice(cut + 2); }
    const lead = label.split(/\s+/);
    let k = 0;
    while (k < lead.length - 2 && /^(?:of|the|and|for|on)$/.test(lead[k])) k++;
    label = lead.slice(k).join(' ');
    hits.push({ at, end: m.index! + m[0].length, label });
  }
  const preamble = (hits.length ? body.slice(0, hits[0].at) : body).trim();
  const turns = hits.map((h, i) => ({ label: h.label, text: body.slice(h.end, i + 1 < hits.length ? hits[i + 1].at : body.length).trim() }));
  return { preamble, turns };
}

/**
 * The person a label names, or null: a name the tables know (in either order: the archive has
 * "Rogozin Dmitry" name cards), or a personal-looking name that labels two turns or is written
 * elsewhere in the item ("Taking part were ... Yury Chikhanchin").
 */
function personOfLabel(label: string, turns: Turn[], body: string, directory: OfficeHolders): string | null {
  const name = nameOfLabel(label);
  if (!name) return null;
  const words = name.split(' ');
  if (words.some((w) => NOT_A_NAME.test(w))) return null;
  if (directory.person(name)) return name;
  const reversed = [...words].reverse().join(' ');
  if (words.length === 2 && directory.person(reversed)) return reversed;
  const asLabel = turns.filter((t) => nameOfLabel(t.label) === name).length;
  const written = body.split(name).length - 1;
  return asLabel >= 2 || written > asLabel ? name : null;
}

export interface KremlinContext {
  directory: OfficeHolders;
  stats: IngestStats;
}

export function ingestKremlin(item: KremlinItem, ctx: KremlinContext): Statement[] {
  const { stats, directory } = ctx;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(item.date)?.[0] ?? null;
  const url = item.link.replace(/^http:\/\/en\.kremlin\.ru/, 'http://en.kremlin.ru');
  const headline = item.headline.replace(/\s+/g, ' ').trim();
  const place = item.location && item.location !== 'NA' ? `, ${item.location.trim()}` : '';
  const out: Statement[] = [];
  let n = 0;
  const speakers = new Map<string, { name: string; aliases: string[]; role: string | null }>();
  const speakerOf = (written: string) => {
    let s = speakers.get(written);
    if (!s) {
      const p = directory.person(written);
      s = p
        ? { name: p.name, aliases: [...new Set([written, ...p.aliases])].filter((a) => a !== p.name).slice(0, 6), role: date ? directory.roleOn(p, date) : null }
        : { name: written, aliases: [], role: null };
      speakers.set(written, s);
    }
    return s;
  };
  const emit = (who: string, textKind: Statement['textKind'], text: string, before: string | null, after: string | null, context: string) => {
    const s = speakerOf(who);
    out.push({
      id: recordId('kremlin', date, url, n++),
      text,
      textKind,
      speaker: s.name,
      speakerAliases: s.aliases.length ? s.aliases : undefined,
      speakerRole: s.role ?? undefined,
      date,
      context: context.slice(0, 500),
      sourceUrl: url,
      lang: 'en',
      origin: KREMLIN_ORIGIN,
      licence: KREMLIN_LICENCE,
      contextBefore: before ?? undefined,
      contextAfter: after ?? undefined,
      attribution: kremlinAttribution(url),
    });
    stats.count(stats.speakers, s.name);
  };
  // Readout sentences: Putin's unless they report another party of the heading ("Emmanuel Macron noted ...").
  const readout = (text: string) => {
    const principal: ReadoutParty = { name: KREMLIN_PRINCIPAL, titles: ['President', 'Leader', 'Side'], places: ['Russia', 'Russian'] };
    const known = (name: string) => directory.person(name)?.name ?? null;
    const others = partiesOfHeading(`${headline}; ${item.summary ?? ''}`, KREMLIN_PRINCIPAL, known);
    const r = readoutPassages([text], [principal, ...others]);
    if (r.dropped) stats.count(stats.skipped, 'readout sentence whose subject is unclear (dropped)', r.dropped);
    for (const p of r.passages) emit(p.speaker, 'readout', p.text, p.before, p.after, `Kremlin readout: ${headline}${place}`);
  };
  const { preamble, turns } = kremlinTurns(item.body);
  if (!turns.length) {
    if (MESSAGE.test(headline)) {
      for (const p of passagesOf([preamble])) emit(KREMLIN_PRINCIPAL, 'verbatim', p.text, p.before, p.after, `${headline}${place}`);
    } else if (READOUT.test(headline)) {
      readout(preamble);
    } else {
      stats.count(stats.skipped, 'kremlin item without turns that is neither a message nor a readout');
      return [];
    }
  } else {
    // A transcript may open with the readout of the talks it records.
    if (READOUT.test(headline) && preamble) readout(preamble);
    turns.forEach((t, i) => {
      if (GENERIC.test(t.label)) { stats.count(stats.genericLabels, t.label); return; }
      const who = personOfLabel(t.label, turns, item.body, directory);
      if (!who) { stats.count(stats.unknownLabels, t.label); return; }
      const prev = turns[i - 1], next = turns[i + 1];
      const edge = (x: Turn | undefined, last: boolean) => {
        if (!x) return null;
        const ps = passagesOf([x.text]);
        const p = last ? ps[ps.length - 1] : ps[0];
        const name = GENERIC.test(x.label) ? x.label : nameOfLabel(x.label) ?? x.label;
        return p ? `${name}: ${p.text}`.slice(0, 600) : null;
      };
      for (const p of passagesOf([t.text], edge(prev, true), edge(next, false))) emit(who, 'verbatim', p.text, p.before, p.after, `${headline}${place}`);
    });
  }
  if (fold(headline).includes('readout') && !out.length) stats.count(stats.skipped, 'empty readout');
  stats.documents++;
  stats.records += out.length;
  return out;
}
