import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type ExportKind = 'DOCX' | 'PDF';
/** The buttons of the question minutes with a non-public part ask first: which version. */
export type ExportVersion = 'Nur öffentlicher Teil' | 'Vollständig (intern)';

/**
 * Datei › Exportieren als <kind> in the app; `version` answers the question of minutes with a
 * non-public part. Returns the file picker once it is shown.
 */
export async function openExport(
  page: Page,
  kind: ExportKind,
  version?: ExportVersion,
): Promise<Locator> {
  await page.getByRole('menuitem', { name: 'Datei' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`Exportieren als ${kind}`) }).click();
  if (version) await page.getByRole('button', { name: version }).click();
  const picker = page.getByTestId('file-picker');
  await picker.waitFor();
  return picker;
}

/**
 * Starts the export under `name` (the picker adds the ending) in the picker's folder; `exported`
 * waits for its end.
 */
export async function exportAs(
  page: Page,
  kind: ExportKind,
  name: string,
  version?: ExportVersion,
): Promise<void> {
  const picker = await openExport(page, kind, version);
  await picker.getByRole('textbox').fill(name);
  await picker.getByRole('button', { name: 'Speichern' }).click();
}

/**
 * Waits until the status bar says that `file` was written. If it never does, the failure says
 * what the page showed instead (every status line seen, error banners, whether the file picker
 * is still open): an export that never reports is otherwise a bare timeout.
 */
export async function exported(page: Page, file: string, timeout: number): Promise<void> {
  const seen = new Set<string>();
  try {
    await expect
      .poll(
        async () => {
          const text = (await page.getByTestId('autosave-state').textContent()) ?? '';
          seen.add(text);
          return text;
        },
        { timeout },
      )
      .toBe(`Exportiert: ${file}`);
  } catch (error) {
    const banners = await page.getByTestId('error-banner').allTextContents();
    const pickerOpen = await page.getByTestId('file-picker').isVisible();
    const saveState = await page.getByTestId('save-state').textContent();
    throw new Error(
      `no "Exportiert: ${file}" within ${timeout} ms; status lines seen: ${JSON.stringify([...seen])}; ` +
        `save state: ${JSON.stringify(saveState)}; error banners: ${JSON.stringify(banners)}; ` +
        `file picker open: ${pickerOpen}`,
      { cause: error },
    );
  }
}
