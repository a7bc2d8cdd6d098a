import { spawn } from 'node:child_process';
import { access, copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lockPathFor } from '../host/services/file-lock';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const EXAMPLE = new URL('../examples/kleinweiler-gemeinderat-2026-10-14.protokoll', import.meta.url)
  .pathname;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A process of this computer that has ended (a crashed app): its pid is free. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  const pid = child.pid!;
  await new Promise((resolve) => child.on('exit', resolve));
  return pid;
}

/**
 * Two clerks, one file server, in the app (browser mode): a document another clerk has open is
 * offered read-only with their name; a stale lock is taken over on request; the app's own lock
 * is made on open and removed on close.
 */
describe('the lock beside an open document, in the app', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-lock-'));
    for (const name of ['anna.protokoll', 'verwaist.protokoll', 'frei.protokoll'])
      await copyFile(EXAMPLE, file(name));
    await writeFile(
      lockPathFor(file('anna.protokoll')),
      JSON.stringify({
        user: 'Anna Schmidt',
        host: 'RATHAUS-PC17',
        pid: 4711,
        since: new Date().toISOString(),
      }),
    );
    await writeFile(
      lockPathFor(file('verwaist.protokoll')),
      JSON.stringify({
        user: 'Anna Schmidt',
        host: hostname(),
        pid: await deadPid(),
        since: new Date().toISOString(),
      }),
    );
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), env: { HOME: dir } });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function pick(page: Page, name: string) {
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Öffnen/ }).click();
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.getByText(name).dblclick();
  }

  it('minutes another clerk has open: who and since when, then read-only', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    const lockBefore = await readFile(lockPathFor(file('anna.protokoll')), 'utf8');
    await pick(page, 'anna.protokoll');
    const dialog = page.getByTestId('choice-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect
      .poll(() => dialog.textContent())
      .toMatch(/„anna\.protokoll“ hat Anna Schmidt seit .+ geöffnet \(Rechner RATHAUS-PC17\)/);
    // Not stale (another computer, made just now): nothing to take over.
    expect(await dialog.getByRole('button', { name: /Sperre übernehmen/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Schreibgeschützt öffnen' }).click();
    await expect
      .poll(() => page.getByTestId('readonly-banner').textContent())
      .toBe(
        'Schreibgeschützt: Anna Schmidt (Rechner RATHAUS-PC17) hat diese Niederschrift geöffnet.',
      );
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('anna.protokoll');
    // Nothing can be typed: the agenda offers no edits and the lock stays Anna's.
    await expect.poll(() => page.getByRole('option', { name: /^TOP 1 / }).count()).toBe(1);
    expect(await page.getByRole('toolbar', { name: 'Ausgewählten TOP bearbeiten' }).count()).toBe(
      0,
    );
    expect(await readFile(lockPathFor(file('anna.protokoll')), 'utf8')).toBe(lockBefore);
    expect(errors).toEqual([]);
  });

  it('Abbrechen opens nothing', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await pick(page, 'anna.protokoll');
    const dialog = page.getByTestId('choice-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a stale lock (the app there is gone) is taken over on request, and editing works', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await pick(page, 'verwaist.protokoll');
    const dialog = page.getByTestId('choice-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.textContent()).toContain('das Programm läuft dort nicht mehr');
    await dialog.getByRole('button', { name: 'Sperre übernehmen und bearbeiten' }).click();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('verwaist.protokoll');
    expect(await page.getByTestId('readonly-banner').count()).toBe(0);
    const lock = JSON.parse(await readFile(lockPathFor(file('verwaist.protokoll')), 'utf8'));
    expect(lock).toMatchObject({ host: hostname(), pid: web.process.pid });
    expect(errors).toEqual([]);
  });

  it('a free file: the lock is made on open and removed on close', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    const lock = lockPathFor(file('frei.protokoll'));
    expect(await exists(lock)).toBe(false);
    await pick(page, 'frei.protokoll');
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('frei.protokoll');
    await expect.poll(() => exists(lock)).toBe(true);
    await page.getByRole('menuitem', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: /^Schließen/ }).click();
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    await expect.poll(() => exists(lock)).toBe(false);
    expect(errors).toEqual([]);
  });
});

/**
 * A file named at start (`protokollant file.protokoll`, a double click in the file manager): its
 * lock is asked together with the recovery copies, and the editor comes without a start screen
 * shown before it; a file another clerk holds still gets the question first.
 */
describe('a file named at start', () => {
  let browser: Browser;
  let dir: string;
  const servers: WebMode[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-lock-start-'));
    for (const name of ['frei.protokoll', 'anna.protokoll'])
      await copyFile(EXAMPLE, join(dir, name));
    await writeFile(
      lockPathFor(join(dir, 'anna.protokoll')),
      JSON.stringify({
        user: 'Anna Schmidt',
        host: 'RATHAUS-PC17',
        pid: 4711,
        since: new Date().toISOString(),
      }),
    );
  });
  afterAll(async () => {
    for (const web of servers) await web.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function startWith(name: string) {
    const web = await startWebMode({
      userDataDir: join(dir, `user-data-${name}`),
      files: [join(dir, name)],
      env: { HOME: dir },
    });
    servers.push(web);
    const { page, errors } = await newPage(browser, { width: 1024, height: 700 });
    // Notes, from the first paint on, whether the start screen was ever on the page.
    await page.addInitScript(() => {
      const seen = () => {
        if (document.querySelector('[data-testid="start-screen"]'))
          document.documentElement.dataset.startScreenSeen = 'yes';
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    });
    await page.goto(web.url);
    return { page, errors };
  }
  const startScreenSeen = (page: Page) =>
    page.evaluate(() => document.documentElement.dataset.startScreenSeen === 'yes');

  it('opens into the editor with no start screen before it', async () => {
    const { page, errors } = await startWith('frei.protokoll');
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('frei.protokoll');
    await page.locator('[data-region="text"] [contenteditable="true"]').first().waitFor();
    expect(await startScreenSeen(page)).toBe(false);
    await expect.poll(() => exists(lockPathFor(join(dir, 'frei.protokoll')))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a file another clerk has open: the question first; Abbrechen leads to the start screen', async () => {
    const { page, errors } = await startWith('anna.protokoll');
    const dialog = page.getByTestId('choice-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect
      .poll(() => dialog.textContent())
      .toMatch(/„anna\.protokoll“ hat Anna Schmidt seit/);
    expect(await startScreenSeen(page)).toBe(false);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    expect(await page.getByTestId('document-name').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
