import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO } from './paths';

/**
 * The packui case, in either browser: kremlin.ru records (CC BY 4.0, with surrounding sentences,
 * one a readout) imported in the options page, and a page quoting them.
 */
export const KREMLIN_FILE = resolve(REPO, 'tests/fixtures/packui/kremlin-statements.jsonl');
export const KREMLIN_PAGE = 'kremlin-call';
/** The readout sentence the page quotes, and the address speech sentence. */
export const READOUT_NEEDLE = 'indivisibility of security';
export const ADDRESS_NEEDLE = 'Bolshevik, Communist Russia';

/** What the card must say about the readout record. */
export const READOUT_CARD = [
  // the page's words match the office's summary: its own state, never "Verified"
  'Matches a readout',
  'Vladimir Putin',
  'Kremlin readout: Telephone conversation with President of France Emmanuel Macron',
  'Readout',
  'not a quotation',
  'Source: en.kremlin.ru',
  'CC BY 4.0',
  'Source: President of Russia, kremlin.ru. Licensed under Creative Commons Attribution 4.0 International.',
  'What was said just before and after',
];
export const READOUT_LINKS = ['http://en.kremlin.ru/events/president/news/67657', 'https://creativecommons.org/licenses/by/4.0/'];
/** A status the card of a readout match must never show. */
export const READOUT_NEVER = 'Verified';
/** Said just before the readout sentence (shown once the disclosure is open). */
export const READOUT_BEFORE = 'did not address Russia';

/** The hover card must stay a card, not a page: taller than this needs scrolling in a laptop window. */
export const MAX_CARD_HEIGHT = 560;

/** Screenshots land here (git-ignored); the test prints each path so a person can open it. */
export function shotPath(name: string): string {
  const dir = resolve(REPO, 'screenshots/packui');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, `${name}.png`);
}
