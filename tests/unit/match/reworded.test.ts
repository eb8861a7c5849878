import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../lib/match/matcher';
import { datesAgree, stem } from '../../../lib/match/reworded';
import type { Statement } from '../../../lib/types';

// Invented transcript lines of an invented foreign-language leader, and one of someone else.
const rec = (id: string, speaker: string, text: string, date = '2022-03-10'): Statement => ({
  id, speaker, text, date, context: 'press conference', origin: 'test', textKind: 'verbatim',
});
const statements: Statement[] = [
  rec('a1', 'Ivan Petrenko', 'We will never accept the deployment of strike weapons near our borders, and our partners know this very well.'),
  rec('a2', 'Ivan Petrenko', 'The harvest this year will reach 130 million tonnes of grain, and we are ready to supply our partners.'),
  rec('a3', 'Ivan Petrenko', 'Our economy has adapted to the restrictions, and unemployment remains at a historic low.'),
  rec('b1', 'Marta Lindqvist', 'We will never accept the deployment of strike weapons near our borders, and our allies know this very well.'),
];
const m = Matcher.fromStatements(statements);

describe('reworded (translated) quotes', () => {
  it('finds the speaker’s record said in other words, as its own status with the record', () => {
    const r = m.match({ id: 'q', speaker: 'Ivan Petrenko', text: 'Our partners know very well that we shall never accept strike weapons being deployed near our borders.' });
    expect(r.status).toBe('reworded');
    expect(r.statement?.id).toBe('a1');
    expect(r.diff).toBeUndefined();
  });

  it('holds numbers: a different figure is a different statement', () => {
    const ok = m.match({ id: 'q', speaker: 'Petrenko', text: 'This year the grain harvest is going to reach 130 million tonnes, and we stand ready to supply partners.' });
    expect(ok.status).toBe('reworded');
    expect(ok.statement?.id).toBe('a2');
    const other = m.match({ id: 'q', speaker: 'Petrenko', text: 'This year the grain harvest is going to reach 150 million tonnes, and we stand ready to supply partners.' });
    expect(other.status).toBe('unmatched');
  });

  it('never crosses speakers, and never without a named speaker', () => {
    const text = 'Our partners know very well that we shall never accept strike weapons being deployed near our borders.';
    expect(m.match({ id: 'q', speaker: 'Tomas Berg', text }).status).toBe('unmatched');
    expect(m.match({ id: 'q', speaker: null, text }).status).toBe('unmatched');
  });

  it('needs the page dated within a few days after the statement when both dates are known', () => {
    const text = 'Our partners know very well that we shall never accept strike weapons being deployed near our borders.';
    expect(m.match({ id: 'q', speaker: 'Ivan Petrenko', text, date: '2022-03-12' }).status).toBe('reworded');
    expect(m.match({ id: 'q', speaker: 'Ivan Petrenko', text, date: '2022-05-20' }).status).toBe('unmatched');
    expect(datesAgree('2022-03-10', '2022-03-09')).toBe(true);
    expect(datesAgree('2022-03-10', '2022-03-01')).toBe(false);
    expect(datesAgree(null, '2022-03-01')).toBe(true);
  });

  it('does not take a same-topic different statement, nor a short quote', () => {
    expect(m.match({ id: 'q', speaker: 'Ivan Petrenko', text: 'Our borders are safe and our partners will help us build new weapons factories.' }).status).toBe('unmatched');
    expect(m.match({ id: 'q', speaker: 'Ivan Petrenko', text: 'never accept strike weapons' }).status).toBe('unmatched');
  });

  it('keeps exact and altered matches as they were', () => {
    expect(m.match({ id: 'q', speaker: 'Ivan Petrenko', text: statements[2].text }).status).toBe('verified');
    const altered = m.match({ id: 'q', speaker: 'Ivan Petrenko', text: 'Our economy has adapted to the restrictions, and unemployment remains at a record low.' });
    expect(altered.status).toBe('altered');
  });

  it('folds common suffixes only', () => {
    expect(stem('sanctions')).toBe(stem('sanctioned'));
    expect(stem('deployed')).toBe(stem('deployment'));
    expect(stem('130')).toBe('130');
  });
});

describe('close translations of a translated record', () => {
  const kremlin = (id: string, speaker: string, text: string, date = '2022-02-24'): Statement => ({
    ...rec(id, speaker, text, date), sourceUrl: `http://en.kremlin.ru/events/president/news/${id}`,
  });
  const t = Matcher.fromStatements([
    kremlin('67843', 'Ivan Petrenko', 'Whoever tries to stand in our way must know that the response will be immediate and lead to consequences never seen before.'),
    rec('en1', 'Ann Carter', 'Whoever tries to stand in our way must know that the response will be immediate and lead to consequences never seen before.', '2022-02-20'),
  ]);
  const close = 'Whoever tries to stand in our way should know that the response will be immediate and lead to consequences you have never seen.';

  it('are reworded, never altered, with the record and no diff', () => {
    const r = t.match({ id: 'q', speaker: 'Ivan Petrenko', text: close, date: '2022-02-25' });
    expect(r.status).toBe('reworded');
    expect(r.statement?.id).toBe('67843');
    expect(r.diff).toBeUndefined();
  });

  it('stay altered on a record in the speaker’s own language', () => {
    expect(t.match({ id: 'q', speaker: 'Ann Carter', text: close, date: '2022-02-21' }).status).toBe('altered');
  });

  it('need the page dated a few days after the record, and never cross speakers', () => {
    expect(t.match({ id: 'q', speaker: 'Ivan Petrenko', text: close, date: '2022-06-01' }).status).toBe('unmatched');
    expect(t.match({ id: 'q', speaker: 'Tomas Berg', text: close, date: '2022-02-25' }).status).toBe('unmatched');
  });
});
