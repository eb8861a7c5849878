import { browser, type Browser } from 'wxt/browser';
import { t } from '../../platform/i18n';
import { checkSelection } from './selection-check';

const MENU_ID = 'quotetrace-check-selection';

/** Opens the side panel (Chrome) or sidebar (Firefox); must run inside the click's user gesture. */
function openPanel(tab: Browser.tabs.Tab | undefined) {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: { open: (o: { tabId?: number; windowId?: number }) => Promise<void> } } }).chrome?.sidePanel;
  if (chromePanel && tab?.id !== undefined) return chromePanel.open({ tabId: tab.id }).catch(() => {});
  const sidebar = (browser as unknown as { sidebarAction?: { open: () => Promise<void> } }).sidebarAction;
  return sidebar?.open().catch(() => {});
}

/** "Check with QuoteTrace" on selected text: the side panel shows what the database knows. */
export function installContextMenu() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menu_check_selection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void openPanel(tab);
    void checkSelection(info.selectionText);
  });
}
