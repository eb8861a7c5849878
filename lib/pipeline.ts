/** The page pipeline: detection now, matching later. Keep it thin. */
import type { DetectedQuote } from './types';
import { detectQuotes } from './detect/index';
import { dropRepeatedQuotes } from './detect/repeats';

/** Quotations in a plain text, attributed to speakers. */
export function detectInText(text: string): DetectedQuote[] {
  return detectQuotes(text);
}

/**
 * Quotations in the text of a rendered page: as detectInText, but a quotation the page repeats
 * (a pull quote, an embedded post quoting the body) counts once. Not for plain article text,
 * where a writer's own repetition of a quote is a second citation.
 */
export function detectInPage(text: string): DetectedQuote[] {
  return dropRepeatedQuotes(detectQuotes(text), text);
}
