/**
 * Which addresses a pack may come from: https only (connect-src in the manifest allows no more),
 * no user name or password in the URL (they would be sent), and the one origin the browser is
 * asked to grant for it.
 */
export const MAX_FEED_URL_CHARS = 2_048;

export type FeedAddress = { ok: true; url: string; origin: string; pattern: string } | { ok: false; error: string };

export function parseFeedUrl(input: string): FeedAddress {
  const raw = input.trim();
  if (!raw) return { ok: false, error: 'give the address of a statement file' };
  if (raw.length > MAX_FEED_URL_CHARS) return { ok: false, error: `the address is longer than ${MAX_FEED_URL_CHARS} characters` };
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { ok: false, error: 'that is not a web address' };
  }
  if (u.protocol !== 'https:') return { ok: false, error: 'only https addresses are allowed (a plain http download could be altered on the way)' };
  if (u.username || u.password) return { ok: false, error: 'the address must not contain a user name or password' };
  if (!u.hostname) return { ok: false, error: 'the address has no host' };
  // The fragment is never sent; dropping it keeps one feed per file.
  u.hash = '';
  return { ok: true, url: u.href, origin: u.origin, pattern: originPattern(u) };
}

/** The host permission pattern for one origin (match patterns ignore the port). */
export function originPattern(u: URL): string {
  return `${u.protocol}//${u.hostname}/*`;
}

/** The permission pattern of a stored feed URL. */
export function feedPattern(url: string): string {
  return originPattern(new URL(url));
}

/** Patterns no longer needed once `removed` goes: those no remaining feed uses. */
export function patternsToRelease(removed: { url: string }, remaining: readonly { url: string }[]): string[] {
  const p = feedPattern(removed.url);
  return remaining.some((f) => feedPattern(f.url) === p) ? [] : [p];
}
