/**
 * Pathological inputs, timed at n and 2n: the time ratio shows whether the cost grows linearly
 * (about 2x) or worse (about 4x). These were wall-clock budgets in unit tests; a test never
 * reads the clock, so the numbers live here.
 */
import { importText } from '../lib/db/import/index';
import { validateStatement } from '../lib/db/schema';
import { detectInPage } from '../lib/pipeline';

export interface PathologicalRow { name: string; ms: number; ms2x: number; ratio: number }

const base = { id: 'x:1', text: '', speaker: 'Ada Fennimore', origin: 'bench' };
const para = '"We will keep every branch library open this year," said Mayor Lena Dahl.';

const CASES: { name: string; run: (n: number) => void; n: number }[] = [
  { name: 'schema: unclosed "<a" markup', n: 2_400, run: (n) => validateStatement({ ...base, text: '<a'.repeat(n) }) },
  { name: 'detect: one quotation repeated', n: 1_500, run: (n) => detectInPage(Array.from({ length: n }, () => para).join('\n\n')) },
  { name: 'import: unclosed ld+json scripts', n: 10_000, run: (n) => importText('x.html', '<html>' + '<script type="application/ld+json">{'.repeat(n)) },
  { name: 'import: stray CSV quotes', n: 15_000, run: (n) => importText('x.csv', 'text,speaker\n' + '"a,'.repeat(n)) },
  { name: 'import: unterminated CSV quote', n: 15_000, run: (n) => importText('x.csv', 'text,speaker\n"' + 'a,\n'.repeat(n)) },
];

function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export function benchPathological(runs = 3): PathologicalRow[] {
  return CASES.map((c) => {
    const ms = bestOf(runs, () => c.run(c.n));
    const ms2x = bestOf(runs, () => c.run(2 * c.n));
    const r = (x: number) => Math.round(x * 10) / 10;
    return { name: c.name, ms: r(ms), ms2x: r(ms2x), ratio: r(ms2x / Math.max(ms, 0.01)) };
  });
}
