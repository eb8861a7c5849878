import { setPendingCheck } from '../../platform/pending-check';
import { getSettings } from '../../platform/settings';
import { getMatcher } from './database';

/** Selections longer than this are cut: a statement, not a whole article, is what gets checked. */
const MAX_SELECTION_CHARS = 2_000;

/**
 * "Check with QuoteTrace": match the text as a quote with no stated speaker and leave it, with the
 * result, where the side panel's Selection view watches (session storage).
 */
export async function checkSelection(raw: string) {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_CHARS);
  const at = Date.now();
  await setPendingCheck({ text, at, result: null });
  try {
    const [matcher, settings] = await Promise.all([getMatcher(), getSettings()]);
    await setPendingCheck({ text, at, result: matcher.match({ id: 'selection', text, speaker: null }, { strictness: settings.strictness }) });
  } catch (e) {
    console.error('QuoteTrace: could not check the selection', e);
  }
}
