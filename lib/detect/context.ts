/**
 * The venue or medium a text states next to a reporting cue: "told the BBC" -> "BBC",
 * "In a tweet" -> "tweet", "said on state television" -> "state television",
 * "in an interview with CNN" -> "interview with CNN". Reads only a short window.
 */

const NAME = String.raw`(?:the\s)?((?:[A-Z][\w&'’.-]*)(?:\s(?:of\s)?[A-Z][\w&'’.-]*){0,4})`;
const MEDIA = String.raw`(interview|tweet|statement|speech|post|op-ed|press conference|news conference|letter|email|video|podcast|radio interview|television interview|TV interview|Facebook post|blog post|essay|memo|rally|debate|hearing|briefing|column)`;

const PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => string }[] = [
  { re: new RegExp(String.raw`\b(?:in|during)\s(?:an?|his|her|their|its|the)\s(?:\w+\s)?${MEDIA}\s(?:with|on|to)\s${NAME}`), pick: (m) => `${m[1]} with ${m[2]}` },
  { re: new RegExp(String.raw`\btold\s${NAME}`), pick: (m) => m[1] },
  { re: new RegExp(String.raw`\b(?:in|during|via)\s(?:an?|his|her|their|its|the)\s(?:\w+\s)?${MEDIA}\b`), pick: (m) => m[1] },
  { re: /\bon\s((?:state|national|live|public)\s(?:television|TV|radio)|television|Twitter|Facebook|Instagram|X)\b/, pick: (m) => m[1] },
  { re: /\bon\s((?:CNN|Fox|MSNBC|NBC|ABC|CBS|BBC|NPR|PBS|Sky|C-SPAN)(?:['’]s)?(?:\s[A-Z][\w’'-]*){0,4})/, pick: (m) => m[1] },
];

const NOT_VENUES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** The venue stated in window, or null. */
export function findContext(window: string): string | null {
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(window);
    if (!m) continue;
    const v = pick(m).trim().replace(/[.,]$/, '');
    if (!v || NOT_VENUES.test(v)) continue;
    return v;
  }
  return null;
}
