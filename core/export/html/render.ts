import type { FontSet } from '../fonts';
import type { PrintDocument } from '../print-model';

export interface PrintHtmlOptions {
  fonts: FontSet;
}

/** Renders a print document as one self-contained print HTML page. (Placeholder.) */
export function renderPrintHtml(_print: PrintDocument, _options: PrintHtmlOptions): string {
  throw new Error('print HTML not implemented yet');
}
