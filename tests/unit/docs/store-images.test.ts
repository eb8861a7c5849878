import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opaqueBox, pngSize } from '../../../scripts/lib/png';

/**
 * The committed store images (npm run screenshots, npm run icons) have the sizes the Chrome Web
 * Store accepts, and the 128 px icon keeps its artwork inside the store's 16 px padding.
 */
const REPO = resolve(import.meta.dirname, '../../..');
const IMAGES = resolve(REPO, 'docs/store/images');
const png = (p: string) => readFileSync(resolve(REPO, p));

describe('docs/store/images', () => {
  const files = readdirSync(IMAGES).filter((f) => f.endsWith('.png'));

  it('has the listing screenshots, the promo tile and the icon', () => {
    expect(files.filter((f) => f.startsWith('store-')).length).toBeGreaterThanOrEqual(1);
    expect(files.filter((f) => f.startsWith('store-')).length).toBeLessThanOrEqual(5); // the store takes five
    expect(files).toContain('promo-tile-440x280.png');
    expect(files).toContain('icon-128.png');
  });

  it.each(readdirSync(IMAGES).filter((f) => f.startsWith('store-')))('%s is 1280x800', (f) => {
    expect(pngSize(png(`docs/store/images/${f}`))).toEqual({ width: 1280, height: 800 });
  });

  it('the promo tile is 440x280', () => {
    expect(pngSize(png('docs/store/images/promo-tile-440x280.png'))).toEqual({ width: 440, height: 280 });
  });

  it('the store icon is the extension 128 px icon', () => {
    expect(png('docs/store/images/icon-128.png').equals(png('public/icon/128.png'))).toBe(true);
  });
});

describe('public/icon', () => {
  it.each([16, 32, 48, 128])('%i.png is %i px square', (n) => {
    expect(pngSize(png(`public/icon/${n}.png`))).toEqual({ width: n, height: n });
  });

  it('128.png: 96x96 artwork centred in 16 px of transparent padding (antialiasing: 1 px)', () => {
    const box = opaqueBox(png('public/icon/128.png'))!;
    for (const edge of [box.left, box.top, 128 - box.right, 128 - box.bottom]) expect(Math.abs(edge - 16)).toBeLessThanOrEqual(1);
  });

  it('the toolbar sizes fill their square but for the drawing\'s own margin', () => {
    const box = opaqueBox(png('public/icon/48.png'))!;
    expect(box.right - box.left).toBeGreaterThanOrEqual(44);
  });
});

describe('pngSize', () => {
  it('refuses what is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a not a png at all....'))).toThrow(/not a PNG/);
  });
});

describe('components/Mark.tsx and assets/icon.svg', () => {
  const shapes = (s: string) => [...s.matchAll(/<(rect|circle|path)\b[^>]*\/>/g)].map((m) => m[0].replace(/\s+/g, ' '));
  it('draw the same mark', () => {
    const svg = shapes(png('assets/icon.svg').toString('utf8'));
    expect(svg.length).toBe(5);
    expect(shapes(png('components/Mark.tsx').toString('utf8'))).toEqual(svg);
  });
});
