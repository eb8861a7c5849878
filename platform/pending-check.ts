import { storage } from 'wxt/utils/storage';
import type { MatchResult } from '../lib/types';

/**
 * "Check with QuoteTrace" from the context menu: the background writes the selected text (and the
 * match once it has one); the side panel watches and shows it. Session storage: gone with the session.
 */
export interface PendingCheck {
  text: string;
  /** Date.now() when the reader asked. */
  at: number;
  /** null until the background has matched it (or when it could not). */
  result: MatchResult | null;
}

export const pendingCheckItem = storage.defineItem<PendingCheck | null>('session:pending-check', { fallback: null });

export async function setPendingCheck(check: PendingCheck): Promise<void> {
  await pendingCheckItem.setValue(check);
}

/** Calls back now and on every change; returns the unsubscribe. */
export function watchPendingCheck(cb: (check: PendingCheck | null) => void): () => void {
  void pendingCheckItem.getValue().then(cb);
  return pendingCheckItem.watch((v) => cb(v ?? null));
}
