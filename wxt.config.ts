import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// One source, two manifests: Chrome MV3 with side_panel, Firefox MV2 with sidebar_action.
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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, per-tab results. contextMenus: "Check with QuoteTrace". activeTab: the
    // popup may read the URL of the tab it was opened on (to turn QuoteTrace off for that site).
    permissions: ['storage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_extName__' },
    // Stricter than the defaults: only our own scripts, no plugins, no <base> rewriting.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_title: '__MSG_extName__',
            default_panel: 'sidepanel.html',
            open_at_install: false,
          },
          browser_specific_settings: {
            gecko: {
              id: 'quotetrace@quotetrace.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { side_panel: { default_path: 'sidepanel.html' } }),
  }),
});
