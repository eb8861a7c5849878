/**
 * npm run icons: public/icon/{16,32,48,128}.png from assets/icon.svg, and the Chrome Web Store's
 * listing icon docs/store/images/icon-128.png.
 *
 * The 128 px icon follows the store's rule (https://developer.chrome.com/docs/webstore/images):
 * 96x96 artwork centred in 16 px of transparent padding, so it sits with other icons on the
 * store and in chrome://extensions. The toolbar sizes keep the drawing's own 4/128 margin: at
 * 16 px a store-style padding would leave a 12 px mark.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { opaqueBox } from './lib/png';
import { dataUrl, htmlRenderer } from './lib/render-html';

const REPO = resolve(import.meta.dirname, '..');
const SOURCE = join(REPO, 'assets/icon.svg');
const ICONS = join(REPO, 'public/icon');
const STORE = join(REPO, 'docs/store/images');
/** The store's 128 px icon: artwork box and padding. */
export const STORE_ICON = { size: 128, artwork: 96, padding: 16 };

/** The drawing's square is x,y 4..124 of its 128 viewBox: cropping to it makes the artwork fill its box. */
const cropToArtwork = (svg: string) => svg.replace('viewBox="0 0 128 128"', 'viewBox="4 4 120 120"');

const page = (svg: string, box: number, offset: number) =>
  `<!doctype html><html><body style="margin:0;background:transparent">` +
  `<img src="${dataUrl(Buffer.from(svg), 'image/svg+xml')}" width="${box}" height="${box}" style="position:absolute;left:${offset}px;top:${offset}px"></body></html>`;

async function main() {
  const svg = readFileSync(SOURCE, 'utf8');
  if (!svg.includes('viewBox="0 0 128 128"')) throw new Error(`${SOURCE}: expected viewBox="0 0 128 128"`);
  mkdirSync(STORE, { recursive: true });
  const r = await htmlRenderer();
  try {
    for (const size of [16, 32, 48]) {
      writeFileSync(join(ICONS, `${size}.png`), await r.render(page(svg, size, 0), { width: size, height: size }, { transparent: true }));
    }
    const { size, artwork, padding } = STORE_ICON;
    const icon = await r.render(page(cropToArtwork(svg), artwork, padding), { width: size, height: size }, { transparent: true });
    const box = opaqueBox(icon);
    if (!box || box.left < padding - 1 || box.top < padding - 1 || box.right > size - padding + 1 || box.bottom > size - padding + 1) {
      throw new Error(`the 128 px icon's artwork is ${JSON.stringify(box)}, not inside ${padding} px of padding`);
    }
    writeFileSync(join(ICONS, '128.png'), icon);
    copyFileSync(join(ICONS, '128.png'), join(STORE, 'icon-128.png'));
    console.log(`icons written to public/icon/ and docs/store/images/icon-128.png (128 px artwork ${box.right - box.left}x${box.bottom - box.top} at ${box.left},${box.top})`);
  } finally {
    await r.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
