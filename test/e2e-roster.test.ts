import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const ROSTER = new URL('./fixtures/roster/', import.meta.url).pathname;

/** The roster in per-item minutes: the people page, import with duplicates, export. */
describe('roster in the app', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-roster-'));
    await copyFile(join(ROSTER, 'gemeinderat-excel-1252.csv'), join(dir, 'gemeinderat.csv'));
    await copyFile(join(ROSTER, 'nachtrag-utf8.csv'), join(dir, 'nachtrag.csv'));
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), env: { HOME: dir } });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function pick(page: Page, name: string) {
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.getByText(name, { exact: true }).dblclick();
  }

  it('per-item minutes: people page, Excel import, duplicates merged on request, export', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    await page.getByTestId('people-entry').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Personen' }).count()).toBe(1);

    await page.getByTestId('roster-import').click();
    await pick(page, 'gemeinderat.csv');
    const status = page.getByTestId('roster-status');
    await expect
      .poll(() => status.textContent())
      .toBe('18 Personen neu, 0 zusammengeführt, 0 ausgelassen.');
    await expect.poll(() => page.locator('tr[data-person-id]').count()).toBe(18);
    expect(await page.locator('tr[data-person-id]').allTextContents()).toContainEqual(
      expect.stringContaining('Renate Öztürk'),
    );

    // A second list: one new person, one changed faction, one row twice.
    await page.getByTestId('roster-import').click();
    await pick(page, 'nachtrag.csv');
    const ask = page.getByTestId('choice-dialog');
    await expect.poll(() => ask.isVisible()).toBe(true);
    expect(await ask.textContent()).toContain('Jürgen Baumann (Zeile 2)');
    await ask.getByRole('button', { name: 'Zusammenführen' }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('1 Personen neu, 2 zusammengeführt, 1 ausgelassen.');
    await expect.poll(() => page.locator('tr[data-person-id]').count()).toBe(19);
    expect(
      await page.locator('tr[data-person-id]', { hasText: 'Baumann' }).textContent(),
    ).toContain('CDU/FWV');

    // The same list again and "leave duplicates out": still nobody twice.
    await page.getByTestId('roster-import').click();
    await pick(page, 'nachtrag.csv');
    await ask.getByRole('button', { name: 'Doppelte auslassen' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^0 Personen neu/);
    expect(await page.locator('tr[data-person-id]').count()).toBe(19);

    await page.getByTestId('roster-export').click();
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.getByRole('textbox').last().fill('personen.csv');
    await picker.getByRole('textbox').last().press('Enter');
    await expect.poll(() => status.textContent()).toBe('Personenliste gespeichert: personen.csv');
    const csv = (await readFile(join(dir, 'personen.csv'))).toString('utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(20);
    expect(errors).toEqual([]);
  });

  it('"Neue Person" beside Vorsitz: a voting member named Vorsitz, focus on the first text field', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    await page.getByRole('button', { name: 'Neue Person für „Vorsitz“ anlegen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/honorific$/);
    expect(await dialog.getByRole('radio', { name: 'Mitglied' }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Funktion').inputValue()).toBe('Vorsitz');
    expect(await dialog.getByRole('checkbox').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: 'Neue Person für „Protokollführung“ anlegen' }).click();
    expect(await dialog.getByLabel('Funktion').inputValue()).toBe('');
    expect(await dialog.getByRole('checkbox').isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });
});
