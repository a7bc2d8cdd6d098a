import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const VERHANDLUNG = '[contenteditable=true] section[data-title="Verhandlung"] p';

/**
 * Puts the caret at the end of a paragraph of the Verhandlung section (End would stop at the
 * end of the visual line of a wrapped paragraph).
 */
async function endOfParagraph(page: Page, index: number): Promise<void> {
  const paragraph = page.locator(VERHANDLUNG).nth(index);
  await paragraph.click();
  await paragraph.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    range.collapse(false);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  // the editor takes the DOM selection on its next selectionchange
  await page.waitForFunction(() => {
    const selection = window.getSelection();
    return selection !== null && selection.isCollapsed;
  });
}

async function menu(page: Page, section: string, entry: string): Promise<void> {
  await page.locator('.pk-menubar').getByRole('menuitem', { name: section, exact: true }).click();
  await page.locator('.pk-menubar-list').getByRole('menuitem', { name: entry }).click();
}

async function submitForm(page: Page, testId: string, values: Record<string, string>) {
  const dialog = page.getByTestId(testId);
  for (const [field, value] of Object.entries(values)) {
    await dialog.locator(`[data-field="${field}"]`).fill(value);
  }
  await dialog.locator('button[type=submit]').click();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('versions and the word diff in the browser mode', () => {
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
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-versions-'));
    file = join(dir, 'top12.protokoll');
    await copyFile(STUTTGART_EXAMPLE, file);
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterEach(async () => {
    await web.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves a version, then shows exactly the changed words; and the changes since review', async () => {
    const { page, context, errors } = await newPage(browser, { width: 1400, height: 900 });
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');

    // "Version speichern" with a note, from the menu.
    await menu(page, 'Prüfung', 'Version speichern…');
    await submitForm(page, 'version-dialog', {
      name: 'Herr Häbe',
      note: 'Vor der Überarbeitung',
    });
    const panel = page.getByTestId('review-panel');
    const list = panel.getByTestId('versions-list');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    expect(await list.textContent()).toContain('Vor der Überarbeitung');
    expect(await list.textContent()).toContain('Herr Häbe');

    // Edit: one word replaced by three at the end of the first paragraph of the debate.
    expect(await page.locator(VERHANDLUNG).first().textContent()).toMatch(
      / IT-Effizienzmanagement\.$/,
    );
    await endOfParagraph(page, 0);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('-Konzept sowie Datenschutz.');
    await expect
      .poll(() => page.getByTestId('save-state').textContent())
      .toBe('Ungespeicherte Änderungen');

    await list.getByRole('button', { name: 'Mit aktuellem Text vergleichen' }).click();
    const diff = page.getByTestId('diff-dialog');
    const body = diff.getByTestId('diff-body');
    await expect
      .poll(() => diff.getByTestId('diff-summary').textContent())
      .toBe('3 Wörter eingefügt, 1 Wort gelöscht.');
    // the words, and what a screen reader says about them
    expect(await body.locator('.pk-diff-text ins').allTextContents()).toEqual([
      'Eingefügt: IT-Effizienzmanagement-Konzept sowie Datenschutz. Ende der Einfügung.',
    ]);
    expect(await body.locator('.pk-diff-text del').allTextContents()).toEqual([
      'Gelöscht: IT-Effizienzmanagement. Ende der Löschung.',
    ]);
    // shown as lines, not by colour alone
    const lines = await body
      .locator('.pk-diff-text ins, .pk-diff-text del')
      .evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).textDecorationLine));
    expect(lines).toEqual(['line-through', 'underline']);
    // the unchanged debate is shortened around the change, and complete on request
    expect(await body.locator('.pk-diff-gap').count()).toBeGreaterThan(0);
    await diff.getByLabel('Nur geänderte Stellen').uncheck();
    await expect.poll(() => body.locator('.pk-diff-gap').count()).toBe(0);
    expect(await diff.getByTestId('diff-body').textContent()).toContain(
      'Die Vorlageninhalte werden von BM Dr. Mayer dargestellt.',
    );
    await diff.getByRole('button', { name: 'Schließen' }).click();

    // Sent for review (a version is taken), returned, edited again: "changes since the last
    // review" shows only what changed after sending.
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    await menu(page, 'Prüfung', 'Zur Prüfung senden…');
    await submitForm(page, 'send-dialog', { note: '' });
    await menu(page, 'Prüfung', 'An Entwurf zurückgeben…');
    await submitForm(page, 'return-dialog', { name: 'BM Dr. Mayer', remarks: 'Zu lang.' });
    await expect
      .poll(() => page.locator('.pk-docbar [data-testid="review-state"]').textContent())
      .toContain('Entwurf');
    await endOfParagraph(page, 1);
    await page.keyboard.type(' Nachgetragen.');

    await menu(page, 'Prüfung', 'Änderungen seit der letzten Prüfung');
    await expect
      .poll(() => diff.locator('.pk-modal-title').textContent())
      .toBe('Änderungen seit der letzten Prüfung');
    await expect
      .poll(() => diff.getByTestId('diff-summary').textContent())
      .toBe('1 Wort eingefügt, 0 Wörter gelöscht.');
    expect(await body.locator('.pk-diff-text ins').allTextContents()).toEqual([
      'Eingefügt: Nachgetragen. Ende der Einfügung.',
    ]);
    expect(await body.locator('.pk-diff-text del').count()).toBe(0);
    await diff.getByRole('button', { name: 'Schließen' }).click();

    const versions = parseProtokoll(await readFile(file, 'utf8'), 'x').versions;
    expect(versions.map((v) => [v.reason, v.state, v.author, v.note])).toEqual([
      ['manual', 'draft', 'Herr Häbe', 'Vor der Überarbeitung'],
      ['state', 'review', 'Herr Häbe', ''],
      ['state', 'draft', 'BM Dr. Mayer', 'Zu lang.'],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
