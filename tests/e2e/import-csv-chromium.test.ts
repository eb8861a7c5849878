/**
 * CSV and encoding errors in the real extension (Chromium): papaparse runs in the MV3 service
 * worker, a file with a stray quote or a stray non-UTF-8 byte is refused with its line, and the
 * databases already imported stay as they were.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/chromium';

let session: ChromiumSession;
let options: Page;

const utf8 = (s: string) => Buffer.from(s, 'utf8');

async function importFile(name: string, buffer: Buffer): Promise<string> {
  const status = options.getByTestId('import-status');
  const before = await status.innerText().catch(() => '');
  await options.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await expect.poll(async () => { const t = await status.innerText(); return t !== before && !/^\s*$/.test(t) && !/…|\.\.\./.test(t) ? t : ''; }, { timeout: 15_000 }).not.toBe('');
  return status.innerText();
}

beforeAll(async () => {
  session = await launchChromium();
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('db-list').waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('CSV import in Chromium', () => {
  test('a semicolon CSV with a multi-line field imports; a stray quote and a stray byte are refused with their line and change nothing', async () => {
    const good = 'text;speaker;date\n"We will not\nyield; ever";Ada Fennimore;2024-03-01\nThe harbour stays open;Bo Lindqvist;2024-03-02\n';
    expect(await importFile('good.csv', utf8(good))).toMatch(/\b2 statements\b/);
    await expect.poll(() => options.locator('[data-db-id]').count(), { timeout: 10_000 }).toBe(1);

    const stray = 'text,speaker\n"The ferry runs,Ada Fennimore\nTaxes will fall,Bo Lindqvist\n"Never",Cy Moreau\n';
    const refused = await importFile('stray.csv', utf8(stray));
    expect(refused).toMatch(/stray\.csv, line 2: .*stray quote.*Nothing was imported/);

    const latin1 = Buffer.concat([utf8('text,speaker\nThe caf'), Buffer.from([0xe9]), utf8(' closes,Ada Fennimore\n')]);
    expect(await importFile('latin1.csv', latin1)).toMatch(/latin1\.csv is not valid UTF-8 at byte offset 20 \(line 2\)/);

    expect(await options.locator('[data-db-id]').count()).toBe(1);
    expect(await options.locator('[data-db-id]').first().innerText()).toMatch(/\b2 statements\b/);
  });
});
