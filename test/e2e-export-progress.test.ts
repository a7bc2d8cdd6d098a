import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage } from './support/browser';
import { runCli } from './support/cli';
import { docxPart, textOf } from './support/docx';
import { exportAs, exported } from './support/export';
import { useWebSession } from './support/web-session';

/**
 * Issue 12, point 6, in the app (browser mode): a long export shows its progress in the status
 * bar with the item being written, and Abbrechen stops it with no file written; a full export
 * of the same 2,000 items still works afterwards.
 */
describe('a long export in the app: progress, cancel, and a full export', () => {
  const session = useWebSession({
    name: 'export-progress',
    documentsFolder: true,
    prepare: (dir) => {
      const out = join(dir, 'Dokumente', 'gross.protokoll');
      const made = runCli(['sample', '--tops', '2000', '--speakers', '1', '--out', out]);
      expect(made.status, made.stderr).toBe(0);
    },
    open: ['Dokumente/gross.protokoll'],
  });
  const docs = () => join(session.dir, 'Dokumente');

  it('shows the item being written, cancels with nothing written, then exports in full', async () => {
    const { page, errors } = await newPage(session.browser, { width: 1024, height: 700 });
    await page.goto(session.web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent(), { timeout: 120_000 })
      .toBe('gross.protokoll');

    // The sample has a non-public part: the app asks which version, the full one here.
    await exportAs(page, 'DOCX', 'abgebrochen', 'Vollständig (intern)');
    const text = page.getByTestId('export-progress-text');
    // The worker reports each item it reaches; the bar shows it while the host keeps answering.
    await expect
      .poll(() => text.textContent(), { timeout: 300_000, interval: 50 })
      .toMatch(/^(Aufbereiten|Schreiben): TOP \d+: \S/);
    await page.getByTestId('export-progress').getByRole('button', { name: 'Abbrechen' }).click();
    await expect
      .poll(() => page.getByTestId('autosave-state').textContent(), { timeout: 120_000 })
      .toBe('Export abgebrochen – es wurde keine Datei geschrieben.');
    expect((await readdir(docs())).filter((name) => name.includes('abgebrochen'))).toEqual([]);

    await exportAs(page, 'DOCX', 'vollständig', 'Vollständig (intern)');
    await exported(page, 'vollständig.docx', 600_000);
    const written = textOf(
      docxPart(await readFile(join(docs(), 'vollständig.docx')), 'word/document.xml'),
    );
    expect(written).toContain('TOP 2000:');
    expect(errors).toEqual([]);
  });
});
