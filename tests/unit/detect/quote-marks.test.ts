import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from '../../../lib/detect/quote-marks';

describe('findQuoteMarks', () => {
  it.each([
    ["don't", 0],
    ["Ukraine's border", 0],
    ["the '90s", 0],
    ["the Joneses' house", 0],
    ["rock 'n roll", 0],
    ["'em all", 0],
  ])('treats the apostrophe in %s as no mark', (text, n) => {
    expect(findQuoteMarks(text)).toHaveLength(n);
  });

  it.each([
    ['"Yes," he said', ['open', 'close']],
    ['“Yes,” he said', ['open', 'close']],
    ['”Yes,” he said', ['open', 'close']],
    ["'Yes,' he said", ['open', 'close']],
    ['«Oui», dit-il', ['open', 'close']],
    ['„Ja“, sagte er', ['open', 'close']],
  ])('reads the roles of %s', (text, roles) => {
    expect(findQuoteMarks(text).map((m) => m.role)).toEqual(roles);
  });

  it("ignores typewriter '' marks", () => {
    expect(findQuoteMarks("''Yes,'' he said")).toHaveLength(0);
  });
});
