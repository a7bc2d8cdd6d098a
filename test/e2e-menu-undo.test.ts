import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { patientPolls } from './support/browser';
import { KLEINWEILER_EXAMPLE } from './support/seed';
import { useWebSession } from './support/web-session';

vi.setConfig(patientPolls);

/** Bearbeiten › Rückgängig or Wiederholen from the browser mode's menu bar, by mouse. */
async function menu(page: Page, entry: 'Rückgängig' | 'Wiederholen'): Promise<void> {
  await page.getByRole('menuitem', { name: 'Bearbeiten' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${entry}`) }).click();
}

/**
 * The browser mode's menu bar: Rückgängig and Wiederholen reach what has the focus (the item's
 * text, a field of the meeting), as Electron's native menu does; the menu sends them through the
 * frame's command handle to the workspace.
 */
describe('Bearbeiten › Rückgängig/Wiederholen in the browser mode', () => {
  const session = useWebSession({
    name: 'menu-undo',
    files: {
      'kleinweiler.protokoll': KLEINWEILER_EXAMPLE,
    },
    open: ['kleinweiler.protokoll'],
  });

  it('undoes and redoes typing in the item text and in a meeting field', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.web.url);
    const editor = page.locator('[data-region="text"] [contenteditable=true]').first();
    await editor.waitFor();

    // The text: type at the end of the first paragraph, then undo and redo from the menu.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Menütest');
    await expect.poll(() => editor.textContent()).toContain('Menütest');
    await menu(page, 'Rückgängig');
    await expect.poll(() => editor.textContent()).not.toContain('Menütest');
    await menu(page, 'Wiederholen');
    await expect.poll(() => editor.textContent()).toContain('Menütest');

    // A field of the meeting page: the browser's own history of the field.
    await page.getByRole('button', { name: /^Sitzung/ }).click();
    const field = page.locator('[data-field="meeting.place"] input');
    await field.waitFor();
    const before = await field.inputValue();
    await field.click();
    await field.press('End');
    await page.keyboard.type(' Feldtest');
    await expect.poll(() => field.inputValue()).toBe(`${before} Feldtest`);
    await menu(page, 'Rückgängig');
    await expect.poll(() => field.inputValue()).toBe(before);
    await menu(page, 'Wiederholen');
    await expect.poll(() => field.inputValue()).toBe(`${before} Feldtest`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
