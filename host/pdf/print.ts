import type { FontSet } from '../../core/export/fonts';
import { pdfPageSetup } from '../../core/export/html/page-setup';
import { renderPrintHtml } from '../../core/export/html/render';
import type { PrintDocument } from '../../core/export/print-model';
import { finishPdf } from './document-info';
import { pdfEngine, type PdfEngine } from './engine';

/**
 * Print document → PDF bytes: the print HTML and the page setup from the core, printed by the
 * chosen engine, then given its document properties.
 */
export async function printPdf(
  print: PrintDocument,
  fonts: FontSet,
  engine: PdfEngine = pdfEngine(),
  onPhase?: (phase: 'html' | 'chromium' | 'finish') => void,
): Promise<Uint8Array> {
  const html = renderPrintHtml(print, { fonts, media: 'print' });
  const setup = pdfPageSetup(print);
  onPhase?.('html');
  const printed = await engine.print(html, setup);
  onPhase?.('chromium');
  const finished = await finishPdf(printed, setup.meta);
  onPhase?.('finish');
  return finished;
}
