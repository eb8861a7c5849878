import { browser, type Browser } from 'wxt/browser';
import { setPendingCheck } from '../../platform/pending-check';
import { getSettings } from '../../platform/settings';
import { t } from '../../platform/i18n';
import { getMatcher } from './database';

const MENU_ID = 'quotetrace-check-selection';
/** Selections longer than this are cut: a statement, not a whole article, is what gets checked. */
const MAX_SELECTION_CHARS = 2_000;

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

export async function checkSelection(raw: string) {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_CHARS);
  const at = Date.now();
  await setPendingCheck({ text, at, result: null });
  try {
    const [matcher, settings] = await Promise.all([getMatcher(), getSettings()]);
    await setPendingCheck({ text, at, result: matcher.match({ id: 'selection', text, speaker: null }, { strictness: settings.strictness }) });
  } catch (e) {
    console.error('QuoteTrace: could not check the selection', e);
  }
}
