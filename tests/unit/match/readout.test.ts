import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../lib/match/matcher';
import { summarizeQuotes, type QuoteRecord } from '../../../lib/results/quote-record';
import type { MatchQuery, Statement } from '../../../lib/types';

/** A readout (the office's third-person summary) and a verbatim record by the same speaker. */
const READOUT: Statement = {
  id: 'ro:1',
  text: 'The President of Russia stressed that the principle of the indivisibility of security was ignored in the replies of the United States and its allies.',
  textKind: 'readout',
  speaker: 'Vladimir Putin',
  date: '2022-01-28',
  context: 'Kremlin readout: Telephone conversation with President of France Emmanuel Macron',
  sourceUrl: 'https://en.kremlin.ru/events/president/news/67657',
  origin: 'test',
};
/** An older pack's readout: kind paraphrase, said so in the context only. */
const OLD_READOUT: Statement = {
  id: 'ro:2',
  text: 'President Biden underscored the readiness of the United States to respond swiftly and decisively together with its allies and partners.',
  textKind: 'paraphrase',
  speaker: 'Joe Biden',
  date: '2022-02-12',
  context: 'Readout of President Biden’s Call with President Vladimir Putin of Russia',
  sourceUrl: 'https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/12/readout/',
  origin: 'test',
};
const SPEECH: Statement = {
  id: 'sp:1',
  text: 'Modern Ukraine was entirely created by Russia or, to be more precise, by Bolshevik, Communist Russia.',
  textKind: 'verbatim',
  speaker: 'Vladimir Putin',
  date: '2022-02-21',
  context: 'Address by the President of the Russian Federation',
  sourceUrl: 'https://en.kremlin.ru/events/president/transcripts/67828',
  origin: 'test',
};
/** The same words as the speech, also found inside a readout: the quotation must win. */
const READOUT_REPEATING_SPEECH: Statement = { ...READOUT, id: 'ro:3', text: SPEECH.text, date: SPEECH.date };

const m = Matcher.fromStatements([READOUT, OLD_READOUT, SPEECH, READOUT_REPEATING_SPEECH]);
const ask = (text: string, speaker: string | null, date: string | null = '2022-01-29'): ReturnType<Matcher['match']> =>
  m.match({ id: 'q', text, speaker, date } satisfies MatchQuery);

describe('a page quoting a readout', () => {
  it('is a readout match, not verified, with the right speaker', () => {
    const r = ask('the principle of the indivisibility of security was ignored in the replies of the United States and its allies', 'Vladimir Putin');
    expect(r.status).toBe('readout');
    expect(r.statement?.id).toBe('ro:1');
  });

  it('is a readout match with no speaker named', () => {
    expect(ask('the principle of the indivisibility of security was ignored in the replies of the United States and its allies', null).status).toBe('readout');
  });

  it('is never misattributed: nobody was quoted saying the summary', () => {
    const r = ask('the principle of the indivisibility of security was ignored in the replies of the United States and its allies', 'Emmanuel Macron');
    expect(r.status).toBe('readout');
    expect(r.statement?.speaker).toBe('Vladimir Putin');
  });

  it('is never altered and carries no diff: a summary is not the speaker’s words to alter', () => {
    const r = ask('the principle of the indivisibility of security was simply ignored in the answers of the United States and its allies', 'Vladimir Putin');
    expect(r.status).toBe('readout');
    expect(r.diff).toBeUndefined();
  });

  it('knows an older pack’s readout by its context', () => {
    const r = ask('underscored the readiness of the United States to respond swiftly and decisively together with its allies and partners', 'Joe Biden', '2022-02-13');
    expect(r.status).toBe('readout');
    expect(r.statement?.id).toBe('ro:2');
  });

  it('leaves a verbatim record verified, and prefers it over a readout with the same words', () => {
    const r = ask('modern Ukraine was entirely created by Russia or, to be more precise, by Bolshevik, Communist Russia', 'Vladimir Putin', '2022-02-22');
    expect(r.status).toBe('verified');
    expect(r.statement?.id).toBe('sp:1');
  });

  it('is counted as its own status on the page, not as verified', () => {
    const r = ask('the principle of the indivisibility of security was ignored in the replies of the United States and its allies', 'Vladimir Putin');
    const q: QuoteRecord = { id: 'q1', text: 'x', kind: 'direct' as QuoteRecord['kind'], speaker: 'Vladimir Putin', confidence: 0.9, cue: null, evidence: { mention: null, cue: null, method: 'none' } as unknown as QuoteRecord['evidence'], match: r };
    const s = summarizeQuotes([q]);
    expect(s.byStatus.readout).toBe(1);
    expect(s.byStatus.verified).toBe(0);
    expect(s.matched).toBe(1);
  });
});
