import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = resolve(REPO, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(REPO, '.output/firefox-mv2');
/** Not shipped (docs/store/firefox.md), but kept lint-clean. */
export const FIREFOX_MV3_BUILD = resolve(REPO, '.output/firefox-mv3');
export const PAGES = resolve(REPO, 'tests/fixtures/pages');
export const GECKO_ID = 'quotetrace@quotetrace.dev';
/** Fixed so tests can open moz-extension://<uuid>/popup.html. */
export const FIREFOX_UUID = '6a1e3c52-9d0f-4f4e-8a2b-0c7d5e1f9b31';
