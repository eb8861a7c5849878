import type { QuoteRecord } from '../../../lib/results/quote-record';
import type { Statement } from '../../../lib/types';

/** The founding article's facts. */
export const STOLTENBERG: Statement = {
  id: 'bbc-2022-01-30-stoltenberg',
  text: 'We are prepared to sit down and listen to Russia’s concerns',
  speaker: 'Jens Stoltenberg',
  speakerRole: 'NATO Secretary-General',
  date: '2022-01-30',
  context: 'interview with the BBC',
  sourceUrl: 'https://www.bbc.co.uk/news/world-europe-60186577',
  origin: 'test',
};

/** Fictional statements. */
export const MAYOR: Statement = {
  id: 'fict-mayor-1',
  text: 'The bridge will be finished before the winter floods',
  speaker: 'Alma Verhoeven',
  speakerRole: 'Mayor of Eastbrook',
  date: '2023-09',
  context: 'council meeting',
  sourceUrl: 'javascript:alert(1)',
  verdict: 'Mostly False',
  verdictScale: 'mostly-false',
  factChecker: 'Eastbrook Checks',
  factCheckUrl: 'https://checks.example/bridge',
  origin: 'test',
};

export function quote(partial: Partial<QuoteRecord> & Pick<QuoteRecord, 'id' | 'text' | 'match'>): QuoteRecord {
  return {
    kind: 'direct',
    speaker: null,
    confidence: 0.9,
    cue: 'said',
    evidence: { cue: 'said', mention: null, method: 'name' },
    context: null,
    ...partial,
  };
}

export const verifiedStoltenberg = quote({
  id: 'q1',
  text: 'We are prepared to sit down and listen to Russia’s concerns',
  speaker: 'Jens Stoltenberg',
  confidence: 0.92,
  cue: 'told',
  evidence: { cue: 'told', mention: 'Stoltenberg', method: 'surname' },
  context: 'the BBC',
  match: { status: 'verified', statement: STOLTENBERG, score: 0.97 },
});

export const alteredStoltenberg = quote({
  id: 'q2',
  text: 'We are ready to sit down and listen to Russia’s concerns',
  speaker: 'Jens Stoltenberg',
  evidence: { cue: 'said', mention: 'Stoltenberg', method: 'surname' },
  match: {
    status: 'altered',
    statement: STOLTENBERG,
    score: 0.81,
    diff: [
      { op: 'equal', page: 'We are', record: 'We are' },
      { op: 'replace', page: 'ready', record: 'prepared' },
      { op: 'equal', page: 'to sit down and listen to Russia’s concerns', record: 'to sit down and listen to Russia’s concerns' },
    ],
  },
});

export const misattributedMayor = quote({
  id: 'q3',
  text: 'The bridge will be finished before the winter floods',
  speaker: 'Tomas Reed',
  evidence: { cue: 'said', mention: 'Reed', method: 'surname' },
  match: { status: 'misattributed', statement: MAYOR, score: 0.95 },
});

export const unmatchedAnon = quote({
  id: 'q4',
  text: 'Nobody told us anything <img src=x onerror="window.__pwned=1">',
  speaker: null,
  confidence: 0,
  cue: null,
  evidence: { cue: null, mention: null, method: 'none' },
  match: { status: 'unmatched', statement: null, score: 0 },
});
