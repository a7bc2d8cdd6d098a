import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import { addComment } from '../core/review/comments';
import { launchBrowser, patientPolls } from './support/browser';
import { LAPTOP, LAPTOP_200, pageAt } from './support/fit';
import { SIGNED_EXAMPLE } from './support/review';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/** Which region holds the focus: "menubar", or the data-region of the focused element's region. */
function focusedRegion(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const region = document.activeElement?.closest<HTMLElement>('.pk-menubar, [data-region]');
    if (!region) return null;
    return region.classList.contains('pk-menubar') ? 'menubar' : (region.dataset.region ?? null);
  });
}

async function f6Tour(page: Page, presses: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('F6');
    seen.push((await focusedRegion(page)) ?? 'none');
  }
  return seen;
}

/**
 * The defects clerks and chairs met, each fixed with its test: accepting a suggestion keeps the
 * item; Strg+Enter sends a reply; F9 works from anywhere and F6 tours every region (menu bar
 * and status bar too, and no trap in a signed document); the "/" menu stays inside the window;
 * a table on an empty line leaves no empty paragraph above it; the item page names the body.
 */
describe('keys and defects', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;
  let stuttgart: WebMode;
  let signed: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-keys-'));
    const userData = join(dir, 'user-data');
    await mkdir(userData);
    await writeFile(
      join(userData, 'settings.json'),
      JSON.stringify({ language: 'de', autosaveToFile: false, userName: 'Frau Schmid' }),
    );
    // A comment thread on TOP 3 of the meeting minutes, to answer.
    const meeting = join(dir, 'kleinweiler.protokoll');
    const doc = parseProtokoll(await readFile(KLEINWEILER_EXAMPLE, 'utf8'), 'x');
    const top3 = doc.items.find((i) => i.number === '3')!;
    const withComment = addComment(doc, {
      id: 'c-9',
      itemId: top3.id,
      quote: 'Bebauungsplan',
      author: 'BMin Keller',
      text: 'Bitte die Stellungnahme des Landratsamts nennen.',
      at: '2026-10-15T09:00:00.000Z',
    }).document;
    await writeFile(meeting, serializeProtokoll(withComment));
    web = await startWebMode({ userDataDir: userData, files: [meeting] });
    const perItem = join(dir, 'stuttgart.protokoll');
    await copyFile(STUTTGART_EXAMPLE, perItem);
    stuttgart = await startWebMode({ userDataDir: join(dir, 'ud-2'), files: [perItem] });
    const signedFile = join(dir, 'signed.protokoll');
    await copyFile(SIGNED_EXAMPLE, signedFile);
    signed = await startWebMode({ userDataDir: join(dir, 'ud-3'), files: [signedFile] });
  });
  afterAll(async () => {
    await web?.stop();
    await stuttgart?.stop();
    await signed?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('accepting a suggestion keeps the clerk on the item; Strg+Enter sends a reply', async () => {
    const { page, context, errors } = await pageAt(browser, LAPTOP);
    await page.goto(web.url);
    await page.getByRole('listbox').getByText('Bebauungsplan').click();
    const editor = page.locator('[contenteditable=true]').first();
    await expect.poll(() => editor.getAttribute('aria-label')).toBe('Text zu TOP 3');
    // A suggestion typed in TOP 3.
    await page.getByTestId('suggestion-toggle').click();
    await editor.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Vorschlag des Vorsitzes.');
    await page.getByTestId('review-toggle').click();
    const panel = page.getByTestId('review-panel');
    await panel.getByRole('tab', { name: /Vorschläge/ }).click();
    await panel.getByRole('button', { name: 'Annehmen' }).first().click();
    await expect.poll(() => panel.getByRole('button', { name: 'Annehmen' }).count()).toBe(0);
    await expect
      .poll(() => page.locator('[contenteditable=true]').first().getAttribute('aria-label'))
      .toBe('Text zu TOP 3');
    expect(await page.locator('[contenteditable=true]').first().innerText()).toContain(
      'Vorschlag des Vorsitzes.',
    );

    // A reply sent with Strg+Enter.
    await panel.getByRole('tab', { name: /Kommentare/ }).click();
    const thread = panel.getByTestId('thread-c-9');
    await thread.getByRole('button', { name: 'Antworten' }).click();
    await thread.getByLabel('Antwort an BMin Keller').fill('Ist ergänzt.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => thread.locator('.pk-reply').count()).toBe(1);
    expect(await thread.locator('.pk-reply').textContent()).toContain('Ist ergänzt.');
    await context.close();
    expect(errors).toEqual([]);
  });

  it('F9 from anywhere; F6 tours menu bar, agenda, header, text, panels and status bar', async () => {
    const { page, context } = await pageAt(browser, LAPTOP);
    await page.goto(web.url);
    await page.locator('[contenteditable=true]').first().click();
    const tour = await f6Tour(page, 6);
    for (const region of ['menubar', 'agenda', 'header', 'text', 'status'])
      expect(tour, `F6 reaches ${region}`).toContain(region);
    // From the status bar (outside the workspace) F9 opens the check, and closes it again.
    while ((await focusedRegion(page)) !== 'status') await page.keyboard.press('F6');
    await page.keyboard.press('F9');
    await page.getByTestId('check-panel').waitFor();
    expect(await f6Tour(page, 7)).toContain('panel');
    await page.getByRole('menuitem', { name: 'Datei' }).focus();
    await page.keyboard.press('F9');
    await expect.poll(() => page.getByTestId('check-panel').count()).toBe(0);
    // The review panel is a region too; Shift+F6 goes backwards.
    await page.getByTestId('review-toggle').click();
    const forward = await f6Tour(page, 7);
    expect(forward).toContain('review');
    const before = await focusedRegion(page);
    await page.keyboard.press('F6');
    await page.keyboard.press('Shift+F6');
    expect(await focusedRegion(page)).toBe(before);
    await context.close();
  });

  it('F6 does not get stuck in a signed document (read-only header)', async () => {
    const { page, context } = await pageAt(browser, LAPTOP);
    await page.goto(signed.url);
    await page.locator('[contenteditable]').first().waitFor();
    const tour = await f6Tour(page, 8);
    for (const region of ['menubar', 'agenda', 'header', 'text', 'status'])
      expect(tour, `F6 reaches ${region} in ${tour.join(' → ')}`).toContain(region);
    await context.close();
  });

  for (const size of [LAPTOP, LAPTOP_200]) {
    it(`the "/" menu stays inside the window at ${size.name}; a table on an empty line leaves no blank line`, async () => {
      const { page, context, errors } = await pageAt(browser, size);
      await page.goto(web.url);
      const editor = page.locator('[contenteditable=true]').first();
      await editor.waitFor();
      // The last line of the text at the very bottom of the window.
      const last = editor.locator('p').last();
      await last.evaluate((p) => p.scrollIntoView({ block: 'end' }));
      await last.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('/');
      const menu = page.getByTestId('slash-menu');
      await menu.waitFor();
      const viewport = page.viewportSize()!;
      await expect
        .poll(async () => {
          const box = (await menu.boundingBox())!;
          return (
            box.y >= 0 &&
            box.y + box.height <= viewport.height &&
            box.x >= 0 &&
            box.x + box.width <= viewport.width
          );
        })
        .toBe(true);
      await page.keyboard.type('Tabelle');
      await expect.poll(() => menu.textContent()).toContain('Tabelle');
      await page.keyboard.press('Enter');
      await expect.poll(() => editor.locator('table').count()).toBeGreaterThan(0);
      const before = await editor.evaluate((root) => {
        const table = root.querySelectorAll('table')[root.querySelectorAll('table').length - 1]!;
        let block: Element = table;
        while (
          block.parentElement &&
          block.parentElement.tagName !== 'SECTION' &&
          block.parentElement !== root
        )
          block = block.parentElement;
        const previous = block.previousElementSibling;
        return { tag: previous?.tagName ?? null, text: previous?.textContent ?? null };
      });
      expect(before.text, `line above the table (${before.tag})`).not.toBe('');
      await context.close();
      expect(errors).toEqual([]);
    });
  }

  it('the item page of the per-item form names the body, folded or open', async () => {
    const { page, context } = await pageAt(browser, LAPTOP);
    await page.goto(stuttgart.url);
    const summary = page.getByTestId('header-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart',
    );
    await summary.click();
    await expect
      .poll(() =>
        page.locator('[data-field="body.name"] input, [data-field="body.name"] textarea').count(),
      )
      .toBe(1);
    await context.close();
  });
});
