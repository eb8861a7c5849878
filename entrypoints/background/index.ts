import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from './handlers';
import { installContextMenu } from './context-menu';
import { installFeedAlarms } from './feeds';
import { installSiteAccess } from './site-access';
import { watchTabs } from './tabs';
import { installWelcome } from './welcome';
import { migrateSettings } from '../../platform/settings';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) => handleMessage(msg, sender));
  watchTabs();
  // Settings moved from storage.sync (8 KB per item) to storage.local; site access waits for it.
  const settingsReady = migrateSettings().catch((e: unknown) => console.error('QuoteTrace: settings migration failed', e));
  // The content script runs where the browser grants access (none is declared in the manifest).
  installSiteAccess(settingsReady);
  installWelcome();
  installContextMenu();
  installFeedAlarms();
});
