import { chromium, type Browser } from 'playwright-core';

/**
 * Renders HTML to a PNG of an exact size in Debian's headless Chromium (already what the browser
 * tests drive): the icons, the promo tile and the store screenshots' frames. No image library
 * needed, and SVG and text are drawn by a real browser engine.
 */
export interface HtmlRenderer {
  render(html: string, size: { width: number; height: number }, opts?: { transparent?: boolean }): Promise<Buffer>;
  close(): Promise<void>;
}

export async function htmlRenderer(): Promise<HtmlRenderer> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  return {
    async render(html, size, opts = {}) {
      const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        return await page.screenshot({ omitBackground: opts.transparent ?? false, clip: { x: 0, y: 0, ...size } });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** A file's bytes as a data: URL, for images inside rendered HTML (setContent pages load no files). */
export const dataUrl = (bytes: Buffer, type: string) => `data:${type};base64,${bytes.toString('base64')}`;
