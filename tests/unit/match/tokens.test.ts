import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeQuery } from '../../../lib/match/tokens';

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ['“Curly” and "straight" marks', ['curly', 'and', 'straight', 'marks']],
    ["Truss's can’t", ['trusss', 'cant']],
    ['13,200 lives and 3.5 percent', ['13200', 'lives', 'and', '3.5', 'percent']],
    ['60% of U.S. voters', ['60', 'percent', 'of', 'us', 'voters']],
    ['Café NAÏVE Zoë', ['cafe', 'naive', 'zoe']],
    ['well-known — dash', ['well', 'known', 'dash']],
    ['scion[s] of [W]ealth', ['scions', 'of', 'wealth']],
    ['Four hundred and twenty', ['4', 'hundred', 'and', '20']],
    ['constructor toString __proto__', ['constructor', 'tostring', 'proto']],
    ['', []],
  ];
  it.each(cases)('%s', (text, words) => expect(tokenize(text)).toEqual(words));
});

describe('tokenizeQuery', () => {
  const show = (q: string) => tokenizeQuery(q).map((t) => `${t.cutBefore ? '^' : ''}${t.w}${t.editorial ? '*' : ''}`).join(' ');
  const cases: [string, string][] = [
    ['no plans...we are', 'no plans ^we are'],
    ['no plans . . . we are', 'no plans ^we are'],
    ['no plans… we are', 'no plans ^we are'],
    ['…we are', 'we are'],
    ['[He] said [the alliance] would', 'he* said the* alliance* would'],
    ['[W]e have', 'we have'],
  ];
  it.each(cases)('%s', (q, expected) => expect(show(q)).toBe(expected));
});
