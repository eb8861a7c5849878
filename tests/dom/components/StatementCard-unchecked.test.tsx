import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { StatementCard } from '../../../components/StatementCard';
import { quote, STOLTENBERG } from './fixtures';
import { mountEach } from './mount';
import { makeT } from './translate';

let root: HTMLElement;
mountEach((el) => (root = el));
const text = () => root.textContent?.replace(/\s+/g, ' ') ?? '';

describe('StatementCard: a record by another speaker, page attribution too weak to compare', () => {
  const weak = quote({
    id: 'q-weak',
    text: 'We have no plans to deploy NATO combat troops to Ukraine',
    speaker: 'Sergei Lavrov',
    confidence: 0.55,
    evidence: { cue: 'said', mention: 'he', method: 'pronoun', named: true },
    match: { status: 'verified', statement: STOLTENBERG, score: 0.95, speakerUnchecked: true },
  });

  it('says neutrally who the record credits, with no misattribution warning', () => {
    render(<StatementCard quote={weak} t={makeT('en')} locale="en-GB" />, root);
    expect(root.querySelector('article')!.getAttribute('data-status')).toBe('verified');
    expect(root.querySelector('.qt-card__warning')).toBeNull();
    const note = root.querySelector('[data-testid="speaker-unchecked"]')!;
    expect(note.textContent).toContain('The record credits these words to Jens Stoltenberg');
    expect(note.textContent).toContain('not certain enough');
    expect(text()).not.toContain('Misattributed');
  });

  it('in French too', () => {
    render(<StatementCard quote={weak} t={makeT('fr')} locale="fr-FR" />, root);
    expect(root.querySelector('[data-testid="speaker-unchecked"]')!.textContent).toContain('La base attribue ces mots à Jens Stoltenberg');
  });

  it('no note when the speaker was checked', () => {
    render(<StatementCard quote={{ ...weak, match: { ...weak.match, speakerUnchecked: undefined } }} t={makeT('en')} locale="en-GB" />, root);
    expect(root.querySelector('[data-testid="speaker-unchecked"]')).toBeNull();
  });
});
