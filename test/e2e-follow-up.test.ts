import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

  it('from the start screen: number advanced, roster carried, everyone present, standing items', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    await page.getByTestId('follow-up').click();
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.getByText('gr-2026-10-14.protokoll').dblclick();

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
    await expect.poll(() => number.inputValue()).toBe('10/2026');
    // The old meeting had absences; the new one starts with all 13 members present.
    await expect
      .poll(() => page.getByTestId('attendance-count').textContent())
      .toBe('Anwesend: 13 von 13 Mitgliedern');
    await expect.poll(() => page.locator('tr[data-person-id]').count()).toBe(17);
    // The date is the clerk's to enter: nothing is guessed.
    expect(await page.locator('[data-field="meeting.date"] input').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
