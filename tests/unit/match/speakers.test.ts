import { describe, expect, it } from 'vitest';
import { SpeakerDirectory } from '../../../lib/match/speaker-directory';
import { sameName, speakerMatches } from '../../../lib/match/speakers';

describe('sameName', () => {
  const same: [string, string][] = [
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Liz Truss', 'Elizabeth Truss'],
    ['Joe Biden', 'Joseph R. Biden Jr.'],
    ['Stoltenberg', 'Jens Stoltenberg'],
    ['President Biden', 'Joe Biden'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Ursula von der Leyen', 'von der Leyen'],
    ['J. Stoltenberg', 'Jens Stoltenberg'],
    ['José Álvarez', 'Jose Alvarez'],
    ['Sen. Marta Quillfeather', 'Marta Quillfeather'],
    ['NATO Secretary-General Jens Stoltenberg', 'Jens Stoltenberg'],
    ['British Foreign Secretary Liz Truss', 'Elizabeth Truss'],
    ['U.S. Ambassador to Moscow John Sullivan', 'John Sullivan'],
    ['Russian Foreign Minister Sergei Lavrov', 'Sergey Lavrov'],
  ];
  it.each(same)('%s = %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(sameName(b, a)).toBe(true);
  });
  const different: [string, string][] = [
    ['Boris Johnson', 'Lyndon Johnson'],
    ['Jens Stoltenberg', 'Liz Truss'],
    ['Joe Biden', 'Hunter Biden'],
    ['Tom Smith', 'Tim Smyth'],
    ['British Prime Minister Boris Johnson', 'Ron Johnson'],
    ['', 'Jens Stoltenberg'],
  ];
  it.each(different)('%s != %s', (a, b) => expect(sameName(a, b)).toBe(false));
});

describe('speakerMatches', () => {
  it('uses aliases and refuses a null record speaker', () => {
    expect(speakerMatches('Orlovsky', { speaker: 'Sergei Orlovsky', speakerAliases: ['Sergey Orlovsky'] })).toBe(true);
    expect(speakerMatches('Wolf', { speaker: 'Wolfgang Abel', speakerAliases: ['Wolf'] })).toBe(true);
    expect(speakerMatches('Anyone', { speaker: null })).toBe(false);
  });
});

describe('SpeakerDirectory', () => {
  const dir = new SpeakerDirectory([
    { speaker: 'Sergei Orlovsky', speakerAliases: ['Sergey Orlovsky'] },
    { speaker: 'Elizabeth Harrow' },
    { speaker: 'Marta Quillfeather' },
    { speaker: 'Tamsin Vale' },
    { speaker: null },
  ]);
  it.each([
    ['Sergey Orlovsky', ['Sergei Orlovsky']],
    ['Orlovskiy', ['Sergei Orlovsky']],
    ['Liz Harrow', ['Elizabeth Harrow']],
    ['Marta Quilfeather', ['Marta Quillfeather']],
    ['Quillfeather', ['Marta Quillfeather']],
    ['Someone Else', []],
  ])('%s -> %j', (name, expected) => expect(dir.resolve(name)).toEqual(expected));
});
