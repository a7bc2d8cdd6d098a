import type { PrintDocument } from '../../core/export/print-model';

/** Prints HTML to PDF through Chromium. (Placeholder until the PDF engine lands.) */
export async function renderPdf(_html: string, _print: PrintDocument): Promise<Uint8Array> {
  throw new Error('PDF export not implemented yet');
}
