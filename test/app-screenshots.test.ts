import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * Screenshots of the browser mode at a laptop's window size: the start screen (with recent
 * documents and a copy left by a crash) and an open document. They are checked for what a
 * person would notice first (nothing cut off, no scrollbar across the window); with
 * PROTOKOLLANT_WRITE_SCREENSHOTS=1 they replace docs/screenshots/*.png.
 */
const DOCS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const write = process.env.PROTOKOLLANT_WRITE_SCREENSHOTS === '1';

/** Finished recovery copies (a temporary file of a write in progress is not one yet). */
async function finishedCopies(folder: string): Promise<number> {
  return (await readdir(folder).catch(() => [])).filter((n) => /^rec-.*\.json$/.test(n)).length;
}

describe('screenshots', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-shots-'));
  });
  afterAll(async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('start screen and open document', async () => {
    const folder = join(dir, 'Niederschriften');
    await mkdir(folder);
    const stuttgart = join(folder, 'VA 2018-06-27 TOP 12.protokoll');
    const kleinweiler = join(folder, 'Gemeinderat Kleinweiler 2026-10-14.protokoll');
    await copyFile(STUTTGART_EXAMPLE, stuttgart);
    await copyFile(KLEINWEILER_EXAMPLE, kleinweiler);
    const userData = join(dir, 'user-data');
    const out = write ? DOCS : join(dir, 'out');
    await mkdir(out, { recursive: true });

    // A session that crashes after an autosave leaves a recovery copy.
    const first = await startWebMode({ userDataDir: userData, files: [kleinweiler] });
    const crashed = await newPage(browser);
    await crashed.page.goto(first.url);
    await expect
      .poll(() => crashed.page.getByTestId('document-name').textContent())
      .toContain('Kleinweiler');
    await crashed.page.locator('[contenteditable=true] p').first().click();
    await crashed.page.keyboard.press('End');
    await crashed.page.keyboard.type(' Nachtrag.');
    await expect
      .poll(() => finishedCopies(join(userData, 'recovery')), { timeout: 15_000 })
      .toBe(1);
    await first.kill();
    await crashed.context.close();

    const web = await startWebMode({ userDataDir: userData, files: [stuttgart] });
    try {
      const { page, context, errors } = await newPage(browser, { width: 1280, height: 800 });
      await page.goto(web.url);
      // the crash copy waits: the start screen comes first
      await expect
        .poll(() => page.getByTestId('recovery-list').textContent())
        .toContain('Kleinweiler');
      await page.evaluate(() => document.fonts.ready);
      const noOverflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        );
      expect(await noOverflow()).toBe(true);
      await page.screenshot({ path: join(out, 'start-screen.png') });

      await page
        .getByTestId('start-screen')
        .getByText('VA 2018-06-27 TOP 12.protokoll')
        .first()
        .click();
      await expect
        .poll(() => page.getByTestId('document-name').textContent())
        .toBe('VA 2018-06-27 TOP 12.protokoll');
      // a sentence added at the end of the discussion (clicked at its last line's end)
      const last = page
        .locator('[contenteditable=true] section[data-title="Verhandlung"] p')
        .last();
      const box = (await last.boundingBox())!;
      await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
      await page.keyboard.press('End');
      await page.keyboard.type(' Die Verwaltung berichtet im Herbst erneut.');
      await expect
        .poll(() => page.getByTestId('autosave-state').textContent(), { timeout: 15_000 })
        .toMatch(/^Automatisch gesichert/);
      await page.mouse.click(5, 400);
      await page.locator('.pk-desk').evaluate((desk) => desk.scrollTo(0, 0));
      expect(await noOverflow()).toBe(true);
      await page.screenshot({ path: join(out, 'document.png') });
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await web.stop();
    }
    for (const name of ['start-screen.png', 'document.png']) {
      const png = await readFile(join(out, name));
      expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      expect(png.length).toBeGreaterThan(20_000);
    }
  });
});
