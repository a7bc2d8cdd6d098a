import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentToPlainText } from '../core/content/walk';
import { parseProtokoll } from '../core/file/format';
import { messagePattern, writeBadCorpus } from './support/bad-corpus';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * A clerk has minutes open and, by mistake, opens a bad file (a DOCX renamed, a file from a
 * newer version, a damaged one…) through Datei › Öffnen in the real app in Chromium. The app
 * must say what is wrong in German and keep the open minutes open and editable.
 */

/** A spread of the corpus: each kind of failure once. */
const CHOSEN = [
  'empty.protokoll',
  'random.protokoll',
  'truncated.protokoll',
  'renamed-docx.protokoll',
  'newer.protokoll',
  'utf16.protokoll',
  'duplicate-keys.protokoll',
  'unknown-node.protokoll',
  'huge-string.protokoll',
];

/** Types at the very end of the text, so each line lands after the one before. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('[contenteditable=true] section[data-title="Verhandlung"] p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${text}`);
}

describe('browser mode: opening a bad file while minutes are open', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;
  let good: string;
  let corpus: ReturnType<typeof writeBadCorpus>;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-bad-'));
    const folder = join(dir, 'Niederschriften');
    await mkdir(folder);
    corpus = writeBadCorpus(folder);
    good = join(folder, 'top12.protokoll');
    await copyFile(STUTTGART_EXAMPLE, good);
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [good] });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the German message and keeps the open document open and editable', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(web.url);
    const name = page.getByTestId('document-name');
    await expect.poll(() => name.textContent()).toBe('top12.protokoll');

    for (const [n, fileName] of CHOSEN.entries()) {
      const entry = corpus.find((e) => e.name === fileName)!;
      await page.keyboard.press('Control+o');
      const picker = page.getByTestId('file-picker');
      await expect.poll(() => picker.isVisible()).toBe(true);
      await picker
        .getByRole('option', { name: new RegExp(`^▤?\\s*${fileName.replace('.', '\\.')}`) })
        .dblclick();

      const banner = page.getByTestId('error-banner').last();
      await expect
        .poll(() => banner.locator('.pk-banner-text').textContent(), { timeout: 30_000 })
        .toMatch(messagePattern('de', entry.expect));
      expect(await banner.textContent()).not.toMatch(/\bat .+:\d+:\d+|Error:/);
      // The minutes are still there, under their own name, and take typing.
      expect(await name.count(), `the open minutes were closed by opening ${fileName}`).toBe(1);
      expect(await name.textContent(), fileName).toBe('top12.protokoll');
      const marker = `Weiter nach ${fileName} (${n}).`;
      await typeAtEnd(page, marker);
      await expect
        .poll(() => page.locator('[contenteditable=true]').first().textContent())
        .toContain(marker);
      await page.keyboard.press('Control+s');
      await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
      await banner.getByRole('button').click();
    }

    // Every line typed between the failed opens is in the file.
    const saved = parseProtokoll(await readFile(good, 'utf8'), 'top12.protokoll');
    const text = saved.items.map((item) => contentToPlainText(item.content)).join('\n');
    for (const [n, fileName] of CHOSEN.entries()) {
      expect(text).toContain(`Weiter nach ${fileName} (${n}).`);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
