import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const EXAMPLE = new URL('../examples/kleinweiler-gemeinderat-2026-10-14.protokoll', import.meta.url)
  .pathname;

/** The agenda as the sidebar shows it: the number it prints and the item it stands for. */
const rows = (page: Page) =>
  page
    .getByRole('listbox', { name: 'Tagesordnungspunkte' })
    .getByRole('option')
    .evaluateAll((options) =>
      options.map(
        (o) => `${(o.textContent ?? '').split(' · ')[0]} ${o.getAttribute('data-item-id')}`,
      ),
    );

/** TOP numbering in the app (browser mode): renumbered on move and delete, one undo each. */
describe('agenda numbering in the app', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-numbering-'));
    await copyFile(EXAMPLE, join(dir, 'gr.protokoll'));
    web = await startWebMode({
      userDataDir: join(dir, 'user-data'),
      env: { HOME: dir },
      files: [join(dir, 'gr.protokoll')],
    });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a move and a deletion renumber; Ctrl+Z undoes each with its numbers', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('gr.protokoll');
    const original = await rows(page);
    expect(original.slice(2, 4)).toEqual(['TOP 3 top-3', 'TOP 4 top-4']);

    await page.getByRole('option', { name: /^TOP 3 · Bebauungsplan/ }).click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await rows(page)).slice(2, 4))
      .toEqual(['TOP 3 top-4', 'TOP 4 top-3']);
    await expect
      .poll(() => page.getByTestId('undo-toast').textContent())
      .toContain('TOP 3 verschoben, jetzt TOP 4');
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows(page)).toEqual(original);

    await page.getByRole('option', { name: /^TOP 2 / }).click();
    await page.keyboard.press('Delete');
    await expect
      .poll(async () => (await rows(page)).slice(1, 3))
      .toEqual(['TOP 2 top-3', 'TOP 3 top-4']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows(page)).toEqual(original);
    expect(errors).toEqual([]);
  });
});
