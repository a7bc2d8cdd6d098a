import type { FontSet } from '../fonts';
import type { PrintDocument } from '../print-model';

export interface DocxOptions {
  fonts: FontSet;
}

/** Renders a print document as DOCX bytes. (Placeholder until the DOCX exporter lands.) */
export async function renderDocx(
  _print: PrintDocument,
  _options: DocxOptions,
): Promise<Uint8Array> {
  throw new Error('DOCX export not implemented yet');
}
