import type { FontSet } from '../../core/export/fonts';
import { pdfPageSetup, type PdfPageSetup } from '../../core/export/html/page-setup';
import { renderPdfHtml } from '../../core/export/html/render';
import type { PrintDocument } from '../../core/export/print-model';
import type { ItemProgress } from '../../core/export/progress';
import { pdfTimeoutError, pdfTimeoutMs } from './deadline';
import { finishPdf } from './document-info';
import { pdfEngine, type PdfEngine } from './engine';

/** Prints print HTML to PDF bytes: an engine in this thread, or one reached from a worker. */
export type HtmlPrinter = (html: string, setup: PdfPageSetup) => Promise<Uint8Array>;

/**
 * Prints with the engine under the time limit scaled to the HTML (host/pdf/deadline.ts):
 * a print that hangs ends with a message in the user's language, and its page is closed.
 */
export function printHtml(
  engine: PdfEngine,
  html: string,
  setup: PdfPageSetup,
  signal?: AbortSignal,
  owner?: string,
): Promise<Uint8Array> {
  const timeoutMs = pdfTimeoutMs(html.length);
  return engine.print(html, setup, {
    timeoutMs,
    timeoutError: () => pdfTimeoutError(timeoutMs, html.length),
    ...(signal ? { signal } : {}),
    ...(owner ? { owner } : {}),
  });
}

export interface PrintPdfOptions {
  onPhase?: (phase: 'html' | 'chromium' | 'finish') => void;
  /** Told as each item is written into the print HTML. */
  onItem?: ItemProgress;
}

/**
 * Print document → PDF bytes: the print HTML and the page setup from the core, printed by the
 * chosen engine (or printer) within its time limit, its tags completed (lists, changes,
 * artifacts), then given its document properties.
 */
export async function printPdf(
  print: PrintDocument,
  fonts: FontSet,
  engine: PdfEngine | HtmlPrinter = pdfEngine(),
  options: PrintPdfOptions = {},
): Promise<Uint8Array> {
  const { html, tags } = renderPdfHtml(print, {
    fonts,
    ...(options.onItem ? { onItem: options.onItem } : {}),
  });
  const setup = pdfPageSetup(print);
  options.onPhase?.('html');
  const printing =
    typeof engine === 'function' ? engine(html, setup) : printHtml(engine, html, setup);
  // Its failure is met below, at the await; until then it must not count as unhandled.
  printing.catch(() => undefined);
  // pdf-lib is read and compiled while the browser prints (a cold CLI run waits a second there).
  const tagger = setup.tagged ? (await import('./tags')).tagPdf : null;
  const printed = await printing;
  options.onPhase?.('chromium');
  const tagged = tagger ? await tagger(printed, tags, setup.marginMm) : printed;
  const finished = await finishPdf(tagged, setup.meta);
  options.onPhase?.('finish');
  return finished;
}
