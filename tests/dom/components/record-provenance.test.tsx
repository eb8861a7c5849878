import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { QuoteListItem } from '../../../components/QuoteListItem';
import { StatementCard } from '../../../components/StatementCard';
import { StatementRecord } from '../../../components/StatementRecord';
import type { Statement } from '../../../lib/types';
import { quote, STOLTENBERG } from './fixtures';
import { mountEach } from './mount';
import { makeT } from './translate';

/** Records as the kremlin ingester writes them (tests/fixtures/packui, CC BY 4.0, kremlin.ru). */
const KREMLIN = readFileSync(resolve(__dirname, '../../fixtures/packui/kremlin-statements.jsonl'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as Statement);
const ADDRESS = KREMLIN.find((s) => s.textKind === 'verbatim')!;
const READOUT = KREMLIN.find((s) => s.textKind === 'paraphrase' && s.text.includes('ignored'))!;

const t = makeT('en');
let root: HTMLElement;
mountEach((el) => (root = el));
const text = () => root.textContent?.replace(/\s+/g, ' ') ?? '';
const verified = (statement: Statement, words = statement.text) =>
  quote({ id: 'k1', text: words, speaker: 'Vladimir Putin', match: { status: 'verified', statement, score: 0.96 } });
/** What the matcher gives page words that match a readout (tests/unit/match/readout.test.ts). */
const readout = (statement: Statement, words = statement.text) =>
  quote({ id: 'k2', text: words, speaker: 'Vladimir Putin', match: { status: 'readout', statement, score: 0.96 } });

describe('record provenance: source, licence, credit', () => {
  it('names the source by its site, links it, and shows the CC BY licence and the credit without the address twice', () => {
    render(<StatementRecord statement={ADDRESS} t={t} locale="en-GB" />, root);
    const source = root.querySelector<HTMLAnchorElement>('[data-testid="record-source"]')!;
    expect(source.textContent).toBe('Source: en.kremlin.ru');
    expect(source.getAttribute('href')).toBe('http://en.kremlin.ru/events/president/news/67828');
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
    const licence = root.querySelector('[data-testid="record-licence"]')!;
    expect(licence.textContent).toContain('Licence: CC BY 4.0');
    expect(licence.querySelector('a')!.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licence.textContent).toContain('Source: President of Russia, kremlin.ru. Licensed under Creative Commons Attribution 4.0 International.');
    expect(licence.textContent).not.toContain('http');
  });

  it('never links a source that is not http(s), and says where the record comes from instead', () => {
    const hostile: Statement = { ...ADDRESS, sourceUrl: 'javascript:alert(1)', licence: 'javascript:alert(2)', attribution: '<img src=x onerror=alert(3)>', origin: 'imported from harbour.jsonl' };
    render(<StatementRecord statement={hostile} t={t} locale="en-GB" />, root);
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.querySelector('[data-testid="record-source"]')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain('From: imported from harbour.jsonl');
    // An unknown licence is shown as written and never becomes a link.
    expect(root.querySelector('[data-testid="record-licence"] a')).toBeNull();
    expect(text()).toContain('javascript:alert(2)');
  });

  it('shows no licence line for a record that states none', () => {
    render(<StatementRecord statement={STOLTENBERG} t={t} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="record-licence"]')).toBeNull();
    expect(root.querySelector('[data-testid="record-kind"]')).toBeNull();
    expect(root.querySelector('[data-testid="record-context"]')).toBeNull();
  });
});

describe('record kind: readouts and paraphrases are not quotations', () => {
  it('says plainly that a Kremlin readout is a third-person summary, not a quotation', () => {
    render(<StatementCard quote={readout(READOUT)} t={t} locale="en-GB" compact />, root);
    const kind = root.querySelector('[data-testid="record-kind"]')!;
    expect(kind.getAttribute('data-kind')).toBe('readout');
    expect(kind.textContent).toContain('Readout');
    expect(kind.textContent).toContain('not a quotation');
    expect(text()).toContain('Kremlin readout: Telephone conversation with President of France Emmanuel Macron');
  });

  it('shows page words matching a readout as matching the office\'s summary, with its wording, never as verified', () => {
    const words = 'the principle of the indivisibility of security was ignored';
    render(<StatementCard quote={readout(READOUT, words)} t={t} locale="en-GB" />, root);
    expect(root.querySelector('article')!.getAttribute('data-status')).toBe('readout');
    expect(root.querySelector('.qt-badge')!.textContent).toContain('Matches a readout');
    expect(root.querySelector('[data-testid="readout-note"]')!.textContent).toContain('no record holds them as anyone');
    expect(text()).toContain('The words match an official readout (96% match)');
    // the record's own wording is shown next to the page's words
    expect(text()).toContain(READOUT.text);
    expect(text()).not.toContain('Verified');
    expect(root.querySelector('.qt-diff__text')).toBeNull();
  });

  it('calls a paraphrase that is no readout a paraphrase, and a summary with quoted words partly quoted', () => {
    render(<StatementRecord statement={{ ...READOUT, context: 'interview' }} t={t} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="record-kind"]')!.getAttribute('data-kind')).toBe('paraphrase');
    render(<StatementRecord statement={{ ...READOUT, textKind: 'partial', quotedSpans: ['ignored'] }} t={t} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="record-kind"]')!.textContent).toContain('Only the words in quotation marks');
    render(<StatementRecord statement={ADDRESS} t={t} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="record-kind"]')).toBeNull();
  });

  it('tags a readout in the side panel row, before the item is opened', () => {
    render(<ul><QuoteListItem quote={readout(READOUT)} t={t} locale="en-GB" expanded={false} onToggle={() => {}} /></ul>, root);
    expect(root.querySelector('[data-testid="kind-tag"]')!.textContent).toBe('Readout');
    expect(root.querySelector('.qt-badge')!.getAttribute('data-status')).toBe('readout');
    expect(text()).not.toContain('Verified');
    render(<ul><QuoteListItem quote={verified(ADDRESS)} t={t} locale="en-GB" expanded={false} onToggle={() => {}} /></ul>, root);
    expect(root.querySelector('[data-testid="kind-tag"]')).toBeNull();
  });

  it('speaks French too', () => {
    render(<StatementRecord statement={READOUT} t={makeT('fr')} locale="fr-FR" />, root);
    expect(root.querySelector('[data-testid="record-kind"]')!.textContent).toContain('Compte rendu');
    expect(root.querySelector('[data-testid="record-licence"]')!.textContent).toContain('Licence : CC BY 4.0');
  });
});

describe('surrounding sentences', () => {
  it('folds what was said before and after into a closed disclosure in the hover card', () => {
    render(<StatementCard quote={verified(ADDRESS, 'to be more precise, by Bolshevik, Communist Russia')} t={t} locale="en-GB" compact />, root);
    const context = root.querySelector<HTMLDetailsElement>('[data-testid="record-context"]')!;
    expect(context.open).toBe(false);
    expect(context.querySelector('summary')!.textContent).toBe('What was said just before and after');
    const lines = [...context.querySelectorAll('.qt-context__line')].map((l) => l.textContent);
    expect(lines).toEqual([
      `Just before${ADDRESS.contextBefore}`,
      `This record${ADDRESS.text}`,
      `Just after${ADDRESS.contextAfter}`,
    ]);
  });

  it('keeps it closed in the side panel too, and shows only the side that exists', () => {
    render(<StatementCard quote={verified({ ...ADDRESS, contextAfter: undefined })} t={t} locale="en-GB" embedded />, root);
    const context = root.querySelector<HTMLDetailsElement>('[data-testid="record-context"]')!;
    expect(context.open).toBe(false);
    expect(context.querySelector('.qt-context__line--before')).not.toBeNull();
    expect(context.querySelector('.qt-context__line--after')).toBeNull();
  });
});
