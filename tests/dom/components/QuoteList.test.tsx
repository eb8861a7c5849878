import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { QuoteList } from '../../../components/QuoteList';
import { alteredStoltenberg, misattributedMayor, unmatchedAnon, verifiedStoltenberg } from './fixtures';
import { mountEach } from './mount';
import { makeT } from './translate';

const t = makeT('en');
const quotes = [verifiedStoltenberg, alteredStoltenberg, misattributedMayor, unmatchedAnon];
let root: HTMLElement;
mountEach((el) => (root = el));

const ids = () => [...root.querySelectorAll('[data-quotetrace-item]')].map((el) => el.getAttribute('data-quotetrace-item'));
function choose(testid: string, value: string) {
  const select = root.querySelector<HTMLSelectElement>(`[data-testid="${testid}"]`)!;
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('QuoteList', () => {
  it('lists every quote with its status word and speaker', () => {
    render(<QuoteList quotes={quotes} t={t} locale="en-GB" />, root);
    expect(ids()).toEqual(['q1', 'q2', 'q3', 'q4']);
    const item = root.querySelector('[data-quotetrace-item="q3"]')!;
    expect(item.textContent).toContain('Misattributed');
    expect(item.textContent).toContain('Tomas Reed');
    expect(root.querySelector('[data-quotetrace-item="q4"]')!.textContent).toContain('No speaker named');
    expect(root.querySelector('[data-testid="quote-count"]')!.textContent).toBe('Showing 4 of 4 quotes');
  });

  it('filters by status and by speaker, and says how many are shown', () => {
    render(<QuoteList quotes={quotes} t={t} locale="en-GB" />, root);
    choose('filter-status', 'altered');
    expect(ids()).toEqual(['q2']);
    choose('filter-status', 'all');
    choose('filter-speaker', 'Jens Stoltenberg');
    expect(ids()).toEqual(['q1', 'q2']);
    expect(root.querySelector('[data-testid="quote-count"]')!.textContent).toBe('Showing 2 of 4 quotes');
    choose('filter-status', 'misattributed');
    expect(ids()).toEqual([]);
    expect(root.textContent).toContain('No quote matches these filters.');
  });

  it('offers each speaker once, unattributed last, with status counts', () => {
    render(<QuoteList quotes={quotes} t={t} locale="en-GB" />, root);
    const speakers = [...root.querySelectorAll('[data-testid="filter-speaker"] option')].map((o) => o.textContent);
    expect(speakers).toEqual(['All speakers', 'Jens Stoltenberg', 'Tomas Reed', 'No speaker named']);
    const statuses = [...root.querySelectorAll('[data-testid="filter-status"] option')].map((o) => o.textContent);
    expect(statuses).toEqual(['All (4)', 'Misattributed (1)', 'Altered (1)', 'Worded differently (0)', 'Matches a readout (0)', 'Verified (1)', 'Not in database (1)']);
  });

  it('selects a quote on click and expands its card separately', () => {
    const onSelect = vi.fn();
    render(<QuoteList quotes={quotes} t={t} locale="en-GB" onSelect={onSelect} />, root);
    act(() => root.querySelector<HTMLButtonElement>('[data-quotetrace-item="q2"] .qt-item__main')!.click());
    expect(onSelect).toHaveBeenCalledWith('q2');
    const toggle = root.querySelector<HTMLButtonElement>('[data-quotetrace-item="q2"] .qt-item__toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[data-quotetrace-item="q2"] .qt-card')).toBeNull();
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const card = root.querySelector('[data-quotetrace-item="q2"] .qt-card')!;
    expect(card.querySelector('del')!.textContent).toContain('prepared');
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('shows a hostile quote as text in the list', () => {
    render(<QuoteList quotes={quotes} t={t} locale="en-GB" />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-quotetrace-item="q4"] .qt-item__text')!.textContent).toContain('<img src=x');
  });
});
