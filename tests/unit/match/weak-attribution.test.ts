import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';
import { MISATTRIBUTED_MIN_CONFIDENCE } from '../../../lib/detect/calibration';
import { importText } from '../../../lib/db/import/index';
import { Matcher } from '../../../lib/match/matcher';

const statements = importText('statements.jsonl', readFileSync(join(__dirname, '../../fixtures/db/statements.jsonl'), 'utf8')).statements;
const m = Matcher.fromStatements(statements);
// fx:3 is Sergey Orlovsky's; the page credits Tamsin Vale.
const words = 'There is no question of sending our soldiers across the river';
const ask = (speakerConfidence: number | undefined, speakerNamed?: boolean) =>
  m.match({ id: 'q', text: words, speaker: 'Tamsin Vale', speakerConfidence, speakerNamed });

describe('no accusation on a weak attribution', () => {
  it('a named speaker at or above the threshold contradicts the record', () => {
    expect(ask(MISATTRIBUTED_MIN_CONFIDENCE, true).status).toBe('misattributed');
    expect(ask(0.99, true).status).toBe('misattributed');
  });

  it('below the threshold the words are verified and the speaker left unchecked', () => {
    const r = ask(MISATTRIBUTED_MIN_CONFIDENCE - 0.01, true);
    expect(r.status).toBe('verified');
    expect(r.speakerUnchecked).toBe(true);
    expect(r.statement?.id).toBe('fx:3');
  });

  it('an unnamed source ("a spokeswoman") never contradicts a record, however sure', () => {
    const r = ask(0.99, false);
    expect(r.status).toBe('verified');
    expect(r.speakerUnchecked).toBe(true);
  });

  it('no accusation when the page names the record\'s speaker near the quote', () => {
    const r = m.match({ id: 'q', text: words, speaker: 'Tamsin Vale', speakerConfidence: 0.99, speakerNamed: true, nearbySpeakers: ['Tamsin Vale', 'Orlovsky'] });
    expect(r.status).toBe('verified');
    expect(r.speakerUnchecked).toBe(true);
    const other = m.match({ id: 'q', text: words, speaker: 'Tamsin Vale', speakerConfidence: 0.99, speakerNamed: true, nearbySpeakers: ['Tamsin Vale', 'Marta Quillfeather'] });
    expect(other.status).toBe('misattributed');
  });

  it('a malformed nearby list is ignored, never a throw', () => {
    const bad = { id: 'q', text: words, speaker: 'Tamsin Vale', speakerConfidence: 0.99, speakerNamed: true, nearbySpeakers: [null, 7, {}] as unknown as string[] };
    expect(m.match(bad).status).toBe('misattributed');
  });

  it('a speaker given by hand (no confidence) is trusted as before', () => {
    expect(ask(undefined).status).toBe('misattributed');
  });

  it('the right speaker with a weak attribution is simply verified', () => {
    const r = m.match({ id: 'q', text: words, speaker: 'Sergey Orlovsky', speakerConfidence: 0.3, speakerNamed: true });
    expect(r.status).toBe('verified');
    expect(r.speakerUnchecked).toBeUndefined();
  });

  it('the detector marks named speakers and gives a calibrated confidence in 0..1', () => {
    const [named] = detectQuotes(`"${words}," said Tamsin Vale, the party's leader.`);
    expect(named.speaker).toBe('Tamsin Vale');
    expect(named.evidence.named).toBe(true);
    expect(named.confidence).toBeGreaterThan(0.5);
    expect(named.confidence).toBeLessThanOrEqual(1);
    const [unnamed] = detectQuotes(`"${words}," a spokeswoman for the ministry said.`);
    expect(unnamed.evidence.named).toBe(false);
  });

  it('the detector lists who the text names around a quote, nearest first', () => {
    const text = `Marta Quillfeather spoke first. Later Sergey Orlovsky arrived.\n\n"${words}," said Tamsin Vale.`;
    const [q] = detectQuotes(text);
    expect(q.speaker).toBe('Tamsin Vale');
    expect(q.evidence.others).toEqual(['Tamsin Vale', 'Sergey Orlovsky', 'Marta Quillfeather']);
  });
});
