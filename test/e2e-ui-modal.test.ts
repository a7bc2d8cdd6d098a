import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { patientPolls } from './support/browser';
import { KLEINWEILER_EXAMPLE } from './support/seed';
import { useWebSession } from './support/web-session';

vi.setConfig(patientPolls);

/** What has the focus, as a short name: tag, field name or button text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    const inDialog = el.closest('[aria-modal="true"]') !== null;
    const name =
      el.getAttribute('data-field') ?? el.textContent?.trim() ?? el.getAttribute('aria-label');
    return `${inDialog ? '' : 'OUTSIDE '}${el.tagName.toLowerCase()}:${name ?? ''}`;
  });
}

/**
 * The one modal of renderer/ui: Tab and Shift+Tab cycle through every field of a dialog, its
 * text area included, in both directions and without leaving it; Enter in the text area is a
 * line break, not a submission.
 */
describe('ui/Modal keeps the focus inside, text areas included', () => {
  const session = useWebSession({
    name: 'modal',
    files: {
      'kleinweiler.protokoll': KLEINWEILER_EXAMPLE,
    },
    open: ['kleinweiler.protokoll'],
  });

  it('Tab and Shift+Tab cycle through the send-for-review dialog and its note', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.web.url);
    await page.locator('[contenteditable=true]').first().waitFor();
    await page.getByRole('button', { name: 'Zur Prüfung senden…' }).click();
    const dialog = page.getByTestId('send-dialog');
    await dialog.waitFor();
    const stops = await dialog.evaluate(
      (d) =>
        [...d.querySelectorAll<HTMLElement>('input, textarea, button:not([disabled])')].filter(
          (e) => e.getClientRects().length > 0,
        ).length,
    );
    expect(stops).toBeGreaterThanOrEqual(3);

    const forward: string[] = [await focused(page)];
    for (let i = 0; i < stops * 2; i += 1) {
      await page.keyboard.press('Tab');
      forward.push(await focused(page));
    }
    expect(forward.filter((f) => f.startsWith('OUTSIDE'))).toEqual([]);
    expect(forward.some((f) => f === 'textarea:note')).toBe(true);
    // One round of Tab comes back where it started, and the second round repeats the first.
    expect(forward.slice(stops, stops * 2 + 1)).toEqual(forward.slice(0, stops + 1));

    const backward: string[] = [await focused(page)];
    for (let i = 0; i < stops; i += 1) {
      await page.keyboard.press('Shift+Tab');
      backward.push(await focused(page));
    }
    expect(backward.filter((f) => f.startsWith('OUTSIDE'))).toEqual([]);
    // Shift+Tab walks the same ring the other way round.
    expect(backward).toEqual(forward.slice(stops, stops * 2 + 1).reverse());

    // Enter in the note is a new line; the dialog stays open.
    await dialog.locator('textarea[data-field="note"]').focus();
    await page.keyboard.type('erste Zeile');
    await page.keyboard.press('Enter');
    await page.keyboard.type('zweite Zeile');
    await expect
      .poll(() => dialog.locator('textarea[data-field="note"]').inputValue())
      .toBe('erste Zeile\nzweite Zeile');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
