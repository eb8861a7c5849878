import { browser } from 'wxt/browser';

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Both need a user gesture, so call this
 * synchronously from the click handler: no await before it.
 */
export function openSidePanel(tabId: number): Promise<void> {
  // chrome.sidePanel is Chrome-only and not in the polyfill's types.
  const chromeApi = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome;
  if (chromeApi?.sidePanel?.open) return chromeApi.sidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar?.open) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
