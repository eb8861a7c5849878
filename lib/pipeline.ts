/** The page pipeline: detection now, matching later. Keep it thin. */
import type { DetectedQuote } from './types';
import { detectQuotes } from './detect/index';

/** Quotations in a plain text, attributed to speakers. */
export function detectInText(text: string): DetectedQuote[] {
  return detectQuotes(text);
}
