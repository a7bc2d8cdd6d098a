import type { PdfPageSetup } from '../../core/export/html/page-setup';
import type { PrintLimits } from './deadline';

/**
 * Prints print HTML to PDF bytes. One engine keeps its browser warm between prints, so the
 * app prints many PDFs with one browser; whoever created it closes it.
 */
export interface PdfEngine {
  /** Starts the browser now, so it is up by the time the first print comes (errors wait too). */
  warm(): void;
  /**
   * Prints one page. With limits, the print fails with their timeout error once it has run
   * that long (time waiting in a queue does not count), or when their signal aborts, and
   * what it started (a page, a window) is torn down.
   */
  print(html: string, setup: PdfPageSetup, limits?: PrintLimits): Promise<Uint8Array>;
  close(): Promise<void>;
}

export type PdfEngineFactory = () => PdfEngine;
