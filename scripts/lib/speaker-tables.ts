/**
 * The CC0 office-holder tables in ../shared/data/open/speakers → the speaker directory
 * (DirectoryData, committed as data/speakers/directory.json by `npm run db -- speakers`).
 * Names from the tables, aliases from their other-name fields plus transliteration variants for
 * names romanised from Cyrillic, terms with dates; open-ended terms of single-holder offices end
 * when the next holder starts (the Wikidata extracts stop in mid-2022, the US tables go on).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseCsv } from '../../lib/db/import/csv';
import type { DirectoryData, DirectoryPerson, OfficeTerm } from '../../lib/match/office-holders';
import { nameVariants } from '../../lib/match/transliteration';

/** Terms that ended before this are left out: the directory is for current news. */
const OLDEST_END = '2000';
/** Countries whose officials' names are romanised from Cyrillic (transliteration variants apply). */
const CYRILLIC = new Set(['RU', 'Russia', 'Ukraine', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Bulgaria', 'Serbia', 'Mongolia']);
/** Offices held by several people at once: an open end is not closed by a later start. */
const MULTI_HOLDER = /deputy|minister of state|lord of the treasury|justice|ambassador|permanent representative|governor|head of|mayor|senator|representative|parliamentary|whip|without portfolio|advis[eo]r to|counselor|special envoy/i;
/** The Wikidata extracts were taken in mid-2022: an open term there is known only until then. */
const WIKIDATA_UNTIL = '2022-06-30';
const WORLD_COUNTRY: Record<string, string> = { 'United States of America': 'US', 'United Kingdom': 'UK', Russia: 'RU' };

/** A person of the congress-legislators tables (the fields read here and in scripts/given-names.ts). */
export interface YamlPerson {
  id?: { wikidata?: string };
  name: { first: string; last: string; official_full?: string; nickname?: string; middle?: string; suffix?: string };
  bio?: { gender?: string };
  terms: { type: string; start: string; end?: string; state?: string }[];
}

/** Every president, vice president and current member of Congress in the tables at dir. */
export function usPeople(dir: string): YamlPerson[] {
  return ['us-executive.yaml', 'us-legislators-current.yaml'].flatMap((file) => yaml.load(readFileSync(join(dir, file), 'utf8')) as YamlPerson[]);
}

const TERM_OFFICE: Record<string, string> = { prez: 'President', viceprez: 'Vice President', sen: 'Senator', rep: 'Representative' };

class People {
  private readonly byKey = new Map<string, DirectoryPerson>();

  add(name: string, wikidata: string | undefined, aliases: string[], term: OfficeTerm): void {
    const key = wikidata || `name:${name}`;
    let p = this.byKey.get(key);
    if (!p) { p = { name, aliases: [], wikidata: wikidata || undefined, terms: [] }; this.byKey.set(key, p); }
    for (const a of aliases) if (a && a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
    if (term.end && term.end < OLDEST_END) return;
    if (!p.terms.some((t) => t.country === term.country && t.office === term.office && t.start === term.start)) p.terms.push(term);
  }

  finish(): DirectoryPerson[] {
    const people = [...this.byKey.values()].filter((p) => p.terms.length);
    closeOpenTerms(people);
    for (const p of people) {
      if (p.terms.some((t) => CYRILLIC.has(t.country) || CYRILLIC.has(t.office.replace(/^.* of /, '')))) {
        for (const v of nameVariants(p.name).slice(1)) if (!p.aliases.includes(v)) p.aliases.push(v);
      }
      p.terms = mergeTerms(p.terms);
    }
    return people.sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Consecutive terms of one office (a senator's six-year terms) become one. */
function mergeTerms(terms: OfficeTerm[]): OfficeTerm[] {
  const sorted = [...terms].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const out: OfficeTerm[] = [];
  const DAY = 86_400_000;
  for (const t of sorted) {
    const prev = out.findLast((x) => x.country === t.country && x.office === t.office);
    if (prev && prev.end && t.start && Date.parse(t.start) - Date.parse(prev.end) <= 7 * DAY) { prev.end = t.end; prev.until = t.until; continue; }
    out.push({ ...t });
  }
  return out;
}

/** An open term of a single-holder office ends when a later holder of it starts. */
function closeOpenTerms(people: DirectoryPerson[]): void {
  const starts = new Map<string, string[]>();
  for (const p of people) for (const t of p.terms) {
    if (!t.start || MULTI_HOLDER.test(t.office)) continue;
    const k = `${t.country}\u0000${t.office}`;
    (starts.get(k) ?? starts.set(k, []).get(k)!).push(t.start);
  }
  for (const p of people) for (const t of p.terms) {
    if (t.end || !t.start || MULTI_HOLDER.test(t.office)) continue;
    const later = (starts.get(`${t.country}\u0000${t.office}`) ?? []).filter((s) => s > t.start!).sort()[0];
    if (later) { t.end = later; delete t.until; }
  }
}

function csvObjects(file: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(file, 'utf8')).filter((r) => !('error' in r && r.error));
  const [head, ...body] = rows.map((r) => r.fields);
  return body.map((f) => Object.fromEntries(head.map((h, i) => [h.trim(), (f[i] ?? '').trim()])));
}

export function buildDirectory(dir: string): DirectoryData {
  const people = new People();
  for (const y of usPeople(dir)) {
    const n = y.name;
    const name = n.official_full ?? `${n.first} ${n.last}`;
    const aliases = [`${n.first} ${n.last}`, n.nickname ? `${n.nickname} ${n.last}` : '', n.middle ? `${n.first} ${n.middle} ${n.last}` : ''];
    const base = n.nickname && !n.official_full ? `${n.nickname} ${n.last}` : name;
    for (const t of y.terms) {
      const office = TERM_OFFICE[t.type] ?? t.type;
      people.add(base, y.id?.wikidata, aliases, { country: 'US', office, start: t.start ?? null, end: t.end ?? null });
    }
  }
  for (const [file, country] of [['wikidata-us-cabinet-holders.csv', 'US'], ['wikidata-united-kingdom-cabinet-holders.csv', 'UK'], ['wikidata-russia-cabinet-holders.csv', 'RU']] as const) {
    for (const r of csvObjects(join(dir, file))) {
      if (!r.person || /^Q\d+$/.test(r.person)) continue; // unlabelled Wikidata items carry no name
      people.add(r.person, r.personID, [], { country, office: r.position, start: r.start || null, end: r.end || null, until: r.end ? undefined : WIKIDATA_UNTIL });
    }
  }
  for (const r of csvObjects(join(dir, 'wikidata-world-leaders-2021.csv'))) {
    if (!r.officeholderLabel || /^Q\d+$/.test(r.officeholderLabel)) continue;
    people.add(r.officeholderLabel, r.officeholder, [], {
      country: WORLD_COUNTRY[r.country] ?? r.country, office: r.positionLabel, start: r.start_year || null, end: r.end_year || null,
      until: r.end_year ? undefined : WIKIDATA_UNTIL,
    });
  }
  return {
    format: 'quotetrace-speakers',
    version: 1,
    licence: 'CC0-1.0 (Wikidata; unitedstates/congress-legislators)',
    sources: [
      'unitedstates/congress-legislators @ dfa9622263dd (us-executive.yaml, legislators-current.yaml)',
      'every-politician-scrapers: united-kingdom-cabinet @ 3a5ec686, russia-cabinet @ 3871831d, us-cabinet @ 0d5e73cb, world-leaders-2021 @ be7039cf (Wikidata)',
    ],
    people: people.finish(),
  };
}
