import { browser } from 'wxt/browser';
import type { PageSummary } from '../../lib/results/quote-record';
import type { MatchStatus } from '../../lib/types';

/** Badge colours by the worst status on the page; the count is the number of quotes shown. */
const BADGE_COLOURS: Record<MatchStatus, string> = {
  misattributed: '#b3261e',
  altered: '#b25e00',
  reworded: '#1a5fa8',
  readout: '#6b3fa0',
  verified: '#1b6e3a',
  unmatched: '#5f6368',
};

// Chrome MV3 has `action`; Firefox MV2 has `browserAction`, with the same methods.
const action = () => browser.action ?? browser.browserAction;

export async function showBadge(tabId: number, summary: PageSummary | null) {
  const a = action();
  if (!a) return;
  const text = summary && summary.found > 0 ? String(Math.min(summary.found, 999)) : '';
  await a.setBadgeText({ tabId, text }).catch(() => {});
  if (summary?.worst) await a.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[summary.worst] }).catch(() => {});
}
