import { describe, expect, test } from 'vitest';
import { parseBackgroundMessage, parseContentMessage, MAX_QUOTES_PER_MESSAGE } from '../../../lib/protocol/validate';

const quote = (over: Record<string, unknown> = {}) => ({
  id: 'q-1-0',
  text: 'We will win.',
  kind: 'direct',
  speaker: 'Ada Lovelace',
  confidence: 0.9,
  cue: 'said',
  evidence: { cue: 'said', mention: 'Lovelace', method: 'surname' },
  ...over,
});
const msg = (type: string, payload: unknown) => ({ qt: 1, type, payload });

describe('parseBackgroundMessage', () => {
  test('ignores messages that are not ours', () => {
    expect(parseBackgroundMessage(null)).toBeNull();
    expect(parseBackgroundMessage('hello')).toBeNull();
    expect(parseBackgroundMessage({ type: 'page:quotes', payload: {} })).toBeNull();
  });

  test('accepts a well-formed page:quotes', () => {
    const r = parseBackgroundMessage(msg('page:quotes', { url: 'https://x.test/', title: 'T', quotes: [quote()] }));
    expect(r?.ok).toBe(true);
  });

  test('accepts a page date as YYYY-MM-DD or null', () => {
    for (const date of ['2022-02-24', null]) expect(parseBackgroundMessage(msg('page:quotes', { url: 'https://x.test/', title: 'T', date, quotes: [quote()] }))?.ok).toBe(true);
  });

  test.each([
    ['unknown type', msg('db:fetch', { url: 'https://evil.test' })],
    ['quotes not an array', msg('page:quotes', { url: '', title: '', quotes: 'x' })],
    ['too many quotes', msg('page:quotes', { url: '', title: '', quotes: Array(MAX_QUOTES_PER_MESSAGE + 1).fill(quote()) })],
    ['confidence out of range', msg('page:quotes', { url: '', title: '', quotes: [quote({ confidence: 7 })] })],
    ['oversized text', msg('page:quotes', { url: '', title: '', quotes: [quote({ text: 'x'.repeat(10_000) })] })],
    ['a date that is not YYYY-MM-DD', msg('page:quotes', { url: '', title: '', date: '24 Feb <b>', quotes: [quote()] })],
    ['bad kind', msg('page:quotes', { url: '', title: '', quotes: [quote({ kind: '<script>' })] })],
    ['missing evidence', msg('page:quotes', { url: '', title: '', quotes: [quote({ evidence: null })] })],
    ['search limit too large', msg('db:search', { query: 'x', limit: 10_000 })],
    ['remove without id', msg('db:remove', {})],
    ['payload an array', msg('db:info', [])],
  ])('rejects %s with a reason', (_name, raw) => {
    const r = parseBackgroundMessage(raw);
    expect(r).not.toBeNull();
    expect(r!.ok).toBe(false);
    if (r && !r.ok) expect(r.error.length).toBeGreaterThan(3);
  });
});

describe('parseContentMessage', () => {
  test('accepts quote:focus with an id and rejects one without', () => {
    expect(parseContentMessage(msg('quote:focus', { id: 'q-1-0' }))?.ok).toBe(true);
    expect(parseContentMessage(msg('quote:focus', { id: 5 }))?.ok).toBe(false);
    expect(parseContentMessage(msg('page:quotes', {}))?.ok).toBe(false);
  });

  test('accepts page:settled, the tests\' scan-finished question', () => {
    expect(parseContentMessage(msg('page:settled', {}))?.ok).toBe(true);
  });
});
