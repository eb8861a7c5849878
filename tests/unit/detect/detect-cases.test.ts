import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';
import { CLASS_CASES } from './class-cases';
import { CUE_CASES, KIND_CASES, MARK_CASES, RESOLUTION_CASES, SCARE_CASES, type DetectCase } from './cases';

function check(c: DetectCase): void {
  const got = detectQuotes(c.text);
  expect(got.map((q) => q.text), c.name).toEqual(c.quotes.map((q) => q.text));
  c.quotes.forEach((want, i) => {
    const q = got[i];
    expect(c.text.slice(q.start, q.end)).toBe(q.text);
    if (want.speaker !== undefined) expect(q.speaker, `${c.name}: speaker of "${want.text}"`).toBe(want.speaker);
    if (want.kind !== undefined) expect(q.kind, `${c.name}: kind`).toBe(want.kind);
    if (want.context !== undefined) expect(q.context, `${c.name}: context`).toBe(want.context);
    if (want.cue !== undefined) expect(q.evidence.cue, `${c.name}: cue`).toBe(want.cue);
    if (want.method !== undefined) expect(q.evidence.method, `${c.name}: method`).toBe(want.method);
    if (q.speaker === null) expect(q.confidence).toBeLessThan(0.2);
    else expect(q.confidence).toBeGreaterThan(0.2);
  });
}

describe.each([
  ['quote marks', MARK_CASES],
  ['quote kinds', KIND_CASES],
  ['scare quotes and titles', SCARE_CASES],
  ['reporting cues', CUE_CASES],
  ['speaker resolution', RESOLUTION_CASES],
  ['error classes from the development split', CLASS_CASES],
])('%s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});
