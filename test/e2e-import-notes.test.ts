import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { patientPolls } from './support/browser';
import { axeViolations, fitProblems, LAPTOP, LAPTOP_200, pageAt } from './support/fit';
import { useWebSession } from './support/web-session';

vi.setConfig(patientPolls);

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

/**
 * An OParl import that skipped something says so in the app, as the CLI does on stderr: the
 * spec's own Meeting-01.json names a Consultation and an Organization that are not in the file,
 * so the new minutes open with a dialog listing both and that the body was taken from the
 * meeting's name. A clean import opens without it.
 */
describe('import notes in the app', () => {
  const session = useWebSession({
    name: 'import-notes',
    home: true,
    files: {
      'Meeting-01.json': join(FIXTURES, 'oparl-1.1.1/examples/Meeting-01.json'),
      'sitzung.json': join(FIXTURES, 'oparl/meeting.json'),
    },
  });

  /** Datei › Importieren, then the file in the in-app picker. */
  async function importFile(page: Page, name: string) {
    await page.getByRole('menuitem', { name: 'Datei' }).click();
    await page.getByRole('menuitem', { name: /Importieren/ }).click();
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.isVisible()).toBe(true);
    await picker.getByText(name).dblclick();
  }

  it('lists what the import skipped, in German, closes by keyboard and leaves the minutes open', async () => {
    const { context, page, errors } = await pageAt(session.browser, LAPTOP);
    await page.goto(session.web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    await importFile(page, 'Meeting-01.json');

    const notes = page.getByTestId('import-notes');
    await expect.poll(() => notes.isVisible()).toBe(true);
    expect(await notes.getByRole('heading').textContent()).toBe('Import mit 3 Hinweisen');
    expect(await notes.getByRole('listitem').allTextContents()).toEqual([
      'AgendaItem https://oparl.example.org/agendaitem/3271: Consultation https://oparl.example.org/consultation/1034 steht nicht in der Datei und wurde übersprungen (consultation).',
      'Meeting https://oparl.example.org/meeting/281: Organization https://oparl.example.org/organization/34 steht nicht in der Datei und wurde übersprungen (organization).',
      'Das Gremium der Sitzung https://oparl.example.org/meeting/281 steht nicht in der Datei; es ist aus dem Namen der Sitzung genommen oder das der Vorlage. Bitte prüfen.',
    ]);
    // The new minutes are open behind it, unsaved.
    expect(await page.getByTestId('save-state').textContent()).toBe(
      'Importiert – noch nicht gespeichert',
    );
    // axe on the whole window: the dialog and the imported minutes behind it.
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitProblems(page)).toEqual([]);

    // The focus is on "Verstanden": Enter closes it, and the agenda is there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Verstanden');
    await page.keyboard.press('Enter');
    await expect.poll(() => notes.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual([expect.stringContaining('Satzungsänderung für Ausschreibungen')]);

    // A clean import (every reference in the file) opens without notes.
    await importFile(page, 'sitzung.json');
    const ask = page.getByTestId('choice-dialog');
    await expect.poll(() => ask.isVisible()).toBe(true);
    await ask.getByRole('button', { name: /Verwerfen|Nicht speichern/ }).click();
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toContainEqual(expect.stringContaining('Sanierung der Sporthalle Nord'));
    expect(await notes.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits at 200 % zoom, and Escape closes it too', async () => {
    const { context, page, errors } = await pageAt(session.browser, LAPTOP_200);
    await page.goto(session.web.url);
    await expect.poll(() => page.getByTestId('start-screen').isVisible()).toBe(true);
    await importFile(page, 'Meeting-01.json');
    const notes = page.getByTestId('import-notes');
    await expect.poll(() => notes.isVisible()).toBe(true);
    expect(await fitProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => notes.count()).toBe(0);
    expect(await page.getByTestId('save-state').textContent()).toBe(
      'Importiert – noch nicht gespeichert',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
