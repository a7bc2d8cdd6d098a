import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './support/browser';
import { docxPart, textOf } from './support/docx';
import { exported, openExport, type ExportKind } from './support/export';
import { pdfPages } from './support/libreoffice';
import { leaks } from './support/public-leaks';
import { KLEINWEILER_EXAMPLE } from './support/seed';
import { useWebSession } from './support/web-session';

/**
 * Issue 12, point 1, in the app (browser mode): Datei › Exportieren, "Nur öffentlicher Teil"
 * writes the version that may be published, as DOCX and PDF, with no word of the non-public
 * items (Kleinweiler TOP 7 land, TOP 8 staff) or of anyone's health. test/public-version.test.ts
 * covers the same through the CLI.
 */

describe('the public version from the app’s export dialog', () => {
  const session = useWebSession({
    name: 'public-export',
    documentsFolder: true,
    files: { 'Dokumente/kleinweiler.protokoll': KLEINWEILER_EXAMPLE },
    open: ['Dokumente/kleinweiler.protokoll'],
  });

  /** Datei › Exportieren als <kind> › Nur öffentlicher Teil, under the name the app suggests. */
  async function exportPublic(page: Page, kind: ExportKind): Promise<string> {
    const picker = await openExport(page, kind, 'Nur öffentlicher Teil');
    const file = `kleinweiler (öffentlich).${kind.toLowerCase()}`;
    // The suggested name says which version it is; saving waits until the picker shows it.
    await expect.poll(() => picker.getByRole('textbox').inputValue()).toBe(file);
    await picker.getByRole('button', { name: 'Speichern' }).click();
    await exported(page, file, 180_000);
    return join(session.dir, 'Dokumente', file);
  }

  it('writes DOCX and PDF of the public part only: non-public items by number, no reasons', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1024, height: 700 });
    await page.goto(session.web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent(), { timeout: 120_000 })
      .toBe('kleinweiler.protokoll');

    const docx = textOf(
      docxPart(await readFile(await exportPublic(page, 'DOCX')), 'word/document.xml'),
    );
    const pdf = (await pdfPages(await exportPublic(page, 'PDF'))).join('\n').replace(/\s+/g, ' ');
    for (const text of [docx, pdf]) {
      expect(leaks(text)).toEqual([]);
      expect(text).toContain('Bebauungsplan „Am Mühlbach“');
      expect(text).toContain('TOP 7 – nichtöffentlich');
      expect(text).toContain('TOP 8 – nichtöffentlich');
      expect(text).toContain('entschuldigt');
    }
    expect(pdf).toContain('Öffentlicher Teil der Niederschrift');
    expect(errors).toEqual([]);
  });
});
