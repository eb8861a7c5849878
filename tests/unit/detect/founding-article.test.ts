import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectInText } from '../../../lib/pipeline';

const text = readFileSync(fileURLToPath(new URL('../../fixtures/detect/founding-article.txt', import.meta.url)), 'utf8');
const quotes = detectInText(text);
const find = (start: string) => quotes.find((q) => q.text.startsWith(start));

describe('founding article (paraphrased fixture)', () => {
  it.each([
    ['We have no plans to deploy NATO combat troops', 'Jens Stoltenberg', 'BBC'],
    ['There is a difference between being a NATO member', 'Jens Stoltenberg', 'BBC'],
    ['ignored', 'Vladimir Putin', undefined],
    ['What the legislation enables us to do', 'Liz Truss', 'Sky News'],
    ['Any company of interest to the Kremlin', 'Liz Truss', 'Sky News'],
    ['very unlikely', 'Liz Truss', undefined],
    ['urge Russia to engage in negotiations', 'Boris Johnson', 'tweet'],
    ['The Russian government has said publicly', 'John Sullivan', undefined],
    ['with full, equal, regard to', 'Sergei Lavrov', 'state television'],
  ])('credits "%s…" to %s', (start, speaker, context) => {
    const q = find(start);
    expect(q, start).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.confidence).toBeGreaterThan(0.5);
    if (context) expect(q!.context).toBe(context);
  });

  it('gives the scare quotes no speaker and low confidence', () => {
    for (const start of ['major', 'accelerate diplomatic efforts.']) {
      const q = find(start);
      expect(q, start).toBeDefined();
      expect(q!.speaker).toBeNull();
      expect(q!.confidence).toBeLessThan(0.2);
    }
  });

  it('drops the "open door" policy name and the headline\'s quoted word', () => {
    expect(find('open door')).toBeUndefined();
    expect(quotes.some((q) => q.text === 'Major')).toBe(false);
  });

  it('finds exactly the eleven quotations, in order, with marks excluded', () => {
    expect(quotes).toHaveLength(11);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^["“”]|["“”]$/);
    }
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((a, b) => a - b));
  });

  it('explains each attribution', () => {
    expect(find('We have no plans')!.evidence).toMatchObject({ cue: 'told', mention: 'Stoltenberg', method: 'surname' });
    expect(find('There is a difference')!.evidence.method).toBe('carry');
    expect(find('major')!.evidence.method).toBe('none');
  });
});
