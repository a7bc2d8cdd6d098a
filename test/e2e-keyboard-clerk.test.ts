import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, patientPolls } from './support/browser';
import { LAPTOP, pageAt } from './support/fit';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/** Presses `key` until `reached` holds (at most `limit` times); fails if it never does. */
async function pressUntil(page: Page, key: string, reached: () => Promise<boolean>, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await reached()) return;
    await page.keyboard.press(key);
  }
  expect(await reached(), `${key} did not get there in ${limit} presses`).toBe(true);
}

/**
 * The whole clerk loop without a mouse, at 1024×700: new minutes from a template, the text of an
 * item, a vote result, save, export as PDF. Only the keyboard is used after the page loads.
 */
describe('keyboard only', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-kbd-'));
    await mkdir(join(dir, 'user-data'));
    // The picker starts in the home folder: this run's own, so nothing is left behind.
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), env: { HOME: dir } });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('new minutes, item text, vote, save and export', async () => {
    const { page, context, errors } = await pageAt(browser, LAPTOP);
    const name = 'Tastatur';
    await page.goto(web.url);
    await page.getByTestId('start-screen').waitFor();
    // New minutes: Tab to the Baden-Württemberg council template, Enter.
    await pressUntil(page, 'Tab', () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('data-template') === 'gemeinderat-sitzung',
      ),
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('workspace').waitFor();

    // The text of the selected item: F6 to the text region, type.
    const region = () =>
      page.evaluate(
        () => document.activeElement?.closest<HTMLElement>('[data-region]')?.dataset.region,
      );
    await pressUntil(page, 'F6', async () => (await region()) === 'text', 10);
    await page.keyboard.type('Der Gemeinderat berät den Antrag der Verwaltung.');
    const editor = page.locator('[contenteditable=true]').first();
    await expect.poll(() => editor.innerText()).toContain('berät den Antrag');

    // A vote result: Strg+Alt+B, then Enter takes the dialog's default.
    const decorators = () => editor.locator('[contenteditable=false]').count();
    const before = await decorators();
    await page.keyboard.press('Control+Alt+b');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(decorators).toBeGreaterThan(before);

    // Save: Strg+S asks for a name (the field has the focus), Enter saves.
    await page.keyboard.press('Control+s');
    await page.getByTestId('file-picker').waitFor();
    // Once the picker shows, the name field has the focus and the suggested name's stem is
    // selected: the keys typed at once replace it and keep the extension.
    await page.keyboard.type(name);
    await expect
      .poll(() => page.getByTestId('file-picker').getByRole('textbox').inputValue())
      .toBe(`${name}.protokoll`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe(`${name}.protokoll`);

    // Export as PDF: Strg+Umschalt+E, a name, Enter.
    await expect.poll(() => page.getByTestId('file-picker').count()).toBe(0);
    await page.keyboard.press('Control+Shift+E');
    await page.getByTestId('file-picker').waitFor();
    // The suggested name is replaced.
    await page.keyboard.press('Control+a');
    await page.keyboard.type(name);
    await expect
      .poll(() => page.getByTestId('file-picker').getByRole('textbox').inputValue())
      .toBe(name);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('autosave-state').textContent(), { timeout: 120_000 })
      .toBe(`Exportiert: ${name}.pdf`);
    await context.close();
    expect(errors).toEqual([]);
  });
});
