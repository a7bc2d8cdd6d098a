import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { newPage, patientPolls } from './support/browser';
import { ensureCliBuilt, runCli } from './support/cli';
import { docxPart, tableRows } from './support/docx';
import { convertToPdf, pdfPages } from './support/libreoffice';
import {
  VORLAGE_BETREFF,
  VORLAGE_POINTS,
  VORLAGE_SENTENCE,
  VORLAGE_STAFF_TABLE,
  writeVorlage,
} from './support/vorlage';
import { useWebSession } from './support/web-session';

vi.setConfig({ ...patientPolls, testTimeout: 180_000 });

/**
 * The Beschlussvorlage into the reference item, keyboard only: Strg+Umschalt+B, the file from
 * the picker, Enter to confirm what goes where; Strg+Z takes it back in one step; a dropped
 * PDF of the same Vorlage gives the same text.
 */

const section = (page: Page, title: string) =>
  page.locator(`[data-testid="item-editor-content"] section[data-title="${title}"]`);
const text = (page: Page, title: string) =>
  section(page, title).evaluate((el) => (el as HTMLElement).innerText.trim());
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/**
 * Records, for every dialog put on the page, whether the focus was in it by the time the task
 * that showed it ended: a key pressed once the dialog can be seen must reach the dialog.
 */
async function watchDialogFocus(page: Page) {
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { __dialogFocus: boolean[] }).__dialogFocus = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          const dialog = node.matches('[role=dialog]') ? node : node.querySelector('[role=dialog]');
          if (dialog) seen.push(dialog.contains(document.activeElement));
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}
const dialogFocus = (page: Page) =>
  page.evaluate(() => (window as unknown as { __dialogFocus: boolean[] }).__dialogFocus);

/**
 * Tab through the picker's list to the file named `file`, as the clerk does, and Enter: the
 * Vorlage dialog, once it is shown.
 */
async function takeFromPicker(page: Page, file: string): Promise<Locator> {
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  for (let i = 0; i < 12 && !(await focused()).includes(file); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await focused()).toContain(file);
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('vorlage-dialog');
  await expect.poll(() => dialog.count()).toBe(1);
  return dialog;
}

/** The clerk presses Enter in the Vorlage dialog once it has the focus (the Einfügen button). */
async function confirmDialog(page: Page) {
  const dialog = page.getByTestId('vorlage-dialog');
  await expect
    .poll(() => dialog.evaluate((d) => d.contains(document.activeElement)).catch(() => false))
    .toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
}

async function expectImported(page: Page) {
  await expect.poll(() => text(page, 'Beratungsunterlage')).toBe(VORLAGE_SENTENCE);
  const items = await section(page, 'Beschlussantrag:')
    .locator('ol > li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.trim()));
  expect(items).toEqual(VORLAGE_POINTS);
  expect(await field(page, 'Drucksache').inputValue()).toBe('288/2018');
  expect(await field(page, 'Betreff').inputValue()).toBe(VORLAGE_BETREFF);
}

describe('the Vorlage imported into an item', () => {
  let pdf: string;
  const session = useWebSession({
    name: 'vorlage',
    home: true,
    documentsFolder: true,
    prepare: async (dir) => {
      const files = await writeVorlage(join(dir, 'Dokumente'), { pdf: true });
      pdf = files.pdf!;
      await writeVorlage(join(dir, 'Dokumente'), {
        staffTable: true,
        name: 'GRDrs 288-2018 mit Stellen.docx',
      });
      ensureCliBuilt();
    },
  });

  it('chooses the DOCX by keyboard, confirms, finds the parts in place, undoes in one step', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1280, height: 900 });
    await page.goto(session.web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt');
    await watchDialogFocus(page);

    await page.keyboard.press('Control+Shift+B');
    const picker = page.getByTestId('file-picker');
    // The files (the picker's places are options too, in their own list).
    const files = picker.getByRole('listbox').getByRole('option');
    await expect.poll(() => files.count()).toBeGreaterThan(0);
    // Only Vorlagen are listed (DOCX, PDF); Tab to the DOCX, Enter takes it.
    const names = await files.allInnerTexts();
    expect(names.every((n) => /\.(docx|pdf)\b/.test(n))).toBe(true);
    const dialog = await takeFromPicker(page, 'Beschlussvorlage.docx');
    // The clerk sees what goes where before anything is inserted.
    expect(await text(page, 'Beratungsunterlage')).toBe('');
    expect(await dialog.getByRole('combobox', { name: /Ziel: Beschlussantrag/ }).inputValue()).toBe(
      'beschlussantrag',
    );
    expect(await dialog.getByRole('combobox', { name: /Ziel: Begründung/ }).inputValue()).toBe('');
    await expect.poll(() => dialog.textContent()).toContain('Drucksache: 288/2018');
    await confirmDialog(page);
    await expectImported(page);
    expect(await field(page, 'GZ').inputValue()).toBe('AKR 0410-00');

    // One step back: text and header as before.
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, 'Beratungsunterlage')).toBe('');
    expect(await text(page, 'Beschlussantrag:')).toBe('');
    expect(await field(page, 'Drucksache').inputValue()).toBe('');
    expect(await field(page, 'Betreff').inputValue()).toBe('');

    // The PDF of the same Vorlage, dropped on the item: the same parts.
    const bytes = (await readFile(pdf)).toString('base64');
    await page.evaluate(
      ({ bytes, name }) => {
        const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name, { type: 'application/pdf' }));
        const target = document.querySelector('.pk-workspace-desk')!;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
      },
      { bytes, name: 'GRDrs 288-2018.pdf' },
    );
    await expect.poll(() => dialog.count()).toBe(1);
    await confirmDialog(page);
    await expectImported(page);
    // Picker and both Vorlage dialogs had the focus the moment they could be seen.
    expect(await dialogFocus(page)).toEqual([true, true, true]);
    // The caret waits in the first section still empty: the discussion.
    await page.keyboard.type('Die Vorlage wird erläutert.');
    await expect.poll(() => text(page, 'Verhandlung')).toBe('Die Vorlage wird erläutert.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it('takes a table of the Beschlussantrag as a table: into the text, the file, DOCX and PDF', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1280, height: 900 });
    await page.goto(session.web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt');
    await page.keyboard.press('Control+Shift+B');
    const files = page.getByTestId('file-picker').getByRole('listbox').getByRole('option');
    await expect.poll(() => files.count()).toBeGreaterThan(0);
    const dialog = await takeFromPicker(page, 'mit Stellen.docx');
    // The dialog says the part brings a table along.
    expect(await dialog.locator('[data-part="beschlussantrag"]').textContent()).toContain(
      'Tabellen: 1',
    );
    await confirmDialog(page);

    // In the editor: the numbered list, then the table with its head row, cell by cell.
    const antrag = section(page, 'Beschlussantrag:');
    await expect.poll(() => antrag.locator('table').count()).toBe(1);
    const order = await antrag.evaluate((el) =>
      [...el.querySelectorAll('ol, table')].map((n) => n.tagName),
    );
    expect(order).toEqual(['OL', 'TABLE']);
    const cells = await antrag
      .locator('table tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim()),
        ),
      );
    expect(cells).toEqual(VORLAGE_STAFF_TABLE);
    expect(await antrag.locator('table tr').first().locator('th').count()).toBe(4);

    // Saved with Strg+S and Enter on the proposed name.
    await page.keyboard.press('Control+s');
    const picker = page.getByTestId('file-picker');
    const name = picker.getByRole('textbox', { name: 'Dateiname' });
    await expect
      .poll(async () =>
        (await picker.count()) === 1
          ? (await name.evaluate((el) => el === document.activeElement)) &&
            (await name.inputValue()) !== ''
          : false,
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toMatch(/\.protokoll$/);
    const saved = join(
      session.dir,
      'Dokumente',
      (await page.getByTestId('document-name').textContent())!,
    );
    const json = JSON.parse(await readFile(saved, 'utf8')) as unknown;
    expect(JSON.stringify(json)).toContain('"type":"table"');

    // The exports print it as a table: Word table rows in the DOCX (and LibreOffice reads
    // them), one line per row in the PDF.
    const docx = join(session.dir, 'stellen.docx');
    const pdfOut = join(session.dir, 'stellen.pdf');
    const exported = runCli(['export', saved, '--docx', docx, '--pdf', pdfOut]);
    expect(exported.status, exported.stderr).toBe(0);
    const rows = tableRows(docxPart(await readFile(docx), 'word/document.xml'));
    for (const row of VORLAGE_STAFF_TABLE) expect(rows).toContainEqual(row);
    const [byLibreOffice] = await convertToPdf([docx], join(session.dir, 'lo'));
    const loText = (await pdfPages(byLibreOffice!)).join('\n');
    const ourText = (await pdfPages(pdfOut)).join('\n');
    for (const text of [loText, ourText]) {
      for (const row of VORLAGE_STAFF_TABLE) {
        // One printed line holds the row's cells in order.
        const line = text.split('\n').find((l) => l.includes(row[1]!)) ?? '';
        const at = row.map((cell) => line.indexOf(cell));
        expect(
          at.every((i) => i >= 0),
          `${row.join(' | ')} in "${line}"`,
        ).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
