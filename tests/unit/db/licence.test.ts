import { describe, expect, it } from 'vitest';
import { creditText, describeLicence } from '../../../lib/db/licence';
import { describedKind, isReadout } from '../../../lib/db/text-kind';

describe('describeLicence', () => {
  it('names the SPDX ids the ingesters write and links their deeds', () => {
    expect(describeLicence('CC-BY-4.0')).toEqual({ label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(describeLicence('cc0-1.0')).toEqual({ label: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' });
    expect(describeLicence('CC BY-SA 4.0')?.label).toBe('CC BY-SA 4.0');
  });

  it('keeps a longer licence text in its own words, linked when it opens with a known id', () => {
    const seed = 'Record CC0-1.0 (QuoteTrace project); quoted words are the speakers’';
    expect(describeLicence(seed)).toEqual({ label: seed, url: 'https://creativecommons.org/publicdomain/zero/1.0/' });
    expect(describeLicence('Public domain (work of the US federal government, 17 U.S.C. 105)')).toEqual({ label: 'Public domain (work of the US federal government, 17 U.S.C. 105)', url: null });
  });

  it('has nothing to say about an absent licence and never links an unknown one', () => {
    expect(describeLicence(undefined)).toBeNull();
    expect(describeLicence('  ')).toBeNull();
    expect(describeLicence('https://evil.example/licence')).toEqual({ label: 'https://evil.example/licence', url: null });
  });
});

describe('creditText', () => {
  const url = 'http://en.kremlin.ru/events/president/news/67657';
  it('drops the record’s own address (the card links it) and keeps the rest of the credit', () => {
    expect(creditText(`Source: President of Russia, kremlin.ru (${url}). Licensed under Creative Commons Attribution 4.0 International.`, url))
      .toBe('Source: President of Russia, kremlin.ru. Licensed under Creative Commons Attribution 4.0 International.');
  });
  it('keeps the address when the record has no link of its own', () => {
    expect(creditText(`kremlin.ru (${url})`, null)).toBe(`kremlin.ru (${url})`);
    expect(creditText('', url)).toBeNull();
  });
});

describe('isReadout / describedKind', () => {
  it('tells a readout (paraphrase of a call) from a paraphrase and a quotation', () => {
    expect(isReadout({ textKind: 'paraphrase', context: 'Kremlin readout: Telephone conversation with President of France Emmanuel Macron' })).toBe(true);
    expect(isReadout({ textKind: 'paraphrase', context: "Readout of President Biden's Call with Chancellor Scholz" })).toBe(true);
    expect(isReadout({ textKind: 'verbatim', context: 'Kremlin readout: talks' })).toBe(false);
    expect(describedKind({ textKind: 'paraphrase', context: 'interview with the BBC' })).toBe('paraphrase');
    expect(describedKind({ textKind: 'partial', context: null })).toBe('partial');
    expect(describedKind({ textKind: 'verbatim', context: null })).toBeNull();
    expect(describedKind({ context: null })).toBeNull();
  });
});
