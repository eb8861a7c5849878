import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

/** The speaker of the first quote in text. */
const first = (text: string): string | null => detectQuotes(text)[0]?.speaker ?? null;

describe('an acronym after "the" names an organisation', () => {
  it('credits "the XYZ said" after the quote', () => {
    expect(first('The league met on Monday. “We regret the vote,” the FWLA said in a statement.')?.toUpperCase()).toBe('FWLA');
    expect(first('“We will appeal the ruling,” the NRA said.')).toBe('NRA');
  });

  it('leaves a cue that is a noun to the rules that read it as one', () => {
    // "the GOP response": "response" is no verb, and no acronym speaks through a noun cue
    expect(first('Voters shrugged at the GOP claims of “total victory.”')).not.toBe('GOP');
  });
});
