import { defineConfig } from 'wxt';

/**
 * The extension pages' (and background's) CSP. connect-src: 'self' for the bundled pack, https: for
 * packs from a URL the user chose (the manifest is static, so the per-origin boundary is the
 * runtime host permission; see docs/architecture.md). The dev server's reload socket only in dev.
 */
function extensionPagesCsp(command: string): string {
  const dev = command === 'serve' ? ' http://localhost:* ws://localhost:*' : '';
  return `script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self' https:${dev}`;
}

// One source, two manifests: Chrome MV3 with side_panel, Firefox MV2 with sidebar_action.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports keep the layer edges visible (lib never sees wxt or browser).
  imports: false,
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, per-tab results. contextMenus: "Check with QuoteTrace". activeTab: the
    // popup may read the URL of the tab it was opened on (to turn QuoteTrace off for that site).
    // alarms: packs added from a URL refresh on the schedule the user set (lib/feeds).
    permissions: ['storage', 'contextMenus', 'activeTab', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // A pack's origin is asked for at run time, one origin at a time, when the user adds it.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // Stricter than the defaults: only our own scripts, no plugins, no <base> rewriting, and
    // connections only to the extension itself and to https (the packs a user adds from a URL).
    content_security_policy:
      browser === 'firefox' ? extensionPagesCsp(command) : { extension_pages: extensionPagesCsp(command) },
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
