import type { FontSet } from '../fonts';
import type { PrintDocument } from '../print-model';
import { escapeCssString, escapeHtml, languageTag } from './escape';
import { fontFaceCss } from './font-face';
import { draftLine, footerCssContent } from './page-setup';
import { partHtml } from './parts';
import { marginBoxCss, printCss } from './style';
import { printTexts } from './texts';

export interface PrintHtmlOptions {
  fonts: FontSet;
  /**
   * Who draws the running header (ENTWURF) and footer (page numbers). 'engine': the PDF
   * engine, from the templates of page-setup; the page has none of its own. 'page' (default):
   * the page itself, with CSS margin boxes and an on-screen ENTWURF banner, for the HTML file.
   */
  pageMarks?: 'engine' | 'page';
}

/**
 * Nothing in the page may load or run anything: no scripts, no frames, no network; styles and
 * fonts only from the page itself. The PDF engines block every request as well.
 */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/** Renders a print document as one self-contained print HTML page. */
export function renderPrintHtml(print: PrintDocument, options: PrintHtmlOptions): string {
  const pageMarks = (options.pageMarks ?? 'page') === 'page';
  const meta = print.meta;
  const draft = print.draft ? draftLine(print) : null;
  const css = [fontFaceCss(options.fonts), printCss()];
  if (pageMarks) {
    css.push(marginBoxCss(footerCssContent(print), draft && `"${escapeCssString(draft)}"`));
  }
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="author" content="${escapeHtml(meta.author)}">`,
    `<meta name="description" content="${escapeHtml(meta.subject)}">`,
    `<meta name="keywords" content="${escapeHtml(meta.keywords.join(', '))}">`,
    '<meta name="generator" content="Protokollant">',
    `<style>\n${css.join('\n')}\n</style>`,
  ].join('\n');
  const banner =
    pageMarks && draft ? `<div class="draft-banner" role="note">${escapeHtml(draft)}</div>\n` : '';
  const text = printTexts(print);
  const body = print.parts.map((part) => partHtml(part, text)).join('\n');
  const cls = print.draft ? ' class="draft"' : '';
  const lang = escapeHtml(languageTag(meta.language));
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n${head}\n</head>\n<body${cls}>\n${banner}${body}\n</body>\n</html>\n`;
}
