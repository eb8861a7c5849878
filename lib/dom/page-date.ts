/**
 * The article's publication date, as the page states it, for matching translated speech
 * (a reworded match needs a record from a few days before the page). Read-only: parses the
 * page's own metadata as data (JSON-LD is JSON.parse'd, never run), in this order of trust:
 * schema.org datePublished (JSON-LD, microdata), publication meta tags, a <time> near the
 * headline, then a dateline in the text under it. Gives the date as the publisher wrote it
 * (YYYY-MM-DD, the page's own time zone), or null.
 */

/** Meta names/properties that carry the publication date (lower case). */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'article:publicationdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'publishdate',
  'publish-date',
  'pubdate',
  'date',
  'pdate',
];

/** The Open Graph / schema.org ones, trusted as much as JSON-LD. */
const STRONG_META = ['article:published_time', 'og:published_time', 'article:published', 'datepublished'];

/** JSON-LD types that are the article itself (not its publisher or an embedded video). */
const ARTICLE_TYPES = /article|posting|report|webpage/i;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "March 25, 2015", "Feb. 23, 2015", "Fri Mar 13 21:30:09 EST 2015" (month, day, then the year). */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+[A-Z]{2,5}\\s+)?)(\\d{4})\\b`, 'i');
/** "24 December 2015", "13 Mar. 2015". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?=$|[T\s_]|[^\d])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A dateline is looked for in this much text after the headline. */
const DATELINE_CHARS = 600;

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date written in a page's metadata or text, as YYYY-MM-DD, or null. `compact` also reads 20170113. */
export function parseDateText(s: string | null | undefined, compact = false): string | null {
  const t = (s ?? '').trim().slice(0, 200);
  if (!t) return null;
  let m = ISO.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  if (compact && (m = COMPACT.exec(t))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = MONTH_DAY_YEAR.exec(t))) return ymd(+m[3], MONTHS[m[1].toLowerCase().slice(0, 3)], +m[2]);
  if ((m = DAY_MONTH_YEAR.exec(t))) return ymd(+m[3], MONTHS[m[2].toLowerCase().slice(0, 3)], +m[1]);
  return null;
}

/** datePublished of the article node(s) of one JSON-LD value (objects, arrays, @graph). */
function jsonLdDate(v: unknown, depth = 0): string | null {
  if (depth > 6 || v === null || typeof v !== 'object') return null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const d = jsonLdDate(x, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const o = v as Record<string, unknown>;
  const type = Array.isArray(o['@type']) ? o['@type'].join(' ') : String(o['@type'] ?? '');
  if (typeof o.datePublished === 'string' && (!type || ARTICLE_TYPES.test(type))) {
    const d = parseDateText(o.datePublished);
    if (d) return d;
  }
  return jsonLdDate(o['@graph'], depth + 1) ?? jsonLdDate(o.mainEntity, depth + 1);
}

function fromJsonLd(doc: Document): string | null {
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const d = jsonLdDate(JSON.parse(el.textContent ?? ''));
      if (d) return d;
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return null;
}

function fromMicrodata(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[itemprop~="datePublished"]')) {
    const d = parseDateText(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (d) return d;
  }
  return null;
}

function fromMeta(doc: Document, keys: readonly string[]): string | null {
  const found = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (key && !found.has(key)) found.set(key, el.getAttribute('content') ?? '');
  }
  for (const key of keys) {
    const d = parseDateText(found.get(key), key === 'pdate');
    if (d) return d;
  }
  return null;
}

/** Inside comments or a list of other stories, a date is someone else's. */
function elsewhere(el: Element): boolean {
  return !!el.closest('[class*="comment" i], [id*="comment" i], aside, nav, footer');
}

/** The article's headline: an h1 in the article, else the h1 sharing most words with the title. */
function headline(doc: Document): Element | null {
  const inArticle = doc.querySelector('article h1, main h1, [itemprop~="headline"]');
  if (inArticle) return inArticle;
  const title = new Set(words(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title));
  let best: Element | null = null;
  let bestShared = -1;
  for (const h of [...doc.querySelectorAll('h1')].slice(0, 8)) {
    const shared = words(h.textContent ?? '').filter((w) => title.has(w)).length;
    if (shared > bestShared) [best, bestShared] = [h, shared];
  }
  return best;
}

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
}

/** A <time datetime> after the headline (the byline's), else the first in the article. */
function fromTime(doc: Document): string | null {
  const h1 = headline(doc);
  const times = [...doc.querySelectorAll('time')].filter((t) => !elsewhere(t));
  const after = h1 ? times.filter((t) => h1.compareDocumentPosition(t) & 4 /* FOLLOWING */) : [];
  const scope = doc.querySelector('article');
  const inArticle = scope ? times.filter((t) => scope.contains(t)) : [];
  for (const t of [...after.slice(0, 3), ...inArticle.slice(0, 3), ...times.slice(0, 1)]) {
    const d = parseDateText(t.getAttribute('datetime')) ?? parseDateText(t.textContent);
    if (d) return d;
  }
  return null;
}

/** A dateline ("March 25, 2015", "Feb. 23, 2015 --") in the first text after the headline. */
function fromDateline(doc: Document): string | null {
  const h1 = headline(doc);
  if (!h1) return null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = h1;
  let text = '';
  for (let n = walker.nextNode(); n && text.length < DATELINE_CHARS; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || h1.contains(parent) || parent.closest('script, style, noscript') || elsewhere(parent)) continue;
    text += ` ${n.nodeValue ?? ''}`;
  }
  return parseDateText(text.replace(/\s+/g, ' '));
}

/** A paragraph opening with its date, as news sites write it: "Feb. 23, 2015 -- Life-threatening ...". */
const OPENING_DATE = new RegExp(`^\\s*(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\s*(?:--|\u2014|\u2013|-|:)`, 'i');

function fromOpeningParagraph(doc: Document): string | null {
  for (const p of [...doc.querySelectorAll('p')].slice(0, 60)) {
    const t = (p.textContent ?? '').slice(0, 60);
    if (OPENING_DATE.test(t) && !elsewhere(p)) return parseDateText(t);
  }
  return null;
}

/** A byline's date element beside the headline (above or below it): class "date", "byline", "posted", ... */
function fromBylineClass(doc: Document): string | null {
  let scope: Element | null = headline(doc);
  for (let i = 0; i < 3 && scope?.parentElement; i++) scope = scope.parentElement;
  if (!scope) return null;
  const els = scope.querySelectorAll('[class*="date" i], [class*="time" i], [class*="byline" i], [class*="posted" i], [class*="publish" i]');
  for (const el of [...els].slice(0, 20)) {
    const t = el.textContent ?? '';
    if (t.length > 120 || elsewhere(el)) continue;
    const d = parseDateText(el.getAttribute('datetime') ?? el.getAttribute('title') ?? '') ?? parseDateText(t);
    if (d) return d;
  }
  return null;
}

function earliest(dates: (string | null)[]): string | null {
  return dates.filter((d): d is string => !!d).sort()[0] ?? null;
}

/**
 * The page's publication date (YYYY-MM-DD), or null when it states none. Where the article's
 * own metadata disagree (a CMS puts the last edit in one of them), the earliest: a statement is
 * reported after it is made, and an edit comes after publication.
 */
export function pageDate(doc: Document): string | null {
  try {
    return (
      earliest([fromJsonLd(doc), fromMicrodata(doc), fromMeta(doc, STRONG_META)]) ??
      fromMeta(doc, META_KEYS) ??
      fromTime(doc) ??
      fromDateline(doc) ??
      fromBylineClass(doc) ??
      fromOpeningParagraph(doc)
    );
  } catch {
    return null;
  }
}
