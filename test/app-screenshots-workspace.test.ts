import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { selectText } from './support/harness';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * Screenshots of the workspace for the README: the reference item as a page, the meeting view
 * with attendance, the completeness check, the "@" speaker menu and the vote dialog. Each view
 * is checked for being what it claims (its key element visible, nothing overflowing the
 * window); with PROTOKOLLANT_WRITE_SCREENSHOTS=1 they replace docs/screenshots/*.png.
 */
const DOCS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const write = process.env.PROTOKOLLANT_WRITE_SCREENSHOTS === '1';

describe('workspace screenshots', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;
  let out: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-ws-shots-'));
    const folder = join(dir, 'Niederschriften');
    await mkdir(folder);
    await copyFile(STUTTGART_EXAMPLE, join(folder, 'VA 2018-06-27 TOP 12.protokoll'));
    await copyFile(
      KLEINWEILER_EXAMPLE,
      join(folder, 'Gemeinderat Kleinweiler 2026-10-14.protokoll'),
    );
    web = await startWebMode({
      userDataDir: join(dir, 'user-data'),
      files: [join(folder, 'Gemeinderat Kleinweiler 2026-10-14.protokoll')],
    });
    out = write ? DOCS : join(dir, 'out');
    await mkdir(out, { recursive: true });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function shot(page: Page, name: string): Promise<void> {
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
      name,
    ).toBe(true);
    await page.screenshot({ path: join(out, `${name}.png`) });
  }

  it('the meeting, the check, a speaker and a vote', async () => {
    const { page, errors } = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toContain('Kleinweiler');

    await page
      .getByRole('button', { name: /Sitzung/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByText(/Anwesend: \d+ von \d+ Mitgliedern/).count())
      .toBeGreaterThan(0);
    await shot(page, 'meeting');

    await page.getByRole('listbox').getByText('Bebauungsplan').click();
    await expect
      .poll(() => page.locator('[data-region="text"] [contenteditable=true]').count())
      .toBe(1);

    // The caret at the very end of the discussion (End alone ends the visual line only).
    await selectText(
      page,
      '[data-region="text"] section[data-title="Aussprache:"]',
      'Wohnungen aus.',
      'end',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('Auf Nachfrage von @Ko');
    await page.waitForSelector('[data-testid="mention-menu"]');
    await shot(page, 'mention');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+b');
    const dialog = page.getByTestId('vote-dialog');
    await dialog.locator('input[name="outcome"][value="mehrheitlich-zugestimmt"]').check();
    await dialog.locator('input[name="yes"]').fill('9');
    await dialog.locator('input[name="no"]').fill('2');
    await dialog.locator('input[name="abstain"]').fill('2');
    await expect
      .poll(() => dialog.locator('[data-testid="vote-findings"] li').count())
      .toBeGreaterThan(0);
    await shot(page, 'vote');
    // Inserted as it is, the vote's arithmetic is what the completeness check reports.
    await dialog.getByRole('button', { name: 'Einfügen' }).click();
    await page.keyboard.press('F9');
    await expect.poll(() => page.getByTestId('check-panel').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('finding').count()).toBeGreaterThan(0);
    await shot(page, 'check');
    expect(errors).toEqual([]);
  });

  it('the reference item as a page', async () => {
    const { page } = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(web.url);
    await page.getByRole('menuitem', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: /Öffnen/ }).click();
    const picker = page.getByTestId('file-picker');
    await picker.getByText('VA 2018-06-27 TOP 12.protokoll').dblclick();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toContain('TOP 12');
    await expect.poll(() => page.getByTestId('header-summary').isVisible()).toBe(true);
    await shot(page, 'workspace');
  });
});
