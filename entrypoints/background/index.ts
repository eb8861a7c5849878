import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from './handlers';
import { installContextMenu } from './context-menu';
import { installFeedAlarms } from './feeds';
import { watchTabs } from './tabs';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) => handleMessage(msg, sender));
  watchTabs();
  installContextMenu();
  installFeedAlarms();
});
