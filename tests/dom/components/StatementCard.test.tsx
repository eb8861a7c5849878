import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { StatementCard } from '../../../components/StatementCard';
import { alteredStoltenberg, misattributedMayor, quote, STOLTENBERG, unmatchedAnon, verifiedStoltenberg } from './fixtures';
import { mountEach } from './mount';
import { makeT } from './translate';

const t = makeT('en');
let root: HTMLElement;
mountEach((el) => (root = el));
const text = () => root.textContent?.replace(/\s+/g, ' ') ?? '';

describe('StatementCard', () => {
  it('shows a verified quote with the record: speaker, role, UTC date, context, source, why', () => {
    render(<StatementCard quote={verifiedStoltenberg} t={t} locale="en-GB" />, root);
    const card = root.querySelector('article')!;
    expect(card.getAttribute('data-status')).toBe('verified');
    expect(root.querySelector('.qt-badge')!.textContent).toContain('Verified');
    expect(root.querySelector('.qt-badge__glyph')!.textContent).toBe('✓');
    expect(text()).toContain('Jens Stoltenberg');
    expect(text()).toContain('NATO Secretary-General');
    expect(text()).toContain('30 January 2022');
    expect(text()).toContain('interview with the BBC');
    expect(text()).toContain('“Stoltenberg told the BBC”');
    expect(text()).toContain('High confidence (92%)');
    expect(text()).toContain('The words match the record (97% match)');
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(STOLTENBERG.sourceUrl);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows a reworded (translated) quote as its own state, with both texts and no diff', () => {
    const reworded = quote({
      id: 'q9',
      text: 'We stand ready to sit and hear out what worries Russia',
      speaker: 'Jens Stoltenberg',
      match: { status: 'reworded', statement: STOLTENBERG, score: 0.74 },
    });
    render(<StatementCard quote={reworded} t={t} locale="en-GB" />, root);
    expect(root.querySelector('article')!.getAttribute('data-status')).toBe('reworded');
    expect(root.querySelector('.qt-badge')!.textContent).toContain('Worded differently');
    expect(root.querySelector('.qt-badge__glyph')!.textContent).toBe('≈');
    expect(text()).toContain('The transcript words it differently');
    expect(text()).toContain('We stand ready to sit and hear out what worries Russia');
    expect(text()).toContain(STOLTENBERG.text);
    expect(root.querySelector('.qt-diff__text')).toBeNull();
    expect(text()).not.toContain('Altered');
  });

  it('renders an altered quote as a word diff with del/ins and hidden labels', () => {
    render(<StatementCard quote={alteredStoltenberg} t={t} locale="en-GB" />, root);
    const del = root.querySelector('.qt-diff__text del')!;
    const ins = root.querySelector('.qt-diff__text ins')!;
    expect(del.textContent).toBe('In the record: prepared');
    expect(ins.textContent).toBe('On the page: ready');
    expect(del.querySelector('.qt-visually-hidden')).not.toBeNull();
    expect(root.querySelector('.qt-diff__text')!.textContent).toContain('to sit down and listen');
    expect(root.querySelector('.qt-badge')!.textContent).toContain('Altered');
  });

  it('says who the record credits for a misattributed quote, and drops a non-http source link', () => {
    render(<StatementCard quote={misattributedMayor} t={t} locale="en-GB" />, root);
    expect(root.querySelector('.qt-card__warning')!.textContent).toBe(
      'The record credits these words to Alma Verhoeven (September 2023, council meeting), not to Tomas Reed.',
    );
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://checks.example/bridge']);
    expect(text()).not.toContain('javascript');
    expect(text()).toContain('Verdict: Mostly false');
    expect(text()).toContain('Eastbrook Checks');
  });

  it('shows hostile quote text as text, never as markup', () => {
    render(<StatementCard quote={unmatchedAnon} t={t} locale="en-GB" />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')!.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text()).toContain('Not in database');
    expect(text()).toContain('The page names no speaker for these words.');
  });

  it('formats dates without a time-zone shift and with partial precision', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles'; // a local-time formatter would print 31 December 2021
    for (const [date, expected] of [
      ['2022-01-01', '1 January 2022'],
      ['2021-12-31', '31 December 2021'],
      ['2022-01', 'January 2022'],
      ['2019', '2019'],
    ] as const) {
      render(<StatementCard quote={{ ...verifiedStoltenberg, match: { ...verifiedStoltenberg.match, statement: { ...STOLTENBERG, date } } }} t={t} locale="en-GB" />, root);
      expect(root.querySelector('.qt-record__occasion')!.textContent).toBe(`${expected} · interview with the BBC`);
    }
    process.env.TZ = tz;
  });

  it('calls onClose from its close button, and folds evidence when compact', () => {
    const onClose = vi.fn();
    render(<StatementCard quote={verifiedStoltenberg} t={t} locale="en-GB" onClose={onClose} compact />, root);
    const close = root.querySelector<HTMLButtonElement>('button.qt-card__close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    close.click();
    expect(onClose).toHaveBeenCalledOnce();
    expect(root.querySelector('details summary')!.textContent).toBe('How sure, and why');
  });

  it('renders in French with French dates', () => {
    render(<StatementCard quote={verifiedStoltenberg} t={makeT('fr')} locale="fr" />, root);
    expect(text()).toContain('Vérifiée');
    expect(text()).toContain('30 janvier 2022');
  });

  it('explains a pronoun attribution with no context', () => {
    const q = quote({ ...verifiedStoltenberg, id: 'q9', confidence: 0.55, evidence: { cue: 'added', mention: 'he', method: 'pronoun' }, context: null });
    render(<StatementCard quote={q} t={t} locale="en-GB" />, root);
    expect(text()).toContain('Medium confidence (55%): the page says “he added” (a pronoun pointing back to the speaker).');
  });
});
