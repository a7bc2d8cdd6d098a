import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  realpath,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { axeViolations, fitProblems, LAPTOP_200, pageAt } from './support/fit';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * The browser-mode file picker and the host's reach (issue 12, point 4), keyboard first: it
 * starts in the user's documents folder (the XDG one), a typed path outside the granted folders
 * is refused, a folder the user grants opens up and stays granted after a restart, a typed file
 * path opens, a full path as the file name saves there, and /etc cannot be granted.
 */
describe('browser mode: the file picker reaches only granted folders', () => {
  let browser: Browser;
  let dir: string;
  let home: string;
  let documents: string;
  let archive: string;
  let userData: string;
  let web: WebMode;

  const start = () =>
    startWebMode({
      userDataDir: userData,
      env: { HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
      // No test folder granted: only home and what the user grants in the picker.
      roots: [],
    });

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await realpath(await mkdtemp(join(tmpdir(), 'pk-e2e-picker-')));
    home = join(dir, 'home');
    // The XDG documents folder has its own name; ~/Dokumente exists too and is not it.
    documents = join(home, 'Schriftstücke');
    archive = join(dir, 'Ratsarchiv');
    userData = join(dir, 'user-data');
    for (const folder of [documents, join(home, 'Dokumente'), join(home, '.config'), archive]) {
      await mkdir(folder, { recursive: true });
    }
    await writeFile(
      join(home, '.config', 'user-dirs.dirs'),
      '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Schreibtisch"\nXDG_DOCUMENTS_DIR="$HOME/Schriftstücke"\n',
    );
    await copyFile(STUTTGART_EXAMPLE, join(documents, 'va-top12.protokoll'));
    await copyFile(STUTTGART_EXAMPLE, join(archive, 'archiv-top12.protokoll'));
    web = await start();
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function openPicker(page: Page) {
    await page.keyboard.press('Control+o');
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    return picker;
  }

  it('starts in documents, refuses a typed path outside, grants a folder, opens a typed file', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);

    const picker = await openPicker(page);
    await expect.poll(() => picker.getByTestId('picker-folder').textContent()).toBe(documents);
    expect(await picker.getByRole('listbox').getByRole('option').allTextContents()).toEqual([
      expect.stringContaining('va-top12.protokoll'),
    ]);
    const places = picker.getByTestId('picker-places');
    expect(await places.locator('option').allTextContents()).toEqual([
      `Dokumente – ${documents}`,
      `Persönlicher Ordner – ${home}`,
    ]);

    // Strg+L: a typed path. Outside home it is refused with a clear German message.
    await page.keyboard.press('Control+l');
    const path = picker.getByTestId('picker-path');
    await expect.poll(() => path.evaluate((el) => el === document.activeElement)).toBe(true);
    await path.fill(archive);
    await page.keyboard.press('Enter');
    const problem = picker.getByTestId('picker-problem');
    await expect
      .poll(() => problem.textContent())
      .toBe(
        `Zugriff verweigert: „${archive}“ liegt außerhalb der freigegebenen Ordner. Bitte die Datei über „Öffnen…“ oder „Speichern unter…“ wählen oder ihren Ordner im Dateidialog freigeben.`,
      );
    await path.fill('/etc');
    await page.keyboard.press('Enter');
    await expect.poll(() => problem.textContent()).toContain('„/etc“ liegt außerhalb');
    // Escape closes the path field, not the dialog.
    await page.keyboard.press('Escape');
    await expect.poll(() => path.count()).toBe(0);
    expect(await picker.isVisible()).toBe(true);

    // "Ordner freigeben…": /etc is refused, the archive folder is granted and shown.
    await picker.getByRole('button', { name: 'Ordner freigeben…' }).click();
    await expect.poll(() => path.evaluate((el) => el === document.activeElement)).toBe(true);
    await path.fill('/etc');
    await page.keyboard.press('Enter');
    await expect.poll(() => problem.textContent()).toContain('kann nicht freigegeben werden');
    await path.fill(archive);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.getByTestId('picker-folder').textContent()).toBe(archive);
    expect(await picker.getByTestId('picker-notice').textContent()).toBe(
      `Der Ordner „${archive}“ ist jetzt freigegeben.`,
    );
    expect(await picker.getByRole('listbox').getByRole('option').allTextContents()).toEqual([
      expect.stringContaining('archiv-top12.protokoll'),
    ]);
    expect(await places.locator('option').allTextContents()).toContain(archive);
    // Kept in the settings.
    const settings = JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8')) as {
      pickerRoots?: string[];
    };
    expect(settings.pickerRoots).toEqual([archive]);

    // A typed file path opens that file.
    await page.keyboard.press('Control+l');
    await path.fill(join(documents, 'va-top12.protokoll'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('va-top12.protokoll');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves under a full path typed as the file name, only inside the granted folders', async () => {
    // A restart: the granted folder is still there.
    await web.stop();
    web = await start();
    const { page, context, errors } = await newPage(browser);
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    const picker = await openPicker(page);
    await expect
      .poll(() => picker.getByTestId('picker-places').locator('option').allTextContents())
      .toContain(archive);
    await picker.getByRole('option', { name: /va-top12\.protokoll/ }).dblclick();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('va-top12.protokoll');

    await page.keyboard.press('Control+Shift+s');
    await expect.poll(() => picker.isVisible()).toBe(true);
    const name = picker.getByRole('textbox');
    await name.fill('/etc/protokollant-test');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => picker.getByTestId('picker-problem').textContent())
      .toContain('„/etc“ liegt außerhalb');
    await expect(stat('/etc/protokollant-test.protokoll')).rejects.toThrow();
    await name.fill(join(archive, 'Abschrift'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('Abschrift.protokoll');
    expect((await stat(join(archive, 'Abschrift.protokoll'))).size).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves what was asked before the folder was read, once it is (a slow host)', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    const picker = await openPicker(page);
    await picker.getByRole('option', { name: /va-top12\.protokoll/ }).dblclick();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('va-top12.protokoll');

    // The host holds the folder's listing back until the name is typed and Speichern pressed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let listings = 0;
    await page.route('**/api/files.list', async (route) => {
      listings++;
      await held;
      await route.continue();
    });
    await page.keyboard.press('Control+Shift+s');
    await expect.poll(() => listings).toBe(1);
    await picker.getByRole('textbox').fill('Vor der Liste');
    await picker.getByRole('button', { name: 'Speichern' }).click();
    // Nothing is saved without the folder: the picker waits, the name stays.
    expect(await picker.getByRole('textbox').inputValue()).toBe('Vor der Liste');
    expect(await page.getByTestId('document-name').textContent()).toBe('va-top12.protokoll');
    release();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('Vor der Liste.protokoll');
    expect((await stat(join(documents, 'Vor der Liste.protokoll'))).size).toBeGreaterThan(1000);
    await page.unroute('**/api/files.list');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits 1024×700 at 200 % and has no accessibility violations', async () => {
    const { page, context, errors } = await pageAt(browser, LAPTOP_200);
    await page.goto(web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    const picker = await openPicker(page);
    await page.keyboard.press('Control+l');
    await expect.poll(() => picker.getByTestId('picker-path').count()).toBe(1);
    expect(await fitProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
