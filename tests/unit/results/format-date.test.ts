import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../components/format';

describe('formatDate: one style for statement dates and instants', () => {
  it('formats ISO dates in UTC with the precision they have', () => {
    expect(formatDate('2022-01-30', 'en-GB')).toBe('30 January 2022');
    expect(formatDate('2022-01-30', 'en-US')).toBe('January 30, 2022');
    expect(formatDate('2023-09', 'en-GB')).toBe('September 2023');
    expect(formatDate('2021', 'en-GB')).toBe('2021');
  });

  it('formats instants (milliseconds or a timestamp) in the same style', () => {
    expect(formatDate(Date.UTC(2026, 10, 20, 12), 'en-GB')).toBe('20 November 2026');
    expect(formatDate('2026-11-28T12:00:00.000Z', 'en-GB')).toBe('28 November 2026');
    expect(formatDate(Date.UTC(2026, 10, 20, 12), 'fr')).toBe('20 novembre 2026');
  });

  it('returns what it cannot read as given, and nothing for nothing', () => {
    expect(formatDate('last spring', 'en-GB')).toBe('last spring');
    expect(formatDate('2022-13-01', 'en-GB')).toBe('2022-13-01');
    expect(formatDate(null, 'en-GB')).toBeNull();
    expect(formatDate('', 'en-GB')).toBeNull();
    expect(formatDate(Number.NaN, 'en-GB')).toBeNull();
  });
});
