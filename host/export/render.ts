import { renderDocx } from '../../core/export/docx/render';
import { renderPrintHtml } from '../../core/export/html/render';
import { buildPrintDocument } from '../../core/export/print-model';
import type { ProtocolDocument } from '../../core/model/schema';
import { loadFonts } from '../fonts';
import type { PdfEngine } from '../pdf/engine';
import { printPdf } from '../pdf/print';

export type ExportFormat = 'docx' | 'pdf' | 'html';

export interface RenderOptions {
  /** Export this item only, as an extract ("Auszug aus der Niederschrift"). */
  itemId?: string;
  /** The PDF engine to print with; by default the process-wide one (see host/pdf/engine). */
  pdfEngine?: PdfEngine;
}

/**
 * One export path for the CLI, the app and tests: model → print model → format. Returns the
 * finished bytes; writing them (atomically) is the caller's business.
 */
export async function renderExport(
  document: ProtocolDocument,
  format: ExportFormat,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const print = buildPrintDocument(document, { extractItemId: options.itemId });
  const fonts = await loadFonts();
  switch (format) {
    case 'docx':
      return renderDocx(print, { fonts });
    case 'html':
      return new TextEncoder().encode(renderPrintHtml(print, { fonts }));
    case 'pdf':
      return printPdf(print, fonts, options.pdfEngine);
  }
}
