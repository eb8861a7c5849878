import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ALL_SITES } from './lib/access/site-patterns';

/**
 * The extension pages' (and background's) CSP. connect-src: 'self' for the bundled pack, https: for
 * packs from a URL the user chose (the manifest is static, so the per-origin boundary is the
 * runtime host permission; see docs/architecture.md). The dev server's reload socket only in dev.
 */
function extensionPagesCsp(command: string): string {
  const dev = command === 'serve' ? ' http://localhost:* ws://localhost:*' : '';
  return `script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self' https:${dev}`;
}

// One source, three manifests: Chrome MV3 with side_panel, Firefox MV2 (shipped) and Firefox MV3
// (kept lint-clean, see docs/store/firefox.md), both with sidebar_action.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports keep the layer edges visible (lib never sees wxt or browser).
  imports: false,
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    resolve: {
      // WXT's content-script context announces itself to the page (a `…:wxt:content-script-started`
      // event naming the extension id) and tears itself down when the page sends that event: the
      // content script is built with a quiet context of our own instead (same API).
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/content/quiet-context.ts', import.meta.url)) }],
    },
  }),
  manifest: ({ browser, command, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, per-tab results. contextMenus: "Check with QuoteTrace". activeTab: the
    // popup may read the URL of the tab it was opened on (to turn QuoteTrace off for that site).
    // alarms: packs added from a URL refresh on the schedule the user set (lib/feeds). scripting:
    // the content script is registered at run time for the sites the browser grants.
    permissions: ['storage', 'contextMenus', 'activeTab', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // No host access at install: every site is asked for at run time, from a click in the popup or
    // options ("all sites" once, or each allowed site), as is a pack's origin when the user adds it.
    // lib/access/site-patterns.ts names the patterns; http and https are listed apart.
    ...(manifestVersion === 2 ? { optional_permissions: [...ALL_SITES] } : { optional_host_permissions: [...ALL_SITES] }),
    action: { default_title: '__MSG_extName__' },
    // Stricter than the defaults: only our own scripts, no plugins, no <base> rewriting, and
    // connections only to the extension itself and to https (the packs a user adds from a URL).
    // The shape depends on the manifest version (a string in MV2, an object in MV3), not on the browser.
    content_security_policy:
      manifestVersion === 2 ? extensionPagesCsp(command) : { extension_pages: extensionPagesCsp(command) },
    // The sidebar (Firefox) comes from entrypoints/sidepanel/index.html's meta tags: WXT rewrites
    // sidebar_action from them, so settings here would be lost.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'quotetrace@quotetrace.dev',
              // data_collection_permissions needs 140 on desktop and 142 on Android; the linter
              // checks Android against this value too. ESR 140 is past its end of life; ESR 153 is current.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // No gecko_android: Firefox for Android has no sidebar or context menus, and no build is tested there.
          },
        }
      : // sidePanel.open (the popup's "Open side panel") needs Chrome 116.
        { minimum_chrome_version: '116' }),
  }),
});
