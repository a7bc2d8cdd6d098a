import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { t, type Lang } from '../core/i18n/catalog';
import { lockPathFor } from '../host/services/file-lock';
import { launchBrowser, patientPolls } from './support/browser';
import {
  axeViolations,
  fitProblems,
  LAPTOP,
  LAPTOP_200,
  pageAt,
  type WindowSize,
} from './support/fit';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/** A process of this computer that has ended (a crashed app): its pid is free. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  const pid = child.pid!;
  await new Promise((resolve) => child.on('exit', resolve));
  return pid;
}

/**
 * The states of the app that e2e-fit-dialogs cannot reach by a click, on a clerk's 13-inch
 * laptop (1024×700) at 100 % and 200 % zoom: a running export in the status bar, the question
 * for minutes another clerk has open (held and stale lock), the find bar with its replace row,
 * the start screen offering recovery copies after a crash, and the whole app in English. Each
 * fits the window and axe-core finds no serious or critical violation on the whole window.
 * Every state is reached by a condition (a held request, a lock file, a killed server), never by
 * timing.
 */
describe('the states a click does not reach fit 1024×700 at 100 % and 200 % and pass axe-core', () => {
  let browser: Browser;
  let root: string;
  const running: WebMode[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    root = await mkdtemp(join(tmpdir(), 'pk-e2e-fit-states-'));
  });
  afterAll(async () => {
    for (const web of running) await web.stop();
    await browser?.close();
    await rm(root, { recursive: true, force: true });
  });

  async function folder(name: string): Promise<string> {
    const dir = join(root, name);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  async function web(dir: string, files: string[] = []): Promise<WebMode> {
    const started = await startWebMode({ userDataDir: join(dir, 'user-data'), files });
    running.push(started);
    return started;
  }

  /** The whole window fits and is axe-clean; every screen is checked before the test fails. */
  async function screenOk(page: Page, size: WindowSize, name: string): Promise<void> {
    const where = `${name} at ${size.name}`;
    expect.soft(await fitProblems(page), where).toEqual([]);
    expect.soft(await axeViolations(page), where).toEqual([]);
  }

  async function menu(page: Page, top: string, entry: string | RegExp): Promise<void> {
    await page.getByRole('menuitem', { name: top, exact: true }).click();
    await page.getByRole('menuitem', { name: entry }).click();
  }

  /** Enter on the question's focused (primary) answer, once the focus is in it. */
  async function answer(page: Page): Promise<void> {
    const question = page.getByTestId('choice-dialog');
    await expect
      .poll(() =>
        question.evaluate((dialog) => dialog.contains(document.activeElement)).catch(() => false),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => question.count()).toBe(0);
  }

  async function escapeFrom(page: Page, opened: Locator, name: string): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => opened.count(), { message: `Escape closes ${name}` }).toBe(0);
  }

  /** What the status bar says before the host reports the first item. */
  const preparing = (lang: Lang) => t(lang, 'work.progress.start');

  for (const size of [LAPTOP, LAPTOP_200]) {
    it(`a running export, the find bar with its replace row and the lock questions at ${size.name}`, async () => {
      const dir = await folder(`export-lock-${size.zoom}`);
      const file = join(dir, 'kleinweiler.protokoll');
      await copyFile(KLEINWEILER_EXAMPLE, file);
      for (const name of ['gesperrt.protokoll', 'verwaist.protokoll']) {
        await copyFile(STUTTGART_EXAMPLE, join(dir, name));
      }
      await writeFile(
        lockPathFor(join(dir, 'gesperrt.protokoll')),
        JSON.stringify({
          user: 'Anna Schmidt-Wolkenstein',
          host: 'RATHAUS-VERWALTUNG-PC17',
          pid: 4711,
          since: new Date().toISOString(),
        }),
      );
      await writeFile(
        lockPathFor(join(dir, 'verwaist.protokoll')),
        JSON.stringify({
          user: 'Anna Schmidt-Wolkenstein',
          host: hostname(),
          pid: await deadPid(),
          since: new Date().toISOString(),
        }),
      );
      const app = await web(dir, [file]);
      const { page, context, errors } = await pageAt(browser, size);
      await page.goto(app.url);
      const text = page.locator('[contenteditable=true]').first();
      await text.waitFor();

      // Strg+H in the text: the find bar with its replace row, both filled.
      await text.locator('p').first().click();
      await page.keyboard.press('Control+h');
      const query = page.getByRole('searchbox', { name: 'Suchbegriff' });
      await expect.poll(() => query.evaluate((e) => e === document.activeElement)).toBe(true);
      await page.keyboard.type('Gemeinde');
      await expect.poll(() => page.getByTestId('find-count').textContent()).not.toBe('');
      const replacement = page.locator('input[name="replace"]');
      await replacement.focus();
      await page.keyboard.type('Ortsgemeinde');
      await screenOk(page, size, 'find bar with the replace row');
      await query.focus();
      await escapeFrom(page, query, 'the find bar');

      // An export, held between the page and the host until the line is checked: the status
      // bar shows it with its bar and Abbrechen.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let reached = false;
      await page.route('**/api/export.write', async (route: Route) => {
        reached = true;
        await held;
        await route.continue();
      });
      await menu(page, 'Datei', /^Exportieren als DOCX/);
      const picker = page.getByTestId('file-picker');
      while ((await picker.count()) === 0) {
        await expect
          .poll(
            async () => (await picker.count()) + (await page.getByTestId('choice-dialog').count()),
          )
          .toBeGreaterThan(0);
        if ((await picker.count()) === 0) await answer(page);
      }
      await picker
        .getByRole('textbox')
        .fill('Niederschrift Gemeinderat Kleinweiler, öffentlicher Teil');
      await picker.getByRole('button', { name: 'Speichern', exact: true }).click();
      await expect.poll(() => reached).toBe(true);
      const progress = page.getByTestId('export-progress');
      await progress.waitFor();
      await expect
        .poll(() => page.getByTestId('export-progress-text').textContent())
        .toBe(preparing('de'));
      await screenOk(page, size, 'export progress line');
      release();
      await expect
        .poll(() => page.getByTestId('autosave-state').textContent())
        .toMatch(/^Exportiert: Niederschrift Gemeinderat Kleinweiler/);
      expect(await progress.count()).toBe(0);
      await page.unroute('**/api/export.write');
      expect((await readdir(dir)).some((name) => name.endsWith('.docx'))).toBe(true);
      await screenOk(page, size, 'export done');

      // Minutes another clerk has open: who and since when; then a stale lock, which may be
      // taken over (one answer more).
      for (const [name, answers] of [
        ['gesperrt.protokoll', 1],
        ['verwaist.protokoll', 2],
      ] as const) {
        await menu(page, 'Datei', /^Öffnen/);
        const open = page.getByTestId('file-picker');
        await open.getByText(name).waitFor();
        await open.getByText(name).dblclick();
        const question = page.getByTestId('choice-dialog');
        await question.waitFor();
        await expect.poll(() => question.textContent()).toContain('Anna Schmidt-Wolkenstein');
        expect(await question.getByRole('button').count()).toBe(answers + 1);
        await screenOk(page, size, `lock question (${name})`);
        if (name === 'gesperrt.protokoll') {
          await question.getByRole('button', { name: 'Schreibgeschützt öffnen' }).click();
          await expect
            .poll(() => page.getByTestId('readonly-banner').textContent())
            .toContain('Anna Schmidt-Wolkenstein');
          await screenOk(page, size, 'minutes open read-only (lock)');
        } else {
          await escapeFrom(page, question, 'the lock question');
        }
      }

      await context.close();
      expect(errors).toEqual([]);
    });
  }

  it('the start screen offers the recovery copies after a crash, at 100 % and 200 %', async () => {
    const dir = await folder('recovery');
    const files = [join(dir, 'top12.protokoll'), join(dir, 'kleinweiler.protokoll')];
    await copyFile(STUTTGART_EXAMPLE, files[0]!);
    await copyFile(KLEINWEILER_EXAMPLE, files[1]!);
    const recovery = join(dir, 'user-data', 'recovery');
    const copies = async () =>
      (await readdir(recovery).catch(() => [])).filter((n) => /^rec-.*\.json$/.test(n)).length;

    // Two documents edited, their autosaves written, then the app dies.
    for (const [index, file] of files.entries()) {
      const first = await web(dir, [file]);
      const { page, context } = await pageAt(browser, LAPTOP);
      await page.goto(first.url);
      const text = page.locator('[contenteditable=true]').first();
      // With a copy waiting the app starts on the start screen: the file is in the recent list.
      if (index > 0) {
        await page
          .getByTestId('start-screen')
          .getByRole('button', { name: /kleinweiler\.protokoll/ })
          .click();
      }
      await text.locator('p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Diese Zeile überlebt den Absturz.');
      await expect.poll(copies, { timeout: 30_000 }).toBe(index + 1);
      await first.kill();
      await context.close();
    }

    const second = await web(dir);
    for (const size of [LAPTOP, LAPTOP_200]) {
      const { page, context, errors } = await pageAt(browser, size);
      await page.goto(second.url);
      const offer = page.getByTestId('recovery-list');
      await expect
        .poll(() => offer.getByRole('button', { name: 'Wiederherstellen' }).count())
        .toBe(2);
      expect(await offer.textContent()).toContain('top12.protokoll');
      await screenOk(page, size, 'start screen with recovery copies');
      await context.close();
      expect(errors).toEqual([]);
    }
  });

  for (const size of [LAPTOP, LAPTOP_200]) {
    it(`the app in English: item page, check and review panels, meeting page, a question, a picker and the start screen at ${size.name}`, async () => {
      const dir = await folder(`english-${size.zoom}`);
      const file = join(dir, 'kleinweiler.protokoll');
      await copyFile(KLEINWEILER_EXAMPLE, file);
      await copyFile(STUTTGART_EXAMPLE, join(dir, 'top12.protokoll'));
      const app = await web(dir, [file]);
      const { page, context, errors } = await pageAt(browser, size);
      await page.goto(app.url);
      await page.locator('[contenteditable=true]').first().waitFor();
      const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
        t('en', key, params);

      await menu(page, 'Ansicht', 'Sprache');
      await page.getByRole('menuitem', { name: en('shell.menu.file'), exact: true }).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await screenOk(page, size, 'item page (English)');

      await page.keyboard.press('F9');
      const check = page.getByTestId('check-panel');
      await check.waitFor();
      await screenOk(page, size, 'check panel (English)');
      await check.getByRole('button', { name: en('workspace.close'), exact: true }).click();
      await expect.poll(() => check.count()).toBe(0);

      const agenda = page.getByRole('button', { name: /^Agenda \(/ });
      if (await agenda.isVisible()) await agenda.click();
      await page.getByRole('button', { name: new RegExp(`^${en('workspace.meeting')}`) }).click();
      await page.locator('[data-region="attendance"]').waitFor();
      await screenOk(page, size, 'meeting page (English)');

      await page.getByTestId('review-toggle').click();
      const panel = page.getByTestId('review-panel');
      for (const tab of [
        en('reviewUi.tab.workflow'),
        en('reviewUi.tab.versions'),
        en('reviewUi.tab.comments'),
        en('reviewUi.tab.suggestions'),
      ]) {
        await panel.getByRole('tab', { name: new RegExp(tab) }).click();
        await screenOk(page, size, `review panel, ${tab} (English)`);
      }
      await page.getByTestId('review-toggle').click();
      await expect.poll(() => panel.count()).toBe(0);

      // An export asks first (which version, the open comments), or goes to the picker.
      await menu(page, en('shell.menu.file'), en('shell.menu.exportDocx'));
      const asked = page.locator('[data-testid="choice-dialog"], [data-testid="file-picker"]');
      await asked.first().waitFor();
      await screenOk(page, size, 'export question or picker (English)');
      await escapeFrom(page, asked, 'the export question');

      await menu(page, en('shell.menu.file'), en('shell.menu.open'));
      const picker = page.getByTestId('file-picker');
      await expect.poll(() => picker.locator('[role=option]').count()).toBeGreaterThan(0);
      await screenOk(page, size, 'file picker (English)');
      await escapeFrom(page, picker, 'the picker');

      await menu(page, en('shell.menu.file'), en('shell.menu.close'));
      await page.getByTestId('start-screen').waitFor();
      await screenOk(page, size, 'start screen (English)');

      // Per-item minutes (one item): "1 item", not "1 items".
      await page.getByRole('button', { name: en('shell.menu.open') }).click();
      await picker.getByText('top12.protokoll').dblclick();
      await expect
        .poll(() => page.getByTestId('document-name').textContent())
        .toBe('top12.protokoll');
      await expect.poll(() => page.locator('.pk-status-count').textContent()).toBe('1 item');
      const count = page.locator('.pk-agenda__count');
      if (await count.isVisible()) expect(await count.textContent()).toBe('1 item');
      else await page.getByRole('button', { name: 'Agenda (1 item)' }).waitFor();
      await screenOk(page, size, 'item minutes (English)');

      await context.close();
      expect(errors).toEqual([]);
    });
  }
});
