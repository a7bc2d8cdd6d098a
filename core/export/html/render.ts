import type { FontSet } from '../fonts';
import type { PrintBlock, PrintDocument } from '../print-model';
import { escapeHtml, languageTag } from './escape';
import { fontLineHeightEm } from './font-metrics';
import { fontFaceCss, printFontUrls, type FaceKey } from './font-face';
import { draftLine, pageMarksCss, pageMarkTexts, partPageName } from './page-marks';
import { partHtml } from './parts';
import { markForPdfTags, type PdfTagHints } from './pdf-tags';
import { itemReporter, type ItemProgress } from '../progress';
import { DEFAULT_FONT_LINE_EM, printCss } from './style';
import { printTexts } from './texts';

export interface PrintHtmlOptions {
  fonts: FontSet;
  /**
   * 'print': the page is only printed (by a PDF engine), never looked at; it skips the screen
   * layout a browser would otherwise do first (a fifth of a long document's print time).
   * Default 'all': the HTML file, shown in a browser and printable from there.
   */
  media?: 'all' | 'print';
  /** Told as each item is written (the progress of a long export). */
  onItem?: ItemProgress;
}

/**
 * Nothing in the page may load or run anything: no scripts, no frames, no network; styles and
 * fonts only from the page itself. The PDF engines block every request as well.
 */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Renders a print document as one self-contained print HTML page: the HTML export, and what
 * both PDF engines print. Its page margin boxes carry the running header and footer.
 */
export function renderPrintHtml(print: PrintDocument, options: PrintHtmlOptions): string {
  return buildPage(print, options).html;
}

/**
 * The page a PDF engine prints (print media only), with the marks the PDF's tags are made
 * from, and what the PDF post-process needs for them (core/export/html/pdf-tags.ts).
 */
export function renderPdfHtml(
  print: PrintDocument,
  options: Omit<PrintHtmlOptions, 'media'>,
): { html: string; tags: PdfTagHints } {
  return buildPage(print, { ...options, media: 'print' }, true);
}

function buildPage(
  print: PrintDocument,
  options: PrintHtmlOptions,
  forPdfTags = false,
): { html: string; tags: PdfTagHints } {
  const meta = print.meta;
  const fontLineEm = fontLineHeightEm(options.fonts.regular) ?? DEFAULT_FONT_LINE_EM;
  const faces: FaceKey[] = usesItalic(print)
    ? ['regular', 'bold', 'italic', 'boldItalic']
    : ['regular', 'bold'];
  // Shown on screen only; in print the page header carries the mark.
  const banner =
    print.draft || print.unconfirmed
      ? `<div class="draft-banner" role="note">${escapeHtml(draftLine(print))}</div>\n`
      : '';
  const text = printTexts(print);
  const firstFooter = print.parts[0]?.footerLabel;
  const last = print.parts.length - 1;
  const lang = escapeHtml(languageTag(meta.language));
  const reached = options.onItem ? itemReporter(print, options.onItem) : undefined;
  const parts = print.parts
    .map((part, index) =>
      partHtml(part, text, {
        pageName: part.footerLabel !== firstFooter ? partPageName(index) : undefined,
        signOff: print.signOff,
        // Corrections follow the signatures of the last Niederschrift, outside what was signed.
        corrections: index === last ? print.corrections : [],
        reached,
      }),
    )
    .join('\n');
  const marked = forPdfTags ? markForPdfTags(parts, lang, text) : null;
  const body = marked?.body ?? parts;
  // The fonts carry exactly the characters the page shows: its body and its margins.
  const fonts = fontFaceCss(
    printFontUrls([banner, parts, ...pageMarkTexts(print)], options.fonts, faces),
  );
  const css = [fonts, printCss({ fontLineEm }), pageMarksCss(print, fontLineEm)];
  if (options.media === 'print') css.push('@media screen{body{display:none}}');
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="author" content="${escapeHtml(meta.author)}">`,
    `<meta name="description" content="${escapeHtml(meta.subject)}">`,
    `<meta name="keywords" content="${escapeHtml(meta.keywords.join(', '))}">`,
    '<meta name="generator" content="Protokollant">',
  ].join('\n');
  const cls = print.draft ? ' class="draft"' : '';
  const html =
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n${head}\n<style>\n${css.join('\n')}\n</style>\n` +
    `</head>\n<body${cls}>\n${banner}${body}\n</body>\n</html>\n`;
  return { html, tags: marked?.hints ?? { changes: [] } };
}

/** Whether any text is set in italics (only then are the italic faces embedded). */
function usesItalic(print: PrintDocument): boolean {
  const inBlocks = (blocks: readonly PrintBlock[]): boolean =>
    blocks.some((block) => {
      switch (block.kind) {
        case 'paragraph':
          return block.inlines.some((i) => i.italic);
        case 'list':
          return block.items.some(inBlocks);
        case 'table':
          return block.rows.some((row) => row.some((cell) => inBlocks(cell.blocks)));
        case 'quote':
          return inBlocks(block.blocks);
        case 'heading':
          return false;
      }
    });
  return print.parts.some((part) =>
    part.sections.some((section) => section.items.some((item) => inBlocks(item.blocks))),
  );
}
