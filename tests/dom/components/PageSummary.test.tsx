import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PageSummary } from '../../../components/PageSummary';
import { StatusBadge } from '../../../components/StatusBadge';
import { summarizeQuotes } from '../../../lib/results/quote-record';
import { alteredStoltenberg, misattributedMayor, unmatchedAnon, verifiedStoltenberg } from './fixtures';
import { mountEach } from './mount';
import { makeT } from './translate';

const t = makeT('en');
let root: HTMLElement;
mountEach((el) => (root = el));

describe('PageSummary', () => {
  it('counts quotes found and matched, by status and by verdict', () => {
    const summary = summarizeQuotes([verifiedStoltenberg, alteredStoltenberg, misattributedMayor, unmatchedAnon]);
    render(<PageSummary summary={summary} t={t} />, root);
    expect(root.querySelector('[data-testid="count-found"]')!.textContent).toBe('Quotes found: 4');
    expect(root.querySelector('[data-testid="count-matched"]')!.textContent).toBe('In the database: 3');
    const status = (s: string) => root.querySelector(`li[data-status="${s}"]`)!.textContent;
    expect(status('verified')).toBe('✓Verified1');
    expect(status('misattributed')).toBe('⚠Misattributed1');
    expect(status('unmatched')).toBe('?Not in database1');
    const verdicts = [...root.querySelectorAll('li[data-verdict]')].map((li) => li.textContent);
    expect(verdicts).toEqual(['Mostly false1', 'No verdict2']);
    expect(root.querySelector('[aria-live]')).not.toBeNull();
  });
});

describe('StatusBadge', () => {
  it('shows a glyph hidden from screen readers and the status in words', () => {
    for (const [status, glyph, word] of [
      ['verified', '✓', 'Verified'],
      ['altered', '≠', 'Altered'],
      ['misattributed', '⚠', 'Misattributed'],
      ['unmatched', '?', 'Not in database'],
    ] as const) {
      render(<StatusBadge status={status} t={t} />, root);
      expect(root.querySelector('.qt-badge__glyph')!.textContent).toBe(glyph);
      expect(root.querySelector('.qt-badge__glyph')!.getAttribute('aria-hidden')).toBe('true');
      expect(root.querySelector('.qt-badge__word')!.textContent).toBe(word);
    }
  });
});
