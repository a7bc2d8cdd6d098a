import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentToPlainText } from '../core/content/walk';
import { parseProtokoll } from '../core/file/format';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const EDIT = 'Diese Zeile überlebt den Absturz.';

async function recoveryFiles(userData: string): Promise<string[]> {
  const folder = join(userData, 'recovery');
  // Finished copies only: a temporary file of a write in progress is not a copy yet.
  const names = (await readdir(folder).catch(() => [])).filter((n) => /^rec-.*\.json$/.test(n));
  return Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
}

describe('browser mode: crash recovery', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-recovery-'));
  });
  afterAll(async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a crash after the autosave delay leaves a copy that the next start restores', async () => {
    const file = join(dir, 'top12.protokoll');
    const userData = join(dir, 'user-data');
    await copyFile(STUTTGART_EXAMPLE, file);
    const original = await readFile(file, 'utf8');

    const first = await startWebMode({ userDataDir: userData, files: [file] });
    const { page, context } = await newPage(browser);
    await page.goto(first.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    await page
      .locator('[contenteditable=true] section[data-title="Verhandlung"] p')
      .first()
      .click();
    await page.keyboard.press('End');
    await page.keyboard.type(` ${EDIT}`);
    // the autosave writes the recovery copy a few seconds after the last change
    await expect
      .poll(() => recoveryFiles(userData).then((files) => files.some((f) => f.includes(EDIT))), {
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(() => page.getByTestId('autosave-state').textContent())
      .toMatch(/^Automatisch gesichert/);

    await first.kill();
    await context.close();
    // the user's file was never touched by the autosave
    expect(await readFile(file, 'utf8')).toBe(original);

    const second = await startWebMode({ userDataDir: userData, files: [file] });
    const next = await newPage(browser);
    await next.page.goto(second.url);
    const offer = next.page.getByTestId('recovery-list');
    await expect.poll(() => offer.textContent()).toContain('top12.protokoll');
    expect(await offer.textContent()).toContain('Verwaltungsausschuss');
    await offer.getByRole('button', { name: 'Wiederherstellen' }).click();
    await expect
      .poll(() => next.page.locator('[contenteditable=true]').first().textContent())
      .toContain(EDIT);
    expect(await next.page.getByTestId('save-state').textContent()).toBe(
      'Wiederhergestellt – bitte speichern',
    );

    await next.page.keyboard.press('Control+s');
    await expect
      .poll(() => next.page.getByTestId('save-state').textContent())
      .toMatch(/^Gespeichert/);
    const saved = parseProtokoll(await readFile(file, 'utf8'), 'x');
    expect(contentToPlainText(saved.items[0]!.content)).toContain(EDIT);
    // saved: the copy is gone, nothing is offered any more
    expect(await recoveryFiles(userData)).toEqual([]);
    expect(next.errors).toEqual([]);
    await next.context.close();
    await second.stop();
  });
});
