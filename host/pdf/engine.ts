import { createChromiumEngine } from './chromium';
import type { PdfEngine, PdfEngineFactory } from './pdf-engine';

export type { PdfEngine, PdfEngineFactory } from './pdf-engine';

/**
 * The one place that chooses the engine. The Electron shell installs its printToPDF adapter at
 * start (electron/print-to-pdf.ts); the CLI, the browser mode and the tests keep the default,
 * the system Chromium driven over its DevTools pipe (host/pdf/chromium.ts).
 */
let factory: PdfEngineFactory = () => createChromiumEngine();
let shared: PdfEngine | null = null;

export function setPdfEngineFactory(next: PdfEngineFactory): void {
  const previous = shared;
  shared = null;
  factory = next;
  void previous?.close();
}

/** The process-wide engine, created on first use and kept warm until closePdfEngine(). */
export function pdfEngine(): PdfEngine {
  shared ??= factory();
  return shared;
}

/** Ends the shared engine (its browser); the next print starts a new one. */
export async function closePdfEngine(): Promise<void> {
  const engine = shared;
  shared = null;
  await engine?.close();
}
