import { Window } from 'happy-dom';
import { scanDocument } from '../../lib/dom/scan-page';
import type { Matcher } from '../../lib/match/matcher';
import { detectInText } from '../../lib/pipeline';
import type { DetectedQuote, MatchResult } from '../../lib/types';

export interface ScannedQuote {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  confidence: number;
  cue: string | null;
  match: null | { status: MatchResult['status']; statementId: string; speaker: string | null; date: string | null; context: string | null; score: number };
}

/** Article text of an HTML document, through the same lib/dom code the content script runs. */
export function scanHtml(html: string): { text: string; quotes: DetectedQuote[] } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const scan = scanDocument(window.document as unknown as Document);
    return { text: scan.map.text, quotes: scan.quotes };
  } finally {
    void window.happyDOM.close();
  }
}

export function scanContent(content: string, isHtml: boolean, matcher: Matcher): ScannedQuote[] {
  const quotes = isHtml ? scanHtml(content).quotes : detectInText(content);
  return quotes.map((q) => {
    const m = matcher.match({ id: String(q.start), text: q.text, speaker: q.speaker });
    return {
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      confidence: q.confidence,
      cue: q.cue,
      match:
        m.status === 'unmatched' || !m.statement
          ? null
          : { status: m.status, statementId: m.statement.id, speaker: m.statement.speaker, date: m.statement.date, context: m.statement.context, score: m.score },
    };
  });
}
