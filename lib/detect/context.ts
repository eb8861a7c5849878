/**
 * The venue or medium a text states next to a reporting cue: "told the BBC" -> "BBC",
 * "In a tweet" -> "tweet", "said on state television" -> "state television",
 * "in an interview with CNN" -> "interview with CNN". Reads only a short window.
 */

// Patterns read per token or per quote, compiled once: a literal in a function body is a new object at every call.
const ENDS_IN_PERIOD_OR_COMMA = /[.,]$/;
const POSSESSIVE_END = /['\u2019]s$/;

const NAME = String.raw`(?:the\s)?((?:[A-Z][\w&'’.-]*)(?:\s(?:of\s)?[A-Z][\w&'’.-]*){0,4})`;
const MEDIA = String.raw`(interview|tweet|statement|speech|post|op-ed|press conference|news conference|letter|email|video|podcast|radio interview|television interview|TV interview|Facebook post|blog post|essay|memo|rally|debate|hearing|briefing|column)`;

const MONTHS_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const venue = (name: string | undefined, fallback: string | null): string | null =>
  name && !MONTHS_DAYS.test(name) ? name : fallback;

const PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => string | null }[] = [
  { re: new RegExp(String.raw`\btold\s${NAME}`), pick: (m) => venue(m[1], null) },
  { re: new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring)\s(?:an?|his|her|their|its|the)\s(?:\w+\s)?${MEDIA}\s(?:with|on|to)\s${NAME}`), pick: (m) => (venue(m[2], null) ? `${m[1]} with ${m[2]}` : m[1]) },
  { re: new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Vv]ia)\s(?:an?|his|her|their|its|the)\s(?:\w+\s)?${MEDIA}\b`), pick: (m) => m[1] },
  { re: /\bon\s((?:state|national|live|public)\s(?:television|TV|radio)|television|Twitter|Facebook|Instagram)\b/, pick: (m) => m[1] },
  { re: /\bon\s((?:CNN|Fox|MSNBC|NBC|ABC|CBS|BBC|NPR|PBS|Sky|C-SPAN)(?:['’]s)?(?:\s[A-Z][\w’'-]*){0,4})/, pick: (m) => m[1] },
];


/** The venue stated in window, or null. */
export function findContext(window: string): string | null {
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(window);
    if (!m) continue;
    const v = pick(m)?.trim().replace(ENDS_IN_PERIOD_OR_COMMA, '').replace(POSSESSIVE_END, '');
    if (!v) continue;
    return v;
  }
  return null;
}
