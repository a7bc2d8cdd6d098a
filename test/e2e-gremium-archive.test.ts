import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseGremium } from '../core/body/gremium';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const example = (name: string) => new URL(`../examples/${name}`, import.meta.url).pathname;

/** The body file editor and the archive view in the app (browser mode, real Chromium). */
describe('Gremium editor and archive in the app', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-gremium-'));
    const archive = join(dir, 'archiv');
    await mkdir(join(archive, '2018'), { recursive: true });
    await copyFile(
      example('kleinweiler-gemeinderat-2026-10-14.protokoll'),
      join(archive, 'gr-2026-10-14.protokoll'),
    );
    await copyFile(
      example('stuttgart-va-2018-06-27-top12.protokoll'),
      join(archive, '2018', 'va-233.protokoll'),
    );
    await writeFile(join(archive, 'kaputt.protokoll'), '{"format": "etwas anderes"}');
    // The picker starts in the test's own folder (no file given: HOME's).
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), env: { HOME: dir } });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function fill(page: Page, label: string | RegExp, value: string) {
    const field = page.getByTestId('gremium-editor').getByLabel(label, { exact: true });
    await field.fill(value);
  }

  it('creates a body, edits it by keyboard and mouse, saves it, and starts minutes from it', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await page.getByTestId('start-gremium').click();
    const editor = page.getByTestId('gremium-editor');
    await editor.waitFor();
    // The name field has the keys: the clerk types at once.
    await page.keyboard.type('Gemeinderat der Gemeinde Musterstadt');
    await fill(page, 'Kurzname im Text', 'Der Gemeinderat');
    await editor
      .getByLabel('Landesrecht (Regelprofil)')
      .selectOption({ label: 'Baden-Württemberg' });
    await editor.getByLabel('Vorlage für neue Niederschriften').selectOption('gemeinderat-sitzung');

    // Members: the tab by keyboard (arrow keys in the tab list), then two rows.
    await editor.getByRole('tab', { name: /^Allgemein/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => editor.getByRole('tab', { name: /^Mitglieder/ }).getAttribute('aria-selected'))
      .toBe('true');
    await editor.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
    // The new row's first field (Amtsbez.) has the focus.
    await page.keyboard.type('BM');
    await page.keyboard.press('Tab'); // Titel
    await page.keyboard.type('Dr.');
    await page.keyboard.press('Tab'); // Vorname
    await page.keyboard.type('Eva');
    await page.keyboard.press('Tab'); // Name
    await page.keyboard.type('Muster');
    await editor.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
    await page.keyboard.type('GR');
    const second = editor.locator('tbody tr').nth(1);
    await second.getByLabel('Vorname').fill('Paul');
    await second.getByLabel('Name', { exact: true }).fill('Beispiel');
    await second.getByLabel('Fraktion').fill('Freie Wähler');
    await second.getByLabel('Amtszeit ab').fill('2024-07-01');
    await expect.poll(() => editor.locator('tbody tr').count()).toBe(2);

    await editor.getByRole('tab', { name: /^Verwaltung/ }).click();
    await editor.getByRole('button', { name: 'Person hinzufügen' }).click();
    const staff = editor.locator('tbody tr').first();
    await staff.getByLabel('Anrede').fill('Frau');
    await staff.getByLabel('Name', { exact: true }).fill('Schreiber');
    await staff.getByLabel('Funktion').fill('Schriftführung');

    await editor.getByRole('tab', { name: /^Vorsitz/ }).click();
    await editor
      .getByRole('combobox', { name: /^Vorsitz/ })
      .selectOption({ label: 'BM Dr. Eva Muster' });
    await editor
      .getByRole('combobox', { name: /^Schriftführung/ })
      .selectOption({ label: 'Schreiber' });
    await editor.getByRole('button', { name: 'Unterschrift hinzufügen' }).click();
    const signature = editor.locator('[data-signatory="0"]');
    await signature.getByLabel('Rolle').selectOption('chair');
    await signature.getByLabel('Bezeichnung unter der Linie').fill('Vorsitz');
    await signature.getByLabel('Person').selectOption({ label: 'BM Dr. Eva Muster' });

    await editor.getByRole('tab', { name: /^Nummerierung/ }).click();
    await fill(page, /^Niederschrift Nr\./, '{n}/{yyyy}');
    await fill(page, /^Drucksache/, 'GR {yyyy}/{nnn}');
    await editor.getByRole('button', { name: 'Ständigen Punkt hinzufügen' }).click();
    await editor.locator('[data-standing="0"]').getByLabel('Betreff').fill('Bekanntgaben');

    // Save: the picker proposes the body's short name with .gremium.
    await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
    const picker = page.getByTestId('file-picker');
    await picker.waitFor();
    await picker.getByLabel('Dateiname').fill('musterstadt');
    await picker.getByRole('button', { name: 'Speichern' }).click();
    await expect
      .poll(() => editor.getByRole('status').textContent())
      .toBe('Gespeichert: musterstadt.gremium');
    const saved = parseGremium(
      await readFile(join(dir, 'musterstadt.gremium'), 'utf8'),
      'musterstadt.gremium',
    );
    expect(saved.body.name).toBe('Gemeinderat der Gemeinde Musterstadt');
    expect(saved.profile).toBe('bw-gemo-38');
    expect(saved.templateId).toBe('gemeinderat-sitzung');
    expect(saved.body.numbering).toMatchObject({
      minutes: '{n}/{yyyy}',
      paperRef: 'GR {yyyy}/{nnn}',
    });
    expect(saved.body.standingItems).toEqual([{ title: 'Bekanntgaben', public: true }]);
    const names = saved.people.map(
      (p) => `${p.honorific}|${p.title}|${p.givenName}|${p.familyName}`,
    );
    expect(names).toEqual(['BM|Dr.|Eva|Muster', 'GR||Paul|Beispiel', '||' + '|Schreiber']);
    const muster = saved.people[0]!;
    expect(saved.chairId).toBe(muster.id);
    expect(saved.signatories).toEqual([{ role: 'chair', label: 'Vorsitz', personId: muster.id }]);
    expect(saved.people[1]!.term).toEqual({ from: '2024-07-01', until: '' });
    expect(saved.people[2]!.kind).toBe('staff');

    // New minutes of this body: its template, its people.
    await editor.getByRole('button', { name: 'Neue Niederschrift aus diesem Gremium' }).click();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt •');
    await page.getByRole('button', { name: /^Sitzung/ }).click();
    await expect.poll(() => page.locator('tr[data-person-id]').count()).toBe(3);
    await expect
      .poll(() => page.locator('tr[data-person-id]').allTextContents())
      .toEqual([
        expect.stringContaining('Muster'),
        expect.stringContaining('Beispiel'),
        expect.stringContaining('Schreiber'),
      ]);
    expect(errors).toEqual([]);
  });

  it('takes the saved body into open minutes (Aus Gremium übernehmen) and reopens it to edit', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await page.getByTestId('start-screen').waitFor();
    await page.locator('[data-template="gemeinderat-sitzung"]').click();
    await page.locator('[contenteditable=true]').first().waitFor();
    await page.keyboard.press('Control+Alt+U');
    const picker = page.getByTestId('file-picker');
    await picker.waitFor();
    await picker.getByText('musterstadt.gremium').dblclick();
    const ask = page.getByTestId('choice-dialog');
    await expect.poll(() => ask.textContent()).toContain('Gemeinderat der Gemeinde Musterstadt');
    await ask.getByRole('button', { name: 'Übernehmen' }).click();
    await expect
      .poll(() => page.getByTestId('autosave-state').textContent())
      .toBe('Aus dem Gremium übernommen: 3 Personen neu, 0 aktualisiert, 0 weitere behalten.');
    await page.getByRole('button', { name: /^Sitzung/ }).click();
    await expect.poll(() => page.locator('tr[data-person-id]').count()).toBe(3);

    // The editor opens a body file and shows its people.
    await page.keyboard.press('Control+Alt+G');
    const editor = page.getByTestId('gremium-editor');
    await editor.waitFor();
    await editor.getByRole('button', { name: 'Öffnen…' }).click();
    await picker.waitFor();
    await picker.getByText('musterstadt.gremium').dblclick();
    await expect
      .poll(() => editor.getByRole('heading').first().textContent())
      .toBe('Gremium – musterstadt.gremium');
    await editor.getByRole('tab', { name: /^Mitglieder/ }).click();
    await expect.poll(() => editor.locator('tbody tr').count()).toBe(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('Folgesitzung with the body file: the last minutes numbered on, the body’s people and items', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await page.getByTestId('start-gremium').click();
    const editor = page.getByTestId('gremium-editor');
    await editor.getByRole('button', { name: 'Öffnen…' }).click();
    const picker = page.getByTestId('file-picker');
    await picker.getByText('musterstadt.gremium').dblclick();
    await expect
      .poll(() => editor.getByRole('heading').first().textContent())
      .toBe('Gremium – musterstadt.gremium');
    await editor.getByRole('button', { name: 'Folgesitzung mit diesem Gremium…' }).click();
    await picker.getByRole('option', { name: /archiv/ }).dblclick();
    await picker.getByText('gr-2026-10-14.protokoll').dblclick();
    const date = page.getByTestId('follow-up-date').getByLabel('Datum der neuen Sitzung');
    await date.fill('18.11.2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt •');
    // The body's standing items, not the last minutes' agenda.
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual([expect.stringContaining('Bekanntgaben')]);
    await page.getByRole('button', { name: /^Sitzung/ }).click();
    // Numbered on from Kleinweiler's 9/2026 by the body's pattern; the body's three people.
    await expect
      .poll(() => page.locator('[data-field="meeting.minutesNumber"] input').inputValue())
      .toBe('10/2026');
    await expect.poll(() => page.locator('tr[data-person-id]').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('opens a folder as an archive, finds "288/2018" and opens the hit at its item', async () => {
    const { page, errors } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await page.getByTestId('start-archive').click();
    const view = page.getByTestId('archive-view');
    await view.waitFor();
    await view.getByRole('button', { name: 'Ordner wählen…' }).click();
    const picker = page.getByTestId('file-picker');
    await picker.waitFor();
    // By keyboard: the folder entry, Enter goes into it; then the picker's button.
    await picker.getByRole('option', { name: /archiv/ }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => picker.locator('.pk-picker-path .pk-picker-folder').textContent())
      .toMatch(/archiv$/);
    await picker.getByRole('button', { name: 'Diesen Ordner wählen' }).click();

    await expect
      .poll(() => view.getByRole('status').textContent())
      .toBe('2 Niederschriften, 9 Tagesordnungspunkte.');
    // By date: Stuttgart 2018 first, then Kleinweiler 2026; the broken file is named.
    const rows = view.getByTestId('archive-files').locator('tbody tr');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([
        expect.stringMatching(/^27\.06\.2018233Verwaltungsausschuss.*1.*va-233\.protokoll$/),
        expect.stringMatching(
          /^14\.10\.20269\/2026Gemeinderat der Gemeinde Kleinweiler.*gr-2026-10-14\.protokoll$/,
        ),
      ]);
    await expect.poll(() => view.textContent()).toContain('kaputt.protokoll');

    // The search box has the keys once a folder is open.
    await view.getByRole('searchbox').fill('288/2018');
    await page.keyboard.press('Enter');
    const hits = view.getByTestId('archive-hits').getByRole('button');
    await expect.poll(() => hits.count()).toBe(1);
    await expect.poll(() => hits.first().textContent()).toContain('TOP 12');
    await expect.poll(() => hits.first().textContent()).toContain('288/2018');
    await hits.first().click();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('va-233.protokoll');
    // The item is on screen: TOP 12, selected in the agenda.
    await expect
      .poll(() => page.locator('.pk-agenda__item.is-selected').textContent())
      .toMatch(/^TOP 12/);

    // Back in the archive the search is still there; a word finds Kleinweiler's TOP.
    await page.keyboard.press('Control+Alt+A');
    await view.waitFor();
    await expect.poll(() => view.getByTestId('archive-hits').getByRole('button').count()).toBe(1);
    await view.getByRole('searchbox').fill('Mühlbach Bebauungs');
    await view.getByRole('button', { name: 'Suchen' }).click();
    const mühlbach = view.getByTestId('archive-hits').getByRole('button');
    await expect.poll(() => mühlbach.first().textContent()).toContain('14.10.2026');
    await mühlbach.first().click();
    // The open minutes are replaced (nothing unsaved), at TOP 3.
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('gr-2026-10-14.protokoll');
    await expect
      .poll(() => page.locator('.pk-agenda__item.is-selected').textContent())
      .toContain('Mühlbach');
    expect(errors).toEqual([]);
  });
});
