import type { Locator, Page } from 'playwright-core';

/** The words the spell checker marks in the open editor, as its highlight holds them. */
export function markedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('pk-spelling');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

/**
 * The spelling menu (the context menu) on a marked word, opened by a right click in the middle
 * of the word's highlight; returned once it is shown. The word must be marked already.
 */
export async function openSpellingMenu(page: Page, word: string): Promise<Locator> {
  const box = await page.evaluate((word) => {
    const range = [...(CSS.highlights.get('pk-spelling') ?? [])].find(
      (r) => r.toString() === word,
    ) as Range;
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, word);
  await page.mouse.click(box.x, box.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Rechtschreibung' });
  await menu.waitFor();
  return menu;
}
