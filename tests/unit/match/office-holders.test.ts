import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OfficeHolders, type DirectoryData } from '../../../lib/match/office-holders';
import { nameVariants } from '../../../lib/match/transliteration';

const directory = new OfficeHolders(JSON.parse(readFileSync('tests/fixtures/ingest/directory.json', 'utf8')) as DirectoryData);

describe('transliteration variants', () => {
  it('gives the usual romanisations and keeps the name first', () => {
    expect(nameVariants('Sergey Lavrov').slice(0, 3)).toEqual(['Sergey Lavrov', 'Sergei Lavrov', 'Sergej Lavrov']);
    expect(nameVariants('Volodymyr Zelenskyy')).toContain('Volodymyr Zelensky');
    expect(nameVariants('Dmitry Peskov')).toContain('Dmitri Peskov');
    expect(nameVariants('Sergei Shoigu')).toContain('Sergey Shoygu');
    expect(nameVariants('Joe Biden')).toEqual(['Joe Biden']);
  });
});

describe('OfficeHolders', () => {
  it('finds the holder of an office on a date', () => {
    expect(directory.holderOn('US', 'President', '2022-02-22')?.name).toBe('Ada Stone');
    expect(directory.holderOn('US', 'President', '2025-03-01')?.name).toBe('Bram Hollow');
    expect(directory.holderOn('US', 'President', '2025-01-20')?.name).toBe('Bram Hollow'); // the successor's day
    expect(directory.holderOn('US', 'White House Press Secretary', '2022-06-01')).toBeNull();
  });

  it('resolves role nouns with and without a country on the article date', () => {
    expect(directory.resolveSpeaker('the foreign secretary', '2022-01-30')).toMatchObject({ name: 'Ellen Frost', method: 'role' });
    expect(directory.resolveSpeaker("Russia's foreign minister", '2022-01-30')?.name).toBe('Sergey Volkov');
    expect(directory.resolveSpeaker('the Russian president', '2022-01-30')?.name).toBe('Vladimir Putin');
    expect(directory.resolveSpeaker('the president', '2022-01-30')?.name).toBe('Ada Stone');
    expect(directory.resolveSpeaker('the national security adviser', '2022-01-30')?.name).toBe('Dev Ortiz');
    // An open term known only until the table's extract date: after it, the tables do not know.
    expect(directory.resolveSpeaker('the foreign secretary', '2023-05-01')).toBeNull();
  });

  it('resolves surnames and spellings, preferring the senior office and the title given', () => {
    expect(directory.resolveSpeaker('Volkov', '2022-01-30')).toMatchObject({ name: 'Sergey Volkov', method: 'surname', role: 'Minister of Foreign Affairs' });
    expect(directory.resolveSpeaker('Sergej Volkov', '2022-01-30')?.name).toBe('Sergey Volkov');
    expect(directory.resolveSpeaker('Ortiz', '2022-01-30')).toBeNull(); // the adviser and a senator
    expect(directory.resolveSpeaker('Senator Ortiz', '2022-01-30')?.name).toBe('Dan Ortiz');
    expect(directory.resolveSpeaker('President Stone', '2022-01-30')?.name).toBe('Ada Stone');
    expect(directory.resolveSpeaker('Nobody Known', '2022-01-30')).toBeNull();
  });
});

describe('a person holding several offices at once', () => {
  const both = (order: 'co-prince first' | 'president first'): DirectoryData => {
    const terms = [
      { country: 'Andorra', office: 'French co-prince of Andorra', start: '2017', end: null, until: '2022-06-30' },
      { country: 'France', office: 'President of the French Republic', start: '2017', end: null, until: '2022-06-30' },
    ];
    return {
      format: 'quotetrace-speakers', version: 1, licence: 'CC0-1.0', sources: [],
      people: [{ name: 'Emil Marchand', aliases: [], terms: order === 'co-prince first' ? terms : terms.reverse() }],
    };
  };

  it("names the head-of-state office of the person's own country, not a role held because of it", () => {
    for (const order of ['co-prince first', 'president first'] as const) {
      const d = new OfficeHolders(both(order));
      expect(d.resolveSpeaker('Marchand', '2022-02-07')).toMatchObject({ name: 'Emil Marchand', role: 'President of the French Republic' });
    }
  });

  it('does not let a premiership known only by its year cover an office dated to the day', () => {
    const d = new OfficeHolders({
      format: 'quotetrace-speakers', version: 1, licence: 'CC0-1.0', sources: [],
      people: [{ name: 'Rhea Quill', aliases: [], terms: [
        { country: 'UK', office: 'Prime Minister of the United Kingdom', start: '2022', end: null, until: '2022-06-30' },
        { country: 'UK', office: 'Secretary of State for Foreign, Commonwealth and Development Affairs', start: '2021-09-15', end: null, until: '2022-06-30' },
      ] }],
    });
    expect(d.resolveSpeaker('Rhea Quill', '2022-01-30')?.role).toBe('Secretary of State for Foreign, Commonwealth and Development Affairs');
  });

  it('gives Macron his French presidency in the shipped directory', () => {
    const shipped = new OfficeHolders(JSON.parse(readFileSync('data/speakers/directory.json', 'utf8')) as DirectoryData);
    expect(shipped.resolveSpeaker('Macron', '2022-02-07')).toMatchObject({ name: 'Emmanuel Macron', role: 'President of the French Republic' });
    expect(shipped.resolveSpeaker('Emmanuel Macron', '2022-02-07')?.role).toBe('President of the French Republic');
  });
});
