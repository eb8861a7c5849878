import { browser } from 'wxt/browser';
import { askTab } from '../../platform/messaging';
import { clearTabResults, listTabsWithResults } from '../../platform/tab-results';
import { showBadge } from './badge';

/** A tab's results belong to the page they came from: drop them when it goes. */
export function watchTabs() {
  browser.tabs.onRemoved.addListener((tabId) => void clearTabResults(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void clearTabResults(tabId);
      void showBadge(tabId, null);
    }
  });
}

/** After the databases change, open pages scan again so their statuses reflect the new records. */
export async function refreshOpenPages() {
  for (const tabId of await listTabsWithResults().catch(() => [])) void askTab(tabId, 'page:rescan', {});
}
