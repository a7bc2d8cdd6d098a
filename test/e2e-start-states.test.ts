import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, patientPolls } from './support/browser';
import { axeViolations, fitProblems, LAPTOP, LAPTOP_200, pageAt } from './support/fit';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * Browser mode: the clerk picks the state first on the start screen, sees only that state's
 * templates under its law, starts a Niederschrift from the state's council template with its
 * standing items, and the check (F9) names that state's paragraph. The choice is remembered.
 */
describe('start screen: the state first', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-states-'));
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [] });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('Schleswig-Holstein: its templates, its standing items, its paragraph in the check', async () => {
    const { page, context, errors } = await pageAt(browser, LAPTOP);
    await page.goto(web.url);
    const start = page.getByTestId('start-screen');
    await start.waitFor();
    const picker = page.getByLabel('Bundesland');
    // Before a choice every state is listed, Baden-Württemberg to Thüringen.
    expect(await picker.inputValue()).toBe('');
    await expect.poll(() => page.locator('[data-state]').count()).toBe(13);
    await picker.selectOption({ label: 'Schleswig-Holstein' });
    await expect.poll(() => page.locator('[data-state]').count()).toBe(1);
    const group = page.locator('[data-state="SH"]');
    expect(await group.getByRole('heading').textContent()).toBe(
      'Schleswig-HolsteinRegeln nach § 41 GO SH',
    );
    expect(
      await page
        .locator('[data-template]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-template'))),
    ).toEqual(['sh-gemeindevertretung-sitzung', 'sh-ausschuss-sitzung']);
    expect(await fitProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('[data-template="sh-gemeindevertretung-sitzung"]').click();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt');
    const agenda = page.getByRole('button', { name: /^Tagesordnung \(/ });
    if (await agenda.isVisible()) await agenda.click();
    await expect
      .poll(() => page.locator('body').textContent())
      .toContain('Änderungsanträge zur Sitzungsniederschrift der letzten Sitzung');
    expect(await page.locator('body').textContent()).toContain('Einwohnerfragestunde');

    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.press('F9');
    const panel = page.getByTestId('check-panel');
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toContain('(§ 41 Abs. 1 S. 3 GO SH)');
    expect(await panel.textContent()).toContain('§ 41 Abs. 1 S. 2 Nr. 2 GO SH');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('remembers the state; the screen fits at 200 % and passes axe', async () => {
    const { page, context, errors } = await pageAt(browser, LAPTOP_200);
    await page.goto(web.url);
    await page.getByTestId('start-screen').waitFor();
    await expect.poll(() => page.getByLabel('Bundesland').inputValue()).toBe('SH');
    expect(await page.locator('[data-state]').count()).toBe(1);
    // Keyboard only: the picker is reached and changed without a mouse.
    await page.getByLabel('Bundesland').focus();
    await page.getByLabel('Bundesland').selectOption('NI');
    await expect
      .poll(() =>
        page
          .locator('[data-template]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-template'))),
      )
      .toEqual(['ni-rat-sitzung', 'ni-ausschuss-sitzung']);
    expect(await fitProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Bundesland').selectOption('');
    await expect.poll(() => page.locator('[data-state]').count()).toBe(13);
    expect(errors).toEqual([]);
    await context.close();
  });
});
