import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../../components/SearchPanel';
import { SelectionCheck } from '../../../components/SelectionCheck';
import type { Result, SearchHit } from '../../../lib/protocol/messages';
import { MAYOR, STOLTENBERG } from './fixtures';
import { mountEach } from './mount';
import { makeT } from './translate';

const t = makeT('en');
let root: HTMLElement;
mountEach((el) => (root = el));
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const hits: SearchHit[] = [
  { statement: STOLTENBERG, score: 0.88 },
  { statement: MAYOR, score: 0.41 },
];

async function searchFor(query: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
  await act(() => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
}

describe('SearchPanel', () => {
  it('searches the database and shows the hits as cards', async () => {
    const search = vi.fn(async (): Promise<Result<SearchHit[]>> => ({ ok: true, value: hits }));
    render(<SearchPanel t={t} locale="en-GB" search={search} />, root);
    await searchFor('  sit down and listen ');
    expect(search).toHaveBeenCalledWith('sit down and listen');
    const cards = root.querySelectorAll('[data-testid="search-results"] .qt-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('88% match with your search');
    expect(cards[0].textContent).toContain('Jens Stoltenberg');
    expect(cards[0].textContent).toContain('30 January 2022');
    expect(root.textContent).toContain('Statements found: 2');
  });

  it('says when nothing matches, and shows a failed search as an error', async () => {
    let reply: Result<SearchHit[]> = { ok: true, value: [] };
    render(<SearchPanel t={t} locale="en-GB" search={async () => reply} />, root);
    await searchFor('bananas');
    expect(root.textContent).toContain('No statement matches “bananas”.');
    reply = { ok: false, error: 'no reply from the background' };
    await searchFor('bananas again');
    expect(root.querySelector('.qt-error')!.textContent).toBe('Search failed: no reply from the background');
  });

  it('does not search for blanks', async () => {
    const search = vi.fn();
    render(<SearchPanel t={t} locale="en-GB" search={search} />, root);
    await searchFor('   ');
    expect(search).not.toHaveBeenCalled();
  });
});

describe('SelectionCheck', () => {
  it('explains how to use it when there is nothing to check', () => {
    render(<SelectionCheck check={null} t={t} locale="en-GB" search={vi.fn()} />, root);
    expect(root.querySelector('[data-testid="selection-empty"]')!.textContent).toContain('Check with QuoteTrace');
  });

  it('shows the matched statement’s card', () => {
    const search = vi.fn();
    const check = { text: 'We are ready to sit down', at: 1, result: { status: 'verified' as const, statement: STOLTENBERG, score: 0.9 } };
    render(<SelectionCheck check={check} t={t} locale="en-GB" search={search} />, root);
    const card = root.querySelector('[data-testid="selection-check"] .qt-card')!;
    expect(card.getAttribute('data-status')).toBe('verified');
    expect(card.textContent).toContain('Jens Stoltenberg');
    expect(search).not.toHaveBeenCalled();
  });

  it('falls back to the closest search hits when there is no match yet', async () => {
    const search = vi.fn(async (): Promise<Result<SearchHit[]>> => ({ ok: true, value: hits }));
    await act(() => render(<SelectionCheck check={{ text: 'the winter floods', at: 2, result: null }} t={t} locale="en-GB" search={search} />, root));
    expect(root.textContent).toContain('Checking…');
    await flush();
    expect(search).toHaveBeenCalledWith('the winter floods');
    expect(root.querySelector('.qt-selection__text')!.textContent).toBe('the winter floods');
    expect(root.querySelectorAll('[data-testid="selection-hits"] .qt-card')).toHaveLength(2);
    expect(root.textContent).toContain('Closest statements in the database');
  });
});

describe('Search and Selection views', () => {
  it('have distinct titles', () => {
    render(<SearchPanel t={t} locale="en-GB" search={vi.fn()} />, root);
    const searchTitle = root.querySelector('h2')!.textContent;
    render(<SelectionCheck check={null} t={t} locale="en-GB" search={vi.fn()} onCheck={vi.fn()} />, root);
    const selectionTitle = root.querySelector('h2')!.textContent;
    expect(searchTitle).toBe('Search the database');
    expect(selectionTitle).toBe('Check a quote');
    expect(root.querySelector('label')!.textContent).not.toBe(searchTitle);
  });

  it('search follows the typing, once per pause', async () => {
    vi.useFakeTimers();
    try {
      const search = vi.fn(async (): Promise<Result<SearchHit[]>> => ({ ok: true, value: hits }));
      render(<SearchPanel t={t} locale="en-GB" search={search} />, root);
      const input = root.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
      for (const typed of ['s', 'si', 'sit', 'sit d', 'sit do']) {
        await act(() => {
          input.value = typed;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await act(() => void vi.advanceTimersByTime(50));
      }
      expect(search).not.toHaveBeenCalled();
      await act(async () => {
        vi.advanceTimersByTime(300);
      });
      await act(async () => {
        await Promise.resolve();
      });
      expect(search).toHaveBeenCalledTimes(1);
      expect(search).toHaveBeenCalledWith('sit do');
      expect(root.querySelectorAll('[data-testid="search-results"] .qt-card')).toHaveLength(2);
      // Enter searches at once (again, if the reader asks), and the pause after it adds no second search.
      await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
      await act(async () => {
        vi.advanceTimersByTime(300);
      });
      expect(search).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
