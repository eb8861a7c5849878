/**
 * Pronoun antecedents and carried speakers: invented sentences, one general behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

interface Case { name: string; text: string; speakers: (string | null)[] }

const CASES: Case[] = [
  {
    name: 'a later subject mention teaches the gender the first one did not give',
    text: 'Mark Ellis, the mayor, opened the meeting on Monday.\n\nTeodoro Quillan sat in the front row. Quillan ran the port for a decade while he lived in the city.\n\n“We built this together,” he said.',
    speakers: ['Teodoro Quillan'],
  },
];

describe('antecedents', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(detectQuotes(c.text).map((q) => q.speaker)).toEqual(c.speakers);
  });
});
