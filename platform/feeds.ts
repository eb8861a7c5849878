import { storage } from 'wxt/utils/storage';
import type { Feed } from '../lib/feeds/types';

/**
 * Packs added from a URL: the list and each one's last check, in storage.local (it can grow past
 * what sync allows, and it is about this browser's downloads). Only the background writes it,
 * one change at a time (entrypoints/background/feeds.ts); the options page watches it.
 */
// Defined on first use: defineItem starts a storage read at once, which must not happen when a
// module that imports this one is merely loaded (node tests of the background's handlers).
let item: ReturnType<typeof define> | null = null;
const define = () => storage.defineItem<Feed[]>('local:feeds', { fallback: [] });
const feedsItem = () => (item ??= define());

export async function listFeeds(): Promise<Feed[]> {
  const v = await feedsItem().getValue();
  return Array.isArray(v) ? v : [];
}

export function saveFeeds(feeds: Feed[]): Promise<void> {
  return feedsItem().setValue(feeds);
}

export function watchFeeds(cb: (feeds: Feed[]) => void): () => void {
  return feedsItem().watch((v) => cb(Array.isArray(v) ? v : []));
}
