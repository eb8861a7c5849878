import { Window } from 'happy-dom';
import { pageDate } from '../../lib/dom/page-date';
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

/** Article text and publication date of an HTML document, through the same lib/dom code the content script runs. */
export function scanHtml(html: string): { text: string; quotes: DetectedQuote[]; date: string | null } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const scan = scanDocument(window.document as unknown as Document);
    return { text: scan.map.text, quotes: scan.quotes, date: pageDate(window.document as unknown as Document) };
  } finally {
    void window.happyDOM.close();
  }
}

/** The quotes of a file, matched; an HTML page's publication date (null for text) narrows reworded matches. */
export function scanContent(content: string, isHtml: boolean, matcher: Matcher): { date: string | null; quotes: ScannedQuote[] } {
  const { quotes, date } = isHtml ? scanHtml(content) : { quotes: detectInText(content), date: null };
  const scanned = quotes.map((q): ScannedQuote => {
    const m = matcher.match({ id: String(q.start), text: q.text, speaker: q.speaker, date });
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
  return { date, quotes: scanned };
}
