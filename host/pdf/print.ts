import type { FontSet } from '../../core/export/fonts';
import { pdfPageSetup } from '../../core/export/html/page-setup';
import { renderPdfHtml } from '../../core/export/html/render';
import type { PrintDocument } from '../../core/export/print-model';
import { finishPdf } from './document-info';
import { pdfEngine, type PdfEngine } from './engine';
import { tagPdf } from './tags';

/**
 * Print document → PDF bytes: the print HTML and the page setup from the core, printed by the
 * chosen engine, its tags completed (lists, changes, artifacts), then given its document
 * properties.
 */
export async function printPdf(
  print: PrintDocument,
  fonts: FontSet,
  engine: PdfEngine = pdfEngine(),
  onPhase?: (phase: 'html' | 'chromium' | 'finish') => void,
): Promise<Uint8Array> {
  const { html, tags } = renderPdfHtml(print, { fonts });
  const setup = pdfPageSetup(print);
  onPhase?.('html');
  const printed = await engine.print(html, setup);
  onPhase?.('chromium');
  const tagged = setup.tagged ? await tagPdf(printed, tags, setup.marginMm) : printed;
  const finished = await finishPdf(tagged, setup.meta);
  onPhase?.('finish');
  return finished;
}
