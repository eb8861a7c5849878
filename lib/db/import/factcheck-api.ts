/**
 * Google Fact Check Tools API responses (claims:search): claims[].text, claimant, claimDate and
 * claimReview[].publisher/url/title/textualRating/reviewDate/languageCode. One statement a claim,
 * its first review giving the verdict and the fact-check link.
 */
import { Collector } from './collector';
import type { ImportReport } from './types';
import { safeUrl } from '../sanitize';
import { inferTextKind } from '../text-kind';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const s = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function factCheckClaimToRecord(c: Obj): Obj {
  const reviews = Array.isArray(c.claimReview) ? c.claimReview.filter(isObj) : [];
  const r = reviews[0] ?? {};
  const publisher = isObj(r.publisher) ? r.publisher : {};
  const text = s(c.text);
  const raw: Obj = {
    text,
    speaker: s(c.claimant) ?? null,
    date: s(c.claimDate),
    verdict: s(r.textualRating),
    factChecker: s(publisher.name) ?? s(publisher.site),
    factCheckUrl: safeUrl(r.url) ?? undefined,
    lang: s(r.languageCode),
  };
  if (text) Object.assign(raw, inferTextKind(text));
  return raw;
}

export function importFactCheckApi(fileName: string, content: string, collector = new Collector(fileName)): ImportReport {
  let v: unknown;
  try {
    v = JSON.parse(content);
  } catch (e) {
    return collector.report('factcheck-api', `${fileName} is not valid JSON: ${(e as Error).message.slice(0, 160)}`);
  }
  // One response, or an array of pages of responses.
  const pages = Array.isArray(v) ? v : [v];
  if (!pages.every((p) => isObj(p) && (Array.isArray(p.claims) || Object.keys(p).length === 0 || 'nextPageToken' in p))) {
    return collector.report('factcheck-api', `${fileName} is not a Fact Check Tools API response: expected {"claims": [...]}`);
  }
  let i = 0;
  for (const p of pages as Obj[]) {
    for (const c of Array.isArray(p.claims) ? p.claims : []) {
      i++;
      if (!isObj(c)) { collector.error(null, `claim #${i} is not an object; skipped`); continue; }
      const raw = factCheckClaimToRecord(c);
      if (!raw.text) { collector.error(null, `claim #${i} has no text; skipped`); continue; }
      raw.origin = `Fact Check Tools API import (${fileName})`;
      collector.add(raw, null, { idPrefix: 'fc' });
    }
  }
  return collector.report('factcheck-api');
}
