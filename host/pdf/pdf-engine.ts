import type { PdfPageSetup } from '../../core/export/html/page-setup';

/**
 * Prints print HTML to PDF bytes. One engine keeps its browser warm between prints, so the
 * app prints many PDFs with one browser; whoever created it closes it.
 */
export interface PdfEngine {
  /** Starts the browser now, so it is up by the time the first print comes (errors wait too). */
  warm(): void;
  print(html: string, setup: PdfPageSetup): Promise<Uint8Array>;
  close(): Promise<void>;
}

export type PdfEngineFactory = () => PdfEngine;
