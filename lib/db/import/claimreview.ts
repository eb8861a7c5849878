/**
 * schema.org ClaimReview JSON-LD, as fact-checkers publish it: one object, an array, an
 * `@graph`, or the <script type="application/ld+json"> blocks of a fact-check page's HTML.
 * Fields are stripped of markup; links that are not http(s) are dropped.
 */
import { Collector } from './collector';
import type { ImportReport } from './types';
import { safeUrl } from '../sanitize';
import { inferTextKind } from '../text-kind';

type Obj = Record<string, unknown>;

/** Nesting depth searched for ClaimReview nodes; deeper is not JSON-LD a publisher writes. */
const MAX_DEPTH = 8;
const LD_TYPE_RE = /\btype\s*=\s*["']?application\/ld\+json/i;

/** Every script element in document order, by linear scanning (a "<script" inside another script's body is skipped). */
function scripts(html: string): { attrs: string; body: string; at: number }[] {
  const lower = html.toLowerCase();
  const out: { attrs: string; body: string; at: number }[] = [];
  let i = 0;
  for (;;) {
    const open = lower.indexOf('<script', i);
    if (open < 0) break;
    const gt = lower.indexOf('>', open);
    const close = gt < 0 ? -1 : lower.indexOf('</script', gt);
    if (close < 0) break; // unterminated: nothing more to read
    const attrs = html.slice(open + 7, gt);
    if (/^[\s/>]|^$/.test(attrs)) out.push({ attrs, body: html.slice(gt + 1, close), at: open });
    i = close + 8;
  }
  return out;
}

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function types(o: Obj): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

/** Collects ClaimReview nodes anywhere in a JSON-LD value (arrays, @graph, nesting). */
export function findClaimReviews(v: unknown, out: Obj[] = [], depth = 0): Obj[] {
  if (depth > MAX_DEPTH) return out;
  if (Array.isArray(v)) for (const x of v) findClaimReviews(x, out, depth + 1);
  else if (isObj(v)) {
    if (types(v).includes('ClaimReview')) out.push(v);
    else for (const k of ['@graph', 'mainEntity', 'hasPart', 'review', 'itemListElement', 'item']) if (k in v) findClaimReviews(v[k], out, depth + 1);
  }
  return out;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function name(v: unknown): string | undefined {
  const x = first(v);
  if (typeof x === 'string') return x;
  if (isObj(x) && typeof x.name === 'string') return x.name;
  return undefined;
}

function urlOf(v: unknown): string | null {
  const x = first(v);
  if (typeof x === 'string') return safeUrl(x);
  if (isObj(x)) return safeUrl(x.url) ?? safeUrl(x['@id']);
  return null;
}

/** One ClaimReview node -> a raw statement record. */
export function claimReviewToRecord(cr: Obj): Obj {
  const item = isObj(first(cr.itemReviewed)) ? (first(cr.itemReviewed) as Obj) : {};
  const rating = isObj(first(cr.reviewRating)) ? (first(cr.reviewRating) as Obj) : {};
  const text = typeof cr.claimReviewed === 'string' ? cr.claimReviewed : typeof item.text === 'string' ? item.text : undefined;
  const speaker = name(item.author) ?? name(item.creator) ?? null;
  const raw: Obj = {
    text,
    speaker,
    date: typeof item.datePublished === 'string' ? item.datePublished : undefined,
    sourceUrl: urlOf(item.appearance) ?? urlOf(item.firstAppearance) ?? urlOf(item.url),
    verdict: typeof rating.alternateName === 'string' ? rating.alternateName : typeof rating.ratingValue === 'string' ? rating.ratingValue : undefined,
    factChecker: name(cr.author) ?? name(cr.publisher),
    factCheckUrl: safeUrl(cr.url) ?? undefined,
    lang: typeof cr.inLanguage === 'string' ? cr.inLanguage : undefined,
  };
  if (typeof text === 'string') Object.assign(raw, inferTextKind(text.replace(/<[^>]{0,2000}>/g, '')));
  return raw;
}

function parseJson(s: string): { ok: true; v: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, v: JSON.parse(s) };
  } catch (e) {
    return { ok: false, error: (e as Error).message.slice(0, 160) };
  }
}

export function importClaimReview(fileName: string, content: string, collector = new Collector(fileName)): ImportReport {
  const isHtml = /^\s*</.test(content);
  const blocks: { json: string; line: number }[] = [];
  if (isHtml) {
    let line = 1, counted = 0;
    for (const sc of scripts(content)) {
      if (!LD_TYPE_RE.test(sc.attrs)) continue;
      for (let p = content.indexOf('\n', counted); p >= 0 && p < sc.at; p = content.indexOf('\n', p + 1)) line++;
      counted = sc.at;
      blocks.push({ json: sc.body.replace(/^\s*<!--|-->\s*$/g, ''), line });
    }
    if (!blocks.length) return collector.report('claimreview', `${fileName} is an HTML page without JSON-LD (<script type="application/ld+json">) blocks`);
  } else blocks.push({ json: content, line: 1 });
  const reviews: { cr: Obj; line: number | null }[] = [];
  for (const b of blocks) {
    const p = parseJson(b.json);
    if (!p.ok) {
      if (!isHtml) return collector.report('claimreview', `${fileName} is not valid JSON: ${p.error}`);
      collector.error(b.line, `JSON-LD block is not valid JSON: ${p.error}`);
      continue;
    }
    for (const cr of findClaimReviews(p.v)) reviews.push({ cr, line: isHtml ? b.line : null });
  }
  if (!reviews.length) return collector.report('claimreview', `${fileName} holds no schema.org ClaimReview (no object with "@type": "ClaimReview")`);
  reviews.forEach(({ cr, line }, i) => {
    const raw = claimReviewToRecord(cr);
    if (!raw.text) { collector.error(line, `ClaimReview #${i + 1} has no claimReviewed text; skipped`); return; }
    raw.origin = `ClaimReview import (${fileName})`;
    collector.add(raw, line, { idPrefix: 'cr' });
  });
  return collector.report('claimreview');
}
