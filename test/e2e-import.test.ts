import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { newPage, patientPolls } from './support/browser';
import { useWebSession } from './support/web-session';

vi.setConfig(patientPolls);

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

/** Datei › Importieren in the app: an agenda from a CSV or an OParl file becomes new minutes. */
describe('import in the app', () => {
  const session = useWebSession({
    name: 'import',
    home: true,
    files: {
      'tagesordnung.csv': join(FIXTURES, 'csv/tagesordnung-semikolon-bom.csv'),
      'sitzung.json': join(FIXTURES, 'oparl/meeting.json'),
      'kaputt.csv': join(FIXTURES, 'csv/kaputt-top-leer.csv'),
    },
  });

  async function importFile(page: Page, name: string) {
    await page.getByRole('menuitem', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: /Importieren/ }).click();
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.getByText(session.dir).count();
    // the picker starts in the documents folder (HOME here); agendas are listed, not minutes only
    await picker.getByText(name).dblclick();
  }

  it('imports a CSV agenda and an OParl meeting as new, unsaved minutes', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1440, height: 900 });
    await page.goto(session.web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    await importFile(page, 'tagesordnung.csv');
    // new minutes holding the imported agenda, unsaved until the clerk saves them
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt •');
    expect(await page.getByTestId('save-state').textContent()).toBe(
      'Importiert – noch nicht gespeichert',
    );
    const agenda = page.getByRole('listbox');
    await expect.poll(() => agenda.getByRole('option').count()).toBeGreaterThan(2);

    await importFile(page, 'sitzung.json');
    // leaving the unsaved import asks first
    const ask = page.getByTestId('choice-dialog');
    await expect.poll(() => ask.isVisible()).toBe(true);
    await ask.getByRole('button', { name: /Verwerfen|Nicht speichern/ }).click();
    await expect.poll(() => agenda.getByRole('option').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('a broken CSV gets a message naming the row, and nothing opens', async () => {
    const { page } = await newPage(session.browser, { width: 1440, height: 900 });
    await page.goto(session.web.url);
    await importFile(page, 'kaputt.csv');
    await expect.poll(() => page.getByTestId('error-banner').textContent()).toMatch(/Zeile \d+/);
    expect(await page.getByTestId('start-screen').isVisible()).toBe(true);
  });
});
