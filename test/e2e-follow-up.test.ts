import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { suggestFollowUpDate } from '../core/body/follow-up';
import { formatDate } from '../core/style/dates';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const LAST = new URL('../examples/kleinweiler-gemeinderat-2026-10-14.protokoll', import.meta.url)
  .pathname;

/** Neue Niederschrift › Folgesitzung in the app: the next minutes from the last ones. */
describe('Folgesitzung in the app', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-follow-up-'));
    await copyFile(LAST, join(dir, 'gr-2026-10-14.protokoll'));
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), env: { HOME: dir } });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Start screen › Folgesitzung › the last minutes: the date question opens. */
  async function pickLast(page: Page) {
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    await page.getByTestId('follow-up').click();
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.getByText('gr-2026-10-14.protokoll').dblclick();
    const dialog = page.getByTestId('follow-up-date');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    return dialog.getByLabel('Datum der neuen Sitzung');
  }

  it('from the start screen: number advanced, roster carried, everyone present, standing items', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    const dateField = await pickLast(page);
    // The suggestion: four weeks after 14.10.2026 (a Wednesday), never before today.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const suggested = suggestFollowUpDate('2026-10-14', today);
    expect(await dateField.inputValue()).toBe(formatDate(suggested));
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt •');
    const agenda = page.getByRole('listbox');
    await expect
      .poll(() => agenda.getByRole('option').allTextContents())
      .toEqual([
        expect.stringContaining('Eröffnung der Sitzung'),
        expect.stringContaining('Genehmigung der Niederschrift Nr. 9/2026'),
        expect.stringContaining('Bekanntgaben'),
        expect.stringContaining('Anfragen'),
      ]);

    await page.getByRole('button', { name: /^Sitzung/ }).click();
    const number = page.locator('[data-field="meeting.minutesNumber"] input');
    await expect
      .poll(() => number.inputValue())
      .toBe(suggested.startsWith('2026') ? '10/2026' : `1/${suggested.slice(0, 4)}`);
    // The old meeting had absences; the new one starts with all 13 members present.
    await expect
      .poll(() => page.getByTestId('attendance-count').textContent())
      .toBe('Anwesend: 13 von 13 Mitgliedern');
    await expect.poll(() => page.locator('tr[data-person-id]').count()).toBe(17);
    // The confirmed date is the meeting's.
    expect(await page.locator('[data-field="meeting.date"] input').inputValue()).toBe(
      formatDate(suggested),
    );
    expect(errors).toEqual([]);
  });

  it("a date of the clerk's own: checked, and a new year restarts the minutes number", async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    const dateField = await pickLast(page);
    await dateField.fill('31.02.2027');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('follow-up-date').getByRole('alert').textContent())
      .toMatch(/^Bitte ein Datum als TT\.MM\.JJJJ eingeben/);
    await dateField.fill('13.01.2027');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt •');
    await page.getByRole('button', { name: /^Sitzung/ }).click();
    await expect
      .poll(() => page.locator('[data-field="meeting.minutesNumber"] input').inputValue())
      .toBe('1/2027');
    expect(await page.locator('[data-field="meeting.date"] input').inputValue()).toBe('13.01.2027');
    expect(errors).toEqual([]);
  });

  it('Escape leaves the start screen as it was', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await pickLast(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('follow-up-date').count()).toBe(0);
    expect(await page.getByTestId('start-screen').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
