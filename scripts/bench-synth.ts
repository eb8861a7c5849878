/**
 * Synthetic statements for the latency and load benches: Zipf-distributed made-up words (so
 * common bigrams exist, as in real text), made-up speakers, ASCII. Cheap: no real data needed.
 */
import type { Statement } from '../lib/types';
import { rng } from './bench-queries';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'dor', 'an', 'is', 'pe', 'ru', 'gal', 'fen', 'or', 'ti', 'ba', 'nu', 'ex', 'qui'];
/** Vocabulary size: about the distinct words of a large news corpus. */
const VOCABULARY = 50_000;
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'we', 'not', 'on', 'with', 'have', 'this', 'be', 'are', 'will', 'our'];

function makeWord(i: number): string {
  let w = '';
  do {
    w += SYLLABLES[i % SYLLABLES.length];
    i = Math.floor(i / SYLLABLES.length);
  } while (i > 0);
  return w;
}

export function makeSynthetic(count: number, seed = 11): { statements: Iterable<Statement>; vocab: string[] } {
  const vocab = [...FUNCTION_WORDS, ...Array.from({ length: VOCABULARY }, (_, i) => makeWord(i + 400))];
  // Zipf(1) cumulative table for sampling ranks.
  const cum = new Float64Array(vocab.length);
  let acc = 0;
  for (let i = 0; i < vocab.length; i++) cum[i] = acc += 1 / (i + 1);
  const speakers = Array.from({ length: 5000 }, (_, i) => `${makeWord(i + 3)} ${makeWord(i * 7 + 9000)}`.replace(/\b\w/g, (c) => c.toUpperCase()));
  const statements = {
    *[Symbol.iterator]() {
      const r = rng(seed);
      for (let n = 0; n < count; n++) {
        const len = 10 + Math.floor(r() * 25);
        const words: string[] = [];
        for (let k = 0; k < len; k++) {
          const x = r() * acc;
          let lo = 0, hi = cum.length - 1;
          while (lo < hi) { const mid = (lo + hi) >> 1; if (cum[mid] < x) lo = mid + 1; else hi = mid; }
          words.push(vocab[lo]);
        }
        const s: Statement = {
          id: `syn:${n}`, text: `${words.join(' ')}.`, textKind: 'verbatim', speaker: speakers[n % speakers.length],
          date: `20${10 + (n % 15)}-0${1 + (n % 9)}-1${n % 10}`, context: 'a speech', origin: 'synthetic bench data',
        };
        yield s;
      }
    },
  };
  return { statements, vocab };
}
