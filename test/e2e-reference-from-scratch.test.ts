import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { printedFieldValue } from '../core/model/fields';
import { newPage, patientPolls } from './support/browser';
import { exportAs, exported } from './support/export';
import { convertToPdf } from './support/libreoffice';
import { pdfReadingText } from './support/pdf';
import {
  BODY_START,
  firstMissingInOrder,
  SEED_HEADER,
  seedBodyLines,
  seedText,
  squash,
} from './support/seed';
import { useWebSession } from './support/web-session';

vi.setConfig({ ...patientPolls, testTimeout: 300_000 });

/**
 * The clerk's day, end to end in the browser mode: a new document from the Stuttgart template,
 * the header filled in the form, the reference Niederschrift's TOP 12 typed into the editor
 * (the Beschlussantrag as a numbered list), saved, reloaded and found again, then exported to
 * DOCX and PDF — and the exported text is the seed's text, in order.
 */

const seed = seedText();
const body = seed.slice(
  seed.indexOf(BODY_START),
  seed.indexOf('Der Verwaltungsausschuss stimmt') + 200,
);
const paragraphs = body
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const take = (start: string) => {
  const found = paragraphs.find((p) => p.startsWith(start));
  if (!found) throw new Error(`seed paragraph "${start}" missing`);
  return found;
};
const beratung = take('Beratungsunterlage ist');
const points = [1, 2, 3].map((n) => take(`${n}. `).slice(3));
const attachment = take('Die Beratungsunterlage ist dem');
const closing = take('Abschließend stellt');
const resolution = take('Der Verwaltungsausschuss stimmt').split('\n')[0]!.trim();
const discussion = paragraphs.slice(
  paragraphs.indexOf(attachment) + 1,
  paragraphs.indexOf(closing),
);
const header = Object.fromEntries(SEED_HEADER.map(([label, value]) => [label, value]));

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const section = (page: Page, title: string) =>
  page.locator(`[contenteditable=true] section[data-title="${title}"]`);

async function newPerson(
  page: Page,
  forField: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: `Neue Person für „${forField}“ anlegen` }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** Writes paragraphs at the caret, each ended with Enter except the last. */
async function write(page: Page, texts: string[]) {
  for (const [index, text] of texts.entries()) {
    // insertText fires the same beforeinput/input events as typing a word at once.
    await page.keyboard.insertText(text);
    if (index < texts.length - 1) await page.keyboard.press('Enter');
  }
}

/** Running header and footer lines of our exports: not part of the text. */
const FURNITURE = [/^ENTWURF/, /Seite \d+ von \d+/];

/** The text from the seed's first body line to the resolution, as one squashed string. */
function bodyOf(text: string): string {
  const flat = squash(text);
  const from = flat.indexOf(squash(BODY_START));
  const to = flat.indexOf(resolution) + resolution.length;
  return flat.slice(from, to);
}

describe('a clerk writes the reference Niederschrift from scratch', () => {
  const session = useWebSession({
    name: 'scratch',
    home: true,
    documentsFolder: true,
  });

  it('types TOP 12, saves, reloads, finds it, and exports the seed text to DOCX and PDF', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1440, height: 1000 });
    await page.goto(session.web.url);
    await page.locator('[data-template="stuttgart-ausschuss-top"]').click();
    await expect.poll(() => page.getByTestId('document-name').textContent()).toBe('Unbenannt');

    // The header, field by field, in the template's order.
    await expect.poll(() => field(page, 'Gremium').inputValue()).toBe(header['Protokoll:']);
    await field(page, 'Niederschrift Nr.').fill('233');
    await field(page, 'TOP').fill('12');
    expect(await field(page, 'Behandlung').inputValue()).toBe('Verhandlung');
    await field(page, 'Drucksache').fill('288/2018');
    await field(page, 'GZ').fill('AKR 0410-00');
    await field(page, 'Sitzungstermin').fill('27.06.2018');
    await page.keyboard.press('Tab');
    await page.getByRole('radio', { name: 'öffentlich', exact: true }).check();
    await newPerson(page, 'Vorsitz', async (dialog) => {
      await dialog.getByLabel('Amtsbezeichnung').fill('BM');
      await dialog.getByLabel('Akademischer Titel').fill('Dr.');
      await dialog.getByLabel('Familienname').fill('Mayer');
    });
    await field(page, 'Berichterstattung').fill('-');
    await newPerson(page, 'Protokollführung', async (dialog) => {
      await dialog.getByLabel('Anrede').selectOption('Herr');
      await dialog.getByLabel('Familienname').fill('Häbe');
    });
    await field(page, 'Betreff').fill(header['Betreff:']!);
    await page.keyboard.press('Tab');

    // The text, section by section.
    await section(page, 'Beratungsunterlage').locator('p').first().click();
    await write(page, [beratung]);
    await section(page, 'Beschlussantrag:').locator('li').first().click();
    await write(page, points);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty list item ends the list
    await write(page, [attachment]);
    await section(page, 'Verhandlung').locator('p').first().click();
    await write(page, discussion);
    await section(page, 'Feststellung des Vorsitzes').locator('p').first().click();
    await write(page, [closing]);
    await section(page, 'Beschluss').locator('p').first().click();
    await write(page, [resolution]);

    // Save as (browser mode's picker opens in the documents folder).
    await page.keyboard.press('Control+s');
    const picker = page.getByTestId('file-picker');
    await picker.getByRole('textbox').fill('VA 2018-06-27 TOP 12');
    await picker.getByRole('button', { name: 'Speichern' }).click();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('VA 2018-06-27 TOP 12.protokoll');
    const path = join(session.dir, 'Dokumente', 'VA 2018-06-27 TOP 12.protokoll');
    const saved = parseProtokoll(await readFile(path, 'utf8'), 'saved');
    for (const [label, value] of SEED_HEADER) {
      const key = saved.layout.header.find((f) => f.printLabel === label)!.key;
      expect(printedFieldValue(saved, saved.items[0], key), label).toBe(value);
    }
    const list = (
      saved.items[0]!.content.root.children[1] as unknown as {
        children: { type: string; listType?: string; children: unknown[] }[];
      }
    ).children[0]!;
    expect(list.type).toBe('list');
    expect(list.listType).toBe('number');
    expect(list.children).toHaveLength(3);

    // Reload: the document comes back from the recent list, and everything is there.
    await page.reload();
    await page
      .getByTestId('start-screen')
      .getByText('VA 2018-06-27 TOP 12.protokoll')
      .first()
      .click();
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('VA 2018-06-27 TOP 12.protokoll');
    const editorText = () => page.locator('[contenteditable=true]').first().innerText();
    // The section title "Beschlussantrag:" is the section's label, drawn beside the text.
    // List numbers are the list's own markers, not text.
    const typed = seedBodyLines()
      .filter((line) => line !== 'Beschlussantrag:')
      .map((line) => line.replace(/^\d+\. /, ''));
    await expect.poll(async () => firstMissingInOrder(await editorText(), typed)).toBeNull();
    expect(await section(page, 'Beschlussantrag:').count()).toBe(1);
    // Find (Ctrl+F) counts what was typed.
    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.press('Control+f');
    await page.keyboard.insertText('Deparnay-Grunenberg');
    await expect.poll(() => page.getByText(/\d+ von 4/).count()).toBe(1);
    await page.keyboard.press('Escape');

    // Export DOCX and PDF through the menu.
    for (const kind of ['DOCX', 'PDF'] as const) {
      await exportAs(page, kind, 'TOP 12');
      await exported(page, `TOP 12.${kind.toLowerCase()}`, 60_000);
    }
    const pdfText = pdfReadingText(join(session.dir, 'Dokumente', 'TOP 12.pdf'), FURNITURE);
    const converted = await mkdtemp(join(tmpdir(), 'pk-e2e-lo-'));
    const [docxPdf] = await convertToPdf(
      [join(session.dir, 'Dokumente', 'TOP 12.docx')],
      converted,
    );
    const docxText = pdfReadingText(docxPdf!, FURNITURE);
    const expected = squash(
      seed.slice(seed.indexOf(BODY_START), seed.indexOf(resolution) + resolution.length),
    );
    for (const [format, text] of [
      ['pdf', pdfText],
      ['docx', docxText],
    ] as const) {
      expect(
        firstMissingInOrder(
          text,
          SEED_HEADER.map(([, value]) => value),
        ),
        format,
      ).toBeNull();
      expect(firstMissingInOrder(text, seedBodyLines()), format).toBeNull();
      expect(bodyOf(text), format).toBe(expected);
    }
    expect(errors).toEqual([]);
  });
});
