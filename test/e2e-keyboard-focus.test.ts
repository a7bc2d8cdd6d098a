import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { newPage, patientPolls } from './support/browser';
import { useWebSession } from './support/web-session';

vi.setConfig({ ...patientPolls, testTimeout: 180_000 });

/**
 * Focus and caret where the clerk goes next, keyboard only: the first empty header field of a
 * new document, the first empty section when entering the text, a snippet's gaps as fields
 * (Tab to the next, typing replaces it), and a vote that takes the place of the empty line.
 */

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return null;
    if (el.closest('[data-testid="item-editor-content"]')) return 'editor';
    return el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label');
  });

const sectionText = (page: Page, title: string) =>
  page
    .locator(`[data-testid="item-editor-content"] section[data-title="${title}"]`)
    .evaluate((el) => (el as HTMLElement).innerText.trim());

describe('focus and caret where the clerk goes next', () => {
  const session = useWebSession({
    name: 'focus',
    home: true,
    documentsFolder: true,
  });

  it('new: the first empty header field; the text: the first empty section; gaps; the vote', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1280, height: 800 });
    await page.goto(session.web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    // "Gremium" comes filled from the template: the clerk starts at the number.
    await expect.poll(() => focusedLabel(page)).toMatch(/^Niederschrift Nr\./);
    await page.keyboard.type('233');
    expect(await page.getByLabel('Niederschrift Nr.', { exact: true }).inputValue()).toBe('233');

    // F6 goes on to the text: the caret is in the first empty section, not at the end.
    for (let i = 0; i < 4 && (await focusedLabel(page)) !== 'editor'; i++)
      await page.keyboard.press('F6');
    await expect.poll(() => focusedLabel(page)).toBe('editor');

    // A snippet's gaps are fields: the first is selected, Tab goes to the next.
    await page.keyboard.type('/unterlage');
    await page.waitForSelector('[data-testid="slash-menu"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => sectionText(page, 'Beratungsunterlage'))
      .toMatch(/^Beratungsunterlage ist die Vorlage des Referats … vom …/);
    await page.keyboard.type('Allgemeine Verwaltung, Kultur und Recht');
    await page.keyboard.press('Tab');
    await page.keyboard.type('29.05.2018');
    await expect
      .poll(() => sectionText(page, 'Beratungsunterlage'))
      .toBe(
        'Beratungsunterlage ist die Vorlage des Referats Allgemeine Verwaltung, Kultur und Recht vom 29.05.2018, GRDrs {Drucksache}, mit folgendem',
      );
    // No gap left on the line: Tab leaves the text as before (no keyboard trap).
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page)).not.toBe('editor');
    expect(await sectionText(page, 'Beratungsunterlage')).not.toContain('…');

    // The vote replaces the empty line it is inserted on: no empty paragraph before it.
    const beschluss = page.locator(
      '[data-testid="item-editor-content"] section[data-title="Beschluss"]',
    );
    await beschluss.locator('p').first().click();
    await page.keyboard.press('Control+Alt+b');
    const dialog = page.getByTestId('vote-dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => beschluss.evaluate((el) => (el as HTMLElement).innerText))
      .toContain('stimmt dem Beschlussantrag einmütig zu.');
    const blocks = await beschluss.evaluate((el) =>
      [...el.querySelectorAll(':scope > :not([data-lexical-decorator-boundary])')].map((c) => ({
        vote: c.querySelector('.pk-vote-body') !== null || c.classList.contains('pk-vote'),
        text: (c as HTMLElement).innerText.trim(),
      })),
    );
    expect(blocks[0]!.vote, JSON.stringify(blocks)).toBe(true);
    // The Enter that confirmed the dialog added no line either.
    expect(blocks.filter((b) => !b.vote && b.text === '').length).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
