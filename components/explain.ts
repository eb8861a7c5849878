import type { QuoteRecord } from '../lib/results/quote-record';
import { formatPercent, levelOf } from './format';
import type { Translate } from './i18n';
import { describeOccasion } from './StatementRecord';

/** One sentence on how well the words match the record, with the score. */
export function explainMatch(quote: QuoteRecord, t: Translate, locale: string): string {
  const { status, score } = quote.match;
  if (status === 'unmatched') return t('match_none');
  return t(`match_${status}`, [formatPercent(score, locale)]);
}

/**
 * Why the page's speaker was chosen, built from the page's own words: mention + cue + context
 * ("Stoltenberg told the BBC"), and how sure the attribution is.
 */
export function explainAttribution(quote: QuoteRecord, t: Translate, locale: string): string {
  const level = t(`level_${levelOf(quote.confidence)}`);
  const percent = formatPercent(quote.confidence, locale);
  const { mention, cue, method } = quote.evidence;
  if (!quote.speaker || method === 'none') return t('attribution_none');
  const phrase = [mention, cue, quote.context].filter((w) => w && w.trim() && w.trim() !== ':').join(' ');
  const how = t(`method_${method}`);
  if (!phrase) return t('attribution_plain', [level, percent, how]);
  return t('attribution_because', [level, percent, phrase, how]);
}

/** "The record credits these words to X (date, context), not to Y." */
export function explainMisattribution(quote: QuoteRecord, t: Translate, locale: string): string | null {
  const s = quote.match.statement;
  if (quote.match.status !== 'misattributed' || !s) return null;
  const credited = s.speaker ?? t('speaker_unknown');
  const occasion = describeOccasion(s, locale, ', ');
  const who = occasion ? `${credited} (${occasion})` : credited;
  return quote.speaker ? t('misattributed_sentence', [who, quote.speaker]) : t('misattributed_sentence_nospeaker', [who]);
}

/** "The record credits these words to X (date, context); the page's attribution is too unsure to compare." */
export function explainUncheckedSpeaker(quote: QuoteRecord, t: Translate, locale: string): string | null {
  const s = quote.match.statement;
  if (!quote.match.speakerUnchecked || !s?.speaker) return null;
  const occasion = describeOccasion(s, locale, ', ');
  return t('speaker_unchecked_note', [occasion ? `${s.speaker} (${occasion})` : s.speaker]);
}
