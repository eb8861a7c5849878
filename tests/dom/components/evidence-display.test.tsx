import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PageSummary } from '../../../components/PageSummary';
import { QuoteList } from '../../../components/QuoteList';
import { SelectionCheck } from '../../../components/SelectionCheck';
import { StatementCard } from '../../../components/StatementCard';
import { summarizeQuotes } from '../../../lib/results/quote-record';
import type { Statement } from '../../../lib/types';
import { quote, STOLTENBERG, verifiedStoltenberg } from './fixtures';
import { mountEach } from './mount';
import { makeT } from './translate';

const t = makeT('en');
let root: HTMLElement;
mountEach((el) => (root = el));

/** An invented fact-check imported from ClaimReview: a publisher's rating, no verdictScale. */
const RATED: Statement = {
  id: 'cr:ferry',
  text: 'The ferry will run every day of the winter',
  speaker: 'Ida Marsh',
  date: '2024-11-02',
  context: 'harbour meeting',
  verdict: 'False',
  factChecker: 'Harbour Checks',
  origin: 'claimreview',
};
const ratedQuote = quote({ id: 'r1', text: RATED.text, speaker: 'Ida Marsh', match: { status: 'verified', statement: RATED, score: 1 } });
const fragment = quote({
  id: 'f1',
  text: 'very unlikely',
  speaker: 'Jens Stoltenberg',
  match: { status: 'verified', statement: { ...STOLTENBERG, id: 's2', text: 'An invasion is very unlikely, he said', quotedSpans: ['very unlikely'] }, score: 1 },
});

describe('verdicts: one category for popup and card', () => {
  it('counts an imported "False" as False in the summary, as the card says', () => {
    render(<PageSummary summary={summarizeQuotes([ratedQuote, ratedQuote])} t={t} />, root);
    expect([...root.querySelectorAll('li[data-verdict]')].map((li) => li.textContent)).toEqual(['False2']);
    render(<StatementCard quote={ratedQuote} t={t} locale="en-GB" />, root);
    const verdict = root.querySelector('.qt-record__verdict')!;
    expect(verdict.getAttribute('data-verdict')).toBe('false');
    expect(verdict.textContent).toContain('Verdict: False');
  });

  it('has no verdict block at all when no matched quote has a verdict', () => {
    render(<PageSummary summary={summarizeQuotes([verifiedStoltenberg, verifiedStoltenberg])} t={t} />, root);
    expect(root.querySelector('.qt-summary__verdicts')).toBeNull();
    expect(root.textContent).not.toContain('No verdict');
  });
});

describe('fragments', () => {
  it('are tagged in the list and explained in the card as weak evidence', () => {
    render(<QuoteList quotes={[verifiedStoltenberg, fragment]} t={t} locale="en-GB" />, root);
    const tags = () => [...root.querySelectorAll('[data-testid="fragment-tag"]')].map((el) => el.closest('[data-quotetrace-item]')!.getAttribute('data-quotetrace-item'));
    expect(tags()).toEqual(['f1']);
    expect(root.querySelector('[data-quotetrace-item="f1"]')!.textContent).toContain('Fragment');
    render(<StatementCard quote={fragment} t={t} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="fragment-note"]')!.textContent).toContain('weak evidence');
    render(<StatementCard quote={verifiedStoltenberg} t={t} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="fragment-note"]')).toBeNull();
  });
});

describe('text the reader checked', () => {
  it('does not speak of a page that names no speaker', () => {
    const check = { text: 'We are prepared to sit down and listen', at: 3, result: { status: 'verified' as const, statement: STOLTENBERG, score: 0.93 } };
    render(<SelectionCheck check={check} t={t} locale="en-GB" search={vi.fn()} onCheck={vi.fn()} />, root);
    const card = root.querySelector('[data-testid="selection-check"] .qt-card')!;
    expect(card.textContent).toContain('You gave no speaker: only the words are compared.');
    expect(card.textContent).not.toContain('The page names no speaker');
    expect(card.textContent).not.toContain('Attribution');
  });
});
