import { browser } from 'wxt/browser';

/**
 * A new install opens the welcome page: the user chooses there between every site and only the
 * sites they allow, which decides what host access is asked for (the manifest holds none).
 */
export function installWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch((e: unknown) => console.warn('QuoteTrace: welcome page not opened', e));
  });
}
