/**
 * The one request a feed check makes: a GET for the file, with nothing of the user's in it. No
 * cookies or HTTP auth (credentials: 'omit'), no Referer, no cache (the browser's HTTP cache
 * would keep a second copy and answer conditionals itself), no redirects (they could lead to an
 * origin the user did not grant), and only the validators of the version we hold.
 */
import type { Feed } from './types';

export const FEED_REQUEST_INIT: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  referrer: '',
  cache: 'no-store',
  redirect: 'error',
  mode: 'cors',
};

/** If-None-Match / If-Modified-Since from the stored version's ETag / Last-Modified. */
export function conditionalHeaders(feed: Pick<Feed, 'etag' | 'lastModified' | 'count'>): Record<string, string> {
  // Nothing stored yet (or it was lost): ask for the whole file.
  if (feed.count === 0) return {};
  const h: Record<string, string> = {};
  if (feed.etag) h['If-None-Match'] = feed.etag;
  if (feed.lastModified) h['If-Modified-Since'] = feed.lastModified;
  return h;
}

/** Validators worth keeping from a response (weak ETags included: we only ask "changed?"). */
export function validatorsOf(headers: { get(name: string): string | null }): { etag: string | null; lastModified: string | null } {
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  return {
    etag: etag && etag.length <= 512 ? etag : null,
    lastModified: lastModified && !Number.isNaN(Date.parse(lastModified)) ? lastModified : null,
  };
}
