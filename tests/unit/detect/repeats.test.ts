import { describe, expect, it } from 'vitest';
import { detectInPage, detectInText } from '../../../lib/pipeline';

/** Invented page texts: a body quote and a pull quote or embedded post that repeats it. */
const CASES: { name: string; text: string; once: string; total: number }[] = [
  {
    name: 'a pull quote after the body quote',
    text: '"We will keep every branch library open this year," said Mayor Lena Dahl.\n\n"We will keep every branch library open this year"\n\nThe vote is on Friday.',
    once: 'We will keep every branch library open',
    total: 1,
  },
  {
    name: 'a pull quote before the body quote keeps the attributed copy',
    text: '"Nobody in this town will pay more for water next year."\n\nThe utility met on Monday. "Nobody in this town will pay more for water next year," its director, Omar Haddad, said.',
    once: 'Nobody in this town will pay more',
    total: 1,
  },
  {
    name: 'an embedded post quoting the body',
    text: '"The river is higher than it has been in forty years," said Chief Ada Lorimer.\n\nFire service: "The river is higher than it has been in forty years." Stay away from the banks. — County Fire (@countyfire) May 3',
    once: 'The river is higher than it has been',
    total: 1,
  },
  {
    name: 'short partial quotes may honestly recur',
    text: 'Holt called the plan "a mistake." Later, Pratt also called it "a mistake."',
    once: '',
    total: 2,
  },
];

describe('repeated quotations on a page', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const got = detectInPage(c.text);
    expect(got).toHaveLength(c.total);
    if (c.once) {
      const copies = got.filter((q) => q.text.includes(c.once));
      expect(copies).toHaveLength(1);
      expect(copies[0].speaker).not.toBeNull();
    }
  });

  it('keeps a writer\'s fragment of a statement and the whole statement quoted after it', () => {
    const text = 'Holt said he is now "the worst thing that ever happened to the establishment."\n\n'
      + '"I know this game better than anybody," Holt said. "I was total establishment. Now I am like the worst thing that ever happened to the establishment because I understand the game. That is the end of it."';
    const got = detectInPage(text).map((q) => q.text);
    expect(got.some((t) => t.startsWith('the worst thing'))).toBe(true);
    expect(got.some((t) => t.startsWith('I was total establishment'))).toBe(true);
  });

  it('drops a pull quote set apart as its own block even when it is only part of the statement', () => {
    const text = '"The budget holds, and no branch library will close this year or next," said Mayor Lena Dahl.\n\n'
      + '"No branch library will close this year or next"\n\nThe vote is on Friday.';
    const got = detectInPage(text);
    expect(got).toHaveLength(1);
    expect(got[0].speaker).toBe('Lena Dahl');
  });

  it('plain article text keeps a writer\'s repeated citation', () => {
    expect(detectInText(CASES[0].text).length).toBe(2);
  });

  // Its speed is in npm run bench (pathological rows), not here: a test never reads the clock.
  it('keeps one copy on a page that repeats one quotation thousands of times', () => {
    const para = '"We will keep every branch library open this year," said Mayor Lena Dahl.';
    const text = Array.from({ length: 3000 }, () => para).join('\n\n');
    const got = detectInPage(text);
    expect(got).toHaveLength(1);
  });

  it('does not throw on hostile mark soup', () => {
    const text = '"\u201c'.repeat(5000) + ' word '.repeat(100) + '\u201d"'.repeat(5000);
    expect(() => detectInPage(text)).not.toThrow();
  });
});
