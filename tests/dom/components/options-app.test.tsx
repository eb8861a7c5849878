import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../platform/settings';

const state = vi.hoisted(() => ({ settings: null as unknown as Settings }));
vi.mock('../../../platform/i18n', async () => ({ t: (await import('./translate')).makeT('en'), uiLocale: () => 'en-GB' }));
vi.mock('../../../platform/feeds', () => ({ listFeeds: async () => [], watchFeeds: () => () => undefined }));
vi.mock('../../../platform/messaging', () => ({ askBackground: async () => ({ ok: false, error: 'not in this test' }) }));
// Host access is the browser's (tests/e2e/site-access-*.test.ts): here every request is granted.
vi.mock('../../../platform/site-access', () => ({ useAccess: () => null, requestAllSites: async () => true, requestSites: async () => true }));
vi.mock('../../../platform/settings', () => ({
  getSettings: async () => state.settings,
  updateSettings: async (patch: Partial<Settings>) => (state.settings = { ...state.settings, ...patch }),
  settingsItem: { watch: () => () => undefined },
}));

const { App, SAVED_NOTICE_MS } = await import('../../../entrypoints/options/App');
let root: HTMLElement;
const saved = () => root.querySelector('.qt-options__saved')!.textContent;

beforeEach(() => {
  vi.useFakeTimers();
  state.settings = { siteMode: 'all', allowedSites: [], disabledSites: [], highlightStyle: 'full', strictness: 'balanced' };
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

async function mount() {
  await act(async () => {
    render(<App />, root);
    await vi.advanceTimersByTimeAsync(0);
  });
}
async function choose(value: string) {
  await act(async () => {
    root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    await vi.advanceTimersByTimeAsync(0);
  });
}

describe('options page', () => {
  it('says "Saved" after a change, and clears it a moment later', async () => {
    await mount();
    expect(saved()).toBe('');
    await choose('underline');
    expect(state.settings.highlightStyle).toBe('underline');
    expect(saved()).toBe('Saved');
    await act(async () => void (await vi.advanceTimersByTimeAsync(SAVED_NOTICE_MS - 500)));
    await choose('strict');
    // A second change restarts the moment.
    await act(async () => void (await vi.advanceTimersByTimeAsync(SAVED_NOTICE_MS - 500)));
    expect(saved()).toBe('Saved');
    await act(async () => void (await vi.advanceTimersByTimeAsync(600)));
    expect(saved()).toBe('');
  });

  it('offers the file as a styled button that holds the real input, and links the privacy policy', async () => {
    await mount();
    const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const button = input.closest('label')!;
    expect(button.classList.contains('qt-button')).toBe(true);
    expect(button.textContent).toBe('Choose a file…');
    expect(input.classList.contains('qt-file__input')).toBe(true);
    expect(root.querySelector('#import-file-name')!.textContent).toBe('No file chosen');
    expect(root.querySelector('[data-testid="privacy-link"]')!.getAttribute('href')).toBe('/privacy.html');
  });
});
