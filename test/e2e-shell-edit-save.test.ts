import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentToPlainText } from '../core/content/walk';
import { parseProtokoll } from '../core/file/format';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const EDIT = 'Ergänzung aus dem Ende-zu-Ende-Test.';

async function documentText(path: string): Promise<string> {
  const document = parseProtokoll(await readFile(path, 'utf8'), 'x');
  return document.items
    .map((item) => `${item.title}\n${contentToPlainText(item.content)}`)
    .join('\n');
}

/** Types at the end of the first paragraph of the Verhandlung section. */
async function typeIntoText(page: Page, text: string): Promise<void> {
  const paragraph = page
    .locator('[contenteditable=true] section[data-title="Verhandlung"] p')
    .first();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(` ${text}`);
}

describe('browser mode: open, edit, save, reload', () => {
  let browser: Browser;
  let dir: string;
  let file: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-'));
    file = join(dir, 'top12.protokoll');
    await copyFile(STUTTGART_EXAMPLE, file);
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterEach(async () => {
    await web.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves an edit with Ctrl+S and shows it again after a reload', async () => {
    const original = await readFile(file, 'utf8');
    const { page, context, errors } = await newPage(browser);
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    // the token left the address bar
    expect(page.url()).not.toContain('token');
    await typeIntoText(page, EDIT);
    await expect
      .poll(() => page.getByTestId('save-state').textContent())
      .toBe('Ungespeicherte Änderungen');
    await expect.poll(() => page.title()).toBe('• top12.protokoll – Protokollant');

    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.getByTestId('save-state').textContent())
      .toMatch(/^Gespeichert \d\d:\d\d$/);
    expect(await page.title()).toBe('top12.protokoll – Protokollant');
    expect(await documentText(file)).toContain(EDIT);
    // the previous version is kept beside the file
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(original);

    await page.reload();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    await expect
      .poll(() => page.locator('[contenteditable=true]').first().textContent())
      .toContain(EDIT);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('notices a change on disk by someone else and overwrites only when told', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    await typeIntoText(page, EDIT);
    const foreign = (await readFile(file, 'utf8')).replace(
      'Maßnahmenpaket',
      'Fremd geändertes Paket',
    );
    await writeFile(file, foreign);

    await page.keyboard.press('Control+s');
    const dialog = page.getByTestId('choice-dialog');
    await expect.poll(() => dialog.textContent()).toContain('von einem anderen Programm geändert');
    expect(await dialog.getByRole('button').allTextContents()).toEqual([
      'Neu laden',
      'Trotzdem überschreiben',
      'Unter anderem Namen speichern',
    ]);
    expect(await readFile(file, 'utf8')).toBe(foreign);

    await dialog.getByRole('button', { name: 'Trotzdem überschreiben' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    expect(await documentText(file)).toContain(EDIT);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(foreign);
    await context.close();
  });

  it('refuses a foreign file with a clear message and keeps the open document', async () => {
    await writeFile(join(dir, 'fremd.protokoll'), '%PDF-1.7 nicht wirklich');
    const { page, context } = await newPage(browser);
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    await typeIntoText(page, EDIT);
    // The file is read before the open minutes are left: a foreign file is refused with the
    // host's German message, and the minutes stay open with their unsaved edit.
    await page.keyboard.press('Control+o');
    const picker = page.getByTestId('file-picker');
    await picker.getByText('fremd.protokoll').dblclick();
    await expect
      .poll(() => page.getByTestId('error-banner').textContent())
      .toContain('Die Datei „fremd.protokoll“ ist ein PDF, keine Protokollant-Datei.');
    expect(await page.getByTestId('choice-dialog').count()).toBe(0);
    // still the same minutes, unsaved (• beside the name)
    expect(await page.getByTestId('document-name').textContent()).toBe('top12.protokoll •');
    expect(await page.getByTestId('save-state').textContent()).toBe('Ungespeicherte Änderungen');
    expect(await page.locator('[contenteditable=true]').first().textContent()).toContain(EDIT);

    // A good file asks about the unsaved edit first; cancelling keeps everything.
    await writeFile(join(dir, 'zweite.protokoll'), await readFile(file));
    await page.keyboard.press('Control+o');
    await page.getByTestId('file-picker').getByText('zweite.protokoll').dblclick();
    await expect
      .poll(() => page.getByTestId('choice-dialog').textContent())
      .toContain('Möchten Sie die Änderungen');
    await page.getByTestId('choice-dialog').getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.getByTestId('document-name').textContent()).toBe('top12.protokoll •');
    expect(await page.locator('[contenteditable=true]').first().textContent()).toContain(EDIT);
    await context.close();
  });
});
