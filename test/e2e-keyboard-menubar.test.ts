import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { newPage, patientPolls } from './support/browser';
import { useWebSession } from './support/web-session';

vi.setConfig({ ...patientPolls, testTimeout: 180_000 });

/**
 * The expert clerk's keyboard in the browser mode: a key a dialog handled reaches neither the
 * document nor a menu, and the menu bar works as in desktop programs (F10 or Alt, arrows,
 * Enter, Escape back to the text), with a shortcut for every export and dialog.
 */

const activeIs = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    if (el.closest('[data-testid="item-editor-content"]')) return 'editor';
    if (el.closest('.pk-menubar-list')) return `entry:${el.textContent?.trim() ?? ''}`;
    if (el.closest('.pk-menubar')) return `menubar:${el.textContent?.trim() ?? ''}`;
    if (el.closest('[role="dialog"]')) return 'dialog';
    return el.tagName.toLowerCase();
  });

/** The editor's blocks: what a leaked Enter would change. */
const editorBlocks = (page: Page) =>
  page
    .getByTestId('item-editor-content')
    .evaluate((el) => [...el.querySelectorAll('p, li')].map((b) => b.textContent ?? ''));

describe('the expert clerk’s keyboard: dialogs and the menu bar', () => {
  const session = useWebSession({
    name: 'keys',
    home: true,
    documentsFolder: true,
  });

  it('saves with Enter in the save dialog: the text is unchanged and marked saved', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1280, height: 800 });
    await page.goto(session.web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt');
    const editor = page.getByTestId('item-editor-content');
    await editor.locator('section[data-title="Verhandlung"] p').first().click();
    await page.keyboard.type('Die Vorlage wird erläutert.');
    const before = await editorBlocks(page);
    expect(before).toContain('Die Vorlage wird erläutert.');

    await page.keyboard.press('Control+s');
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => activeIs(page)).toBe('dialog');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Enter-Test');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('Enter-Test.protokoll');
    // The focus is back in the text, which is as it was: no paragraph from the Enter.
    await expect.poll(() => activeIs(page)).toBe('editor');
    expect(await editorBlocks(page)).toEqual(before);
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    expect(await page.title()).not.toContain('•');
    // What was saved is what the editor shows, and typing goes on where the caret was.
    const saved = parseProtokoll(
      await readFile(join(session.dir, 'Dokumente', 'Enter-Test.protokoll'), 'utf8'),
      'saved',
    );
    expect(JSON.stringify(saved.items[0]!.content)).toContain('Die Vorlage wird erläutert.');
    await page.keyboard.type(' Weiter.');
    await expect.poll(() => editorBlocks(page)).toContain('Die Vorlage wird erläutert. Weiter.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works the menu bar by keyboard: F10, arrows, Enter, letters, Escape back to the text', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1280, height: 800 });
    await page.goto(session.web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    const editor = page.getByTestId('item-editor-content');
    await editor.locator('section[data-title="Verhandlung"] p').first().click();
    await page.keyboard.type('Text.');

    // F10 goes to the menu bar, Escape goes back to the caret.
    await page.keyboard.press('F10');
    await expect.poll(() => activeIs(page)).toBe('menubar:Datei');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => activeIs(page)).toBe('menubar:Bearbeiten');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => activeIs(page)).toBe('menubar:Hilfe');
    await page.keyboard.press('Escape');
    await expect.poll(() => activeIs(page)).toBe('editor');
    await page.keyboard.type(' Mehr.');
    await expect.poll(() => editorBlocks(page)).toContain('Text. Mehr.');

    // Alt alone does the same; Enter opens, arrows move, Escape closes the menu, then leaves.
    await page.keyboard.press('Alt');
    await expect.poll(() => activeIs(page)).toBe('menubar:Datei');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeIs(page)).toMatch(/^entry:Neu aus Vorlage/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeIs(page)).toMatch(/^entry:Öffnen/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => activeIs(page)).toMatch(/^entry:Schließen/);
    // The shortcuts are shown in the menu.
    const list = page.locator('.pk-menubar-list');
    await expect
      .poll(() => list.getByRole('menuitem', { name: /Exportieren als PDF/ }).textContent())
      .toContain('Strg+Umschalt+E');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => activeIs(page)).toMatch(/^entry:Rückgängig/);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    await expect.poll(() => activeIs(page)).toBe('menubar:Bearbeiten');
    await page.keyboard.press('Escape');
    await expect.poll(() => activeIs(page)).toBe('editor');

    // Export PDF through the menu by keyboard: the Enter that saves reopens no menu.
    await page.keyboard.press('F10');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('e'); // "Exportieren als DOCX…"
    await page.keyboard.press('e'); // "Exportieren als PDF…"
    await expect.poll(() => activeIs(page)).toMatch(/^entry:Exportieren als PDF/);
    await page.keyboard.press('Enter');
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.count()).toBe(1);
    // The clerk types once the caret is in the name field, as the first test does.
    await expect.poll(() => activeIs(page)).toBe('dialog');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Menue-Export');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('autosave-state').textContent(), { timeout: 60_000 })
      .toBe('Exportiert: Menue-Export.pdf');
    expect(await list.count()).toBe(0);
    expect(await page.locator('.pk-menubar-button[aria-expanded="true"]').count()).toBe(0);
    await expect.poll(() => activeIs(page)).toBe('editor');
    const blocks = await editorBlocks(page);
    expect(blocks.filter((b) => b === '').length).toBeGreaterThan(0); // the empty sections
    expect(blocks).toContain('Text. Mehr.');
    const pdf = await readFile(join(session.dir, 'Dokumente', 'Menue-Export.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Every export has its shortcut: Strg+Umschalt+D asks for the extract, Escape goes back.
    await page.keyboard.press('Control+Shift+D');
    const extract = page.getByTestId('extract-dialog');
    await expect.poll(() => extract.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => extract.count()).toBe(0);
    await expect.poll(() => activeIs(page)).toBe('editor');
    await page.keyboard.press('Control+e');
    await expect.poll(() => picker.count()).toBe(1);
    await expect.poll(() => picker.getByRole('textbox').inputValue()).toMatch(/\.docx$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeIs(page)).toBe('editor');
    expect(await editorBlocks(page)).toEqual(blocks);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
