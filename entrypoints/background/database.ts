import { browser } from 'wxt/browser';
import { loadPack, type LoadedPack } from '../../lib/db/pack';
import { Matcher } from '../../lib/match/matcher';
import type { PackInfo } from '../../lib/protocol/messages';
import { listUserDatabases } from '../../platform/user-databases';

/**
 * The matcher over the bundled pack and every user database. Built lazily on the first request
 * after each service-worker wake, and rebuilt when the user's databases change. Nothing here is
 * the source of truth: the pack file and IndexedDB are.
 */
export const BUNDLED_PACK_PATH = '/db/statements.qtpack';

let bundled: Promise<LoadedPack | null> | null = null;
let matcher: Promise<Matcher> | null = null;

async function loadBundled(): Promise<LoadedPack | null> {
  try {
    const res = await fetch(browser.runtime.getURL(BUNDLED_PACK_PATH as '/db/statements.qtpack'));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    // The bytes as they are: decoding the whole file into a string would be most of a wake.
    return loadPack(new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    console.error('QuoteTrace: the bundled database could not be loaded', e);
    return null;
  }
}

export function getBundledPack(): Promise<LoadedPack | null> {
  // A failed load is not kept: the next request (or the next worker wake) tries again, so one
  // bad moment while the worker starts cannot leave it without its database until a restart.
  bundled ??= loadBundled().then((pack) => {
    if (!pack) bundled = null;
    return pack;
  });
  return bundled;
}

/** Whether the last build had the bundled pack; a matcher without it is not kept. */
let builtWithBundled = false;

async function build(): Promise<Matcher> {
  const packs: LoadedPack[] = [];
  const base = await getBundledPack();
  builtWithBundled = base !== null;
  if (base) packs.push(base);
  for (const db of await listUserDatabases().catch(() => [])) {
    try {
      packs.push(loadPack(db.pack));
    } catch (e) {
      console.error(`QuoteTrace: user database ${db.info.fileName} could not be loaded`, e);
    }
  }
  return Matcher.fromPacks(packs);
}

export function getMatcher(): Promise<Matcher> {
  matcher ??= build().then(
    (m) => {
      if (!builtWithBundled) matcher = null; // answer now, build again on the next request
      return m;
    },
    (e) => {
      matcher = null;
      throw e;
    },
  );
  return matcher;
}

let publicMatcher: Promise<Matcher | null> | null = null;

/**
 * The bundled pack alone: what the page may be shown (a mark's style) must not depend on the
 * user's private imports. Shares the loaded pack with the full matcher.
 */
export function getPublicMatcher(): Promise<Matcher | null> {
  publicMatcher ??= getBundledPack().then((pack) => {
    if (!pack) publicMatcher = null;
    return pack ? Matcher.fromPacks([pack]) : null;
  });
  return publicMatcher;
}

/** Call after a user database is added or removed. */
export function invalidateMatcher() {
  matcher = null;
}

export async function bundledInfo(): Promise<PackInfo | null> {
  const pack = await getBundledPack();
  if (!pack) return null;
  const m = pack.meta;
  return { name: m.name, version: String(m.version), builtAt: m.builtAt, count: m.count, sources: m.sources, stats: m.stats ?? null };
}
