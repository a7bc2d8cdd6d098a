import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipCodec } from '../../core/export/docx/zip';
import { usesItalic } from '../../core/export/docx/fonts';
import { buildPrintDocument } from '../../core/export/print-model';
import type { ProtocolDocument } from '../../core/model/schema';
import type { Keyring } from '../../core/review/keyring';
import { loadFonts, loadFontTails } from '../fonts';
import type { ItemProgress } from '../../core/export/progress';
import type { PdfEngine } from '../pdf/engine';
import type { HtmlPrinter } from '../pdf/print';

export type ExportFormat = 'docx' | 'pdf' | 'html';

/** Node's zlib for the DOCX package: docx's own DEFLATE at its level (6), in native code. */
export const NODE_ZIP: ZipCodec = {
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};

export interface RenderOptions {
  /** Export this item only, as an extract ("Auszug aus der Niederschrift"). */
  itemId?: string;
  /**
   * Carry the open comment threads into a DOCX as Word comments on their text (resolved
   * threads stay out). PDF and HTML print no comments.
   */
  includeComments?: boolean;
  /** The body's keyring: signatures confirmed by it print without "nicht bestätigt". */
  keyring?: Keyring | null;
  /** The public version: public part only, nothing of non-public items or health data. */
  publicOnly?: boolean;
  /**
   * The PDF engine to print with; by default the process-wide one (see host/pdf/engine). A
   * worker thread passes a printer that asks the main thread's engine (host/work).
   */
  pdfEngine?: PdfEngine | HtmlPrinter;
  /** Told as each item is reached: the progress of a long export (core/export/progress). */
  onItem?: ItemProgress;
  /** Told when each step is done ('print', then the format's own), for the CLI's trace. */
  onPhase?: (phase: string) => void;
  /**
   * Where the embedded faces' DEFLATE made ahead lies (the CLI build's dist/cli/fonts): the
   * DOCX then does not deflate them again, which was most of zipping it.
   */
  fontTailsDir?: string;
}

/**
 * One export path for the CLI, the app and tests: model → print model → format. Returns the
 * finished bytes; writing them (atomically) is the caller's business.
 *
 * Each format's writer is loaded when it is first asked for: a PDF export does not load the
 * DOCX writer and its library, a DOCX export not the print page and the PDF engine. The CLI
 * bundle is split at these imports, so a cold `export --pdf` or `--docx` reads only its own.
 */
export async function renderExport(
  document: ProtocolDocument,
  format: ExportFormat,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const print = buildPrintDocument(document, {
    extractItemId: options.itemId,
    includeComments: format === 'docx' && options.includeComments === true,
    keyring: options.keyring ?? null,
    publicOnly: options.publicOnly === true,
  });
  options.onPhase?.('print');
  const fonts = await loadFonts();
  switch (format) {
    case 'docx': {
      const [{ renderDocx }, fontTails] = await Promise.all([
        import('../../core/export/docx/render'),
        options.fontTailsDir
          ? // The italic faces are embedded only when some text is italic.
            loadFontTails(
              options.fontTailsDir,
              fonts,
              usesItalic(print) ? ['regular', 'bold', 'italic', 'boldItalic'] : ['regular', 'bold'],
            )
          : undefined,
      ]);
      options.onPhase?.('docx-module');
      return renderDocx(print, {
        fonts,
        ...(fontTails ? { fontTails } : {}),
        zip: NODE_ZIP,
        onPhase: options.onPhase,
        ...(options.onItem ? { onItem: options.onItem } : {}),
      });
    }
    case 'html': {
      const { renderPrintHtml } = await import('../../core/export/html/render');
      return new TextEncoder().encode(
        renderPrintHtml(print, { fonts, ...(options.onItem ? { onItem: options.onItem } : {}) }),
      );
    }
    case 'pdf': {
      const { printPdf } = await import('../pdf/print');
      options.onPhase?.('pdf-module');
      return printPdf(print, fonts, options.pdfEngine, {
        ...(options.onPhase ? { onPhase: options.onPhase } : {}),
        ...(options.onItem ? { onItem: options.onItem } : {}),
      });
    }
  }
}
