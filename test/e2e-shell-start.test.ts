import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { exportAs, exported } from './support/export';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

describe('browser mode: start screen, new document, language, export', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;
  let file: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-start-'));
    file = join(dir, 'top12.protokoll');
    await copyFile(STUTTGART_EXAMPLE, file);
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterAll(async () => {
    await web.stop();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a document from a template and saves it under a new name', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    // Datei › Neu aus Vorlage… leaves the (saved) document for the start screen
    await page.getByRole('menuitem', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: /Neu aus Vorlage/ }).click();
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    // the file just closed is now a recent document
    await expect
      .poll(() => page.getByTestId('start-screen').textContent())
      .toContain('top12.protokoll');
    await page.locator('[data-template="gemeinderat-sitzung"]').click();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt');
    await page.keyboard.press('Control+s');
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.textContent()).toContain(dir);
    await picker.getByRole('textbox').fill('Gemeinderat Oktober');
    await picker.getByRole('button', { name: 'Speichern' }).click();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('Gemeinderat Oktober.protokoll');
    const saved = parseProtokoll(
      await readFile(join(dir, 'Gemeinderat Oktober.protokoll'), 'utf8'),
      'x',
    );
    expect(saved.templateId).toBe('gemeinderat-sitzung');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to English, and the host answers in English too', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    await page.getByRole('menuitem', { name: 'Ansicht' }).click();
    await page.getByRole('menuitem', { name: 'Sprache' }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'File' }).count()).toBe(1);
    expect(await page.getByTestId('save-state').textContent()).toBe('Opened');
    await page.getByRole('menuitem', { name: 'File' }).click();
    expect(await page.getByRole('menuitem', { name: /Save as/ }).textContent()).toContain(
      'Ctrl+Shift+S',
    );
    await page.keyboard.press('Escape');
    // a host error in the chosen language: the file vanished, then the recent entry is opened
    await page.getByRole('menuitem', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Close' }).click();
    await expect
      .poll(() => page.getByTestId('start-screen').textContent())
      .toContain('Recently opened');
    await rm(file);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('error-banner').textContent())
      .toContain(`The file “${file}” does not exist.`);
    // back to German for the other tests
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect
      .poll(() => page.getByTestId('start-screen').textContent())
      .toContain('Zuletzt geöffnet');
    await copyFile(STUTTGART_EXAMPLE, file);
    await context.close();
  });

  it('exports the document as DOCX and one item as an extract', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    // the print preview (Ctrl+P) shows the print HTML of the document
    await page.keyboard.press('Control+p');
    const preview = page.frameLocator('[data-testid=preview] iframe');
    await expect.poll(() => preview.locator('body').textContent()).toContain('Niederschrift Nr.');
    expect(await preview.locator('body').textContent()).toContain('einmütig');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('preview').count()).toBe(0);
    await exportAs(page, 'DOCX', 'Niederschrift');
    await exported(page, 'Niederschrift.docx', 30_000);
    const picker = page.getByTestId('file-picker');
    const docx = await readFile(join(dir, 'Niederschrift.docx'));
    expect([...docx.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    await page.getByRole('menuitem', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: /Auszug exportieren/ }).click();
    const extract = page.getByTestId('extract-dialog');
    expect(await extract.getByRole('combobox').textContent()).toContain('TOP 12');
    await extract.getByRole('button', { name: /Weiter/ }).click();
    await expect
      .poll(() => picker.getByRole('textbox').inputValue())
      .toMatch(/Auszug TOP 12\.docx$/);
    await picker.getByRole('button', { name: 'Speichern' }).click();
    await expect
      .poll(() => page.getByTestId('autosave-state').textContent(), { timeout: 30_000 })
      .toMatch(/^Exportiert: .*Auszug TOP 12\.docx$/);
    const name = (await page.getByTestId('autosave-state').textContent())!.replace(
      'Exportiert: ',
      '',
    );
    expect((await stat(join(dir, name))).size).toBeGreaterThan(1000);
    await context.close();
  });
});
