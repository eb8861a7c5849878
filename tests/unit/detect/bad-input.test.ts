import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';
import { findQuoteMarks } from '../../../lib/detect/quote-marks';

// Real speed numbers live in scripts/bench-detect.ts; these only prove that large or hostile
// inputs finish and stay well-formed (a quadratic scan over 1 MB would not finish before the 120 s hang time-out; speed is in npm run bench).
const MB = 1 << 20;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('bad input', () => {
  it('handles a single 1 MB paragraph of attributed quotes', () => {
    const text = repeatTo('"We will win," said Jane Holt, the senator. She added that it was "likely." ', MB);
    const qs = detectQuotes(text);
    expect(qs.length).toBeGreaterThan(10_000);
    expect(qs.every((q) => text.slice(q.start, q.end) === q.text)).toBe(true);
  });

  it('handles a 1 MB paragraph with one unclosed mark at the start', () => {
    const text = '"' + repeatTo('and the talks went on without end ', MB);
    const qs = detectQuotes(text);
    expect(qs.length).toBe(1);
    expect(qs[0].end).toBeLessThanOrEqual(text.length);
  });

  it('handles tens of thousands of quote marks of mixed kinds', () => {
    const text = repeatTo('"“”„«»\'‘’「」', 200_000);
    const qs = detectQuotes(text);
    expect(Array.isArray(qs)).toBe(true);
    expect(findQuoteMarks(text).length).toBeGreaterThan(50_000);
  });

  it('handles many paragraphs that each open a quote and never close it', () => {
    const text = repeatTo('"An unfinished remark by Tom Baker\n\n', MB / 2);
    const qs = detectQuotes(text);
    expect(qs.length).toBeGreaterThan(100);
    expect(qs.every((q) => q.end > q.start)).toBe(true);
  });

  it('handles one huge capitalised run and a megabyte of pronoun cues', () => {
    const caps = repeatTo('"Big" Capital Words Without End ', MB / 2);
    expect(() => detectQuotes(caps)).not.toThrow();
    const pronouns = repeatTo('"Yes," he said. "No," she said. ', MB / 2);
    const qs = detectQuotes(pronouns);
    expect(qs.length).toBeGreaterThan(1000);
  });

  it('handles other scripts without throwing', () => {
    for (const text of ['他说「我们会赢」，然后离开了。', '«Мы не отступим», — сказал Иван Петров.', 'قال الوزير "لن نتراجع" أمس.', '']) {
      expect(() => detectQuotes(text)).not.toThrow();
    }
    expect(detectQuotes('他说「我们会赢」。')[0].text).toBe('我们会赢');
  });

  it('rejects non-string input gracefully', () => {
    expect(detectQuotes(undefined as unknown as string)).toEqual([]);
  });
});
