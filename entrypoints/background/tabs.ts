import { browser } from 'wxt/browser';
import { clearTabResults } from '../../platform/tab-results';
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
