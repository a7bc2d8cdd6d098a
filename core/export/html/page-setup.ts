import { FONT_FAMILY } from '../fonts';
import { DRAFT_MARK, PAGE, TYPE } from '../house-layout';
import type { PrintDocument, PrintMeta } from '../print-model';
import { escapeCssString, escapeHtml } from './escape';
import { printTexts } from './texts';

/**
 * The one set of PDF options. The Electron adapter (webContents.printToPDF) and the system
 * Chromium engine (Playwright page.pdf) both print from this, so an app export and a CLI
 * export of the same document are the same PDF.
 */
export interface PdfPageSetup {
  /** Paper size, set explicitly: Electron's default is Letter, and "A4" there is rounded. */
  widthMm: number;
  heightMm: number;
  marginMm: { top: number; right: number; bottom: number; left: number };
  /** Tagged (accessible) PDF with a structure tree. */
  tagged: true;
  /** Bookmarks from the h1/h2 headings: one per part of the minutes and per TOP. */
  outline: true;
  /** Header (ENTWURF mark) and footer ("… – Seite n von m") are drawn by Chromium per page. */
  headerTemplate: string;
  footerTemplate: string;
  /** Document properties the finished PDF must carry. */
  meta: PrintMeta;
}

/**
 * Header and footer templates are separate documents: the page's @font-face rules do not
 * reach them, and a data: font in a template is decoded again for every page (slow). They
 * name Arimo first (it is used where it is installed) and then its metric twins, which are
 * embedded like every font Chromium prints with.
 */
export const TEMPLATE_FONT_STACK = `'${FONT_FAMILY}','Liberation Sans',Arial,Helvetica,sans-serif`;

// Placeholders from the Unicode private use area, replaced by each format's page fields.
// Document text never carries them into a line (footerLabel strips them).
const PAGE_NUMBER = '\uE001';
const TOTAL_PAGES = '\uE002';
const PLACEHOLDERS = /[\uE000-\uE002]/g;

/** "Niederschrift Nr. 233"; a per-item export of several Niederschriften names them all. */
export function documentFooterLabel(print: PrintDocument): string {
  const labels = [
    ...new Set(print.parts.map((p) => p.footerLabel.replace(PLACEHOLDERS, '')).filter(Boolean)),
  ];
  if (labels.length <= 1) return labels[0] ?? '';
  const numbers = labels.map((l) => l.replace(/^Niederschrift Nr\. /, ''));
  if (numbers.every((n, i) => n !== labels[i])) {
    const joined = `Niederschriften Nr. ${numbers.join(', ')}`;
    return joined.length <= 80 ? joined : `Niederschriften Nr. ${numbers[0]} bis ${numbers.at(-1)}`;
  }
  return labels.join(' · ').slice(0, 80);
}

/** The footer line with placeholders where the page number and page count go. */
function footerLine(print: PrintDocument): string {
  const text = printTexts(print);
  const label = documentFooterLabel(print);
  const page = text('print.footer.page', { page: PAGE_NUMBER, pages: TOTAL_PAGES });
  return label ? text('print.footer.labelAndPage', { label, page }) : page;
}

/** "ENTWURF – nicht freigegeben". */
export function draftLine(print: PrintDocument): string {
  return printTexts(print)('print.draft', { mark: DRAFT_MARK.text });
}

const templateBox = (css: string): string =>
  `width:100%;box-sizing:border-box;margin:0;padding:0 ${PAGE.marginRightMm}mm 0 ${PAGE.marginLeftMm}mm;` +
  `font-family:${TEMPLATE_FONT_STACK};font-size:${TYPE.smallPt}pt;line-height:1.2;` +
  `-webkit-print-color-adjust:exact;print-color-adjust:exact;${css}`;

export function headerTemplate(print: PrintDocument): string {
  // An empty template still has to be given: without one Chromium prints its own default
  // header (date and title).
  if (!print.draft) return '<span></span>';
  const mark = escapeHtml(DRAFT_MARK.text);
  const line = escapeHtml(draftLine(print)).replace(
    mark,
    `<strong style="font-size:${TYPE.heading2Pt}pt;letter-spacing:0.12em">${mark}</strong>`,
  );
  return (
    `<div style="${templateBox(`padding-top:${PAGE.headerDistanceMm}mm;text-align:right;color:${DRAFT_MARK.color}`)}">` +
    `<span>${line}</span></div>`
  );
}

/** "Niederschrift Nr. 233 – Seite 2 von 5", with Chromium's page number fields. */
export function footerTemplate(print: PrintDocument): string {
  const line = escapeHtml(footerLine(print))
    .replace(PAGE_NUMBER, '<span class="pageNumber"></span>')
    .replace(TOTAL_PAGES, '<span class="totalPages"></span>');
  // The footer box is the bottom margin; its text sits footerDistanceMm above the paper edge.
  const height = PAGE.marginBottomMm - PAGE.footerDistanceMm;
  return (
    `<div style="${templateBox(`height:${height}mm;display:flex;align-items:flex-end;justify-content:center;color:#000`)}">` +
    `<span>${line}</span></div>`
  );
}

/** The footer as the `content` of a CSS page margin box, for browsers printing the HTML file. */
export function footerCssContent(print: PrintDocument): string {
  return footerLine(print)
    .split(/([\uE001\uE002])/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece === PAGE_NUMBER
        ? 'counter(page)'
        : piece === TOTAL_PAGES
          ? 'counter(pages)'
          : `"${escapeCssString(piece)}"`,
    )
    .join(' ');
}

/** The headings Chromium turns into outline entries, in document order (h1 and h2). */
export function outlineTitles(print: PrintDocument): string[] {
  const titles: string[] = [];
  for (const part of print.parts) {
    titles.push(part.title);
    const perItem = part.sections.every((s) => s.heading === '');
    if (perItem) {
      const subject = part.header.find((r) => r.field.key === 'item.title' && r.value.trim());
      if (subject) titles.push(subject.value);
    }
    for (const section of part.sections) {
      if (section.heading) titles.push(section.heading);
      for (const item of section.items) if (item.heading) titles.push(item.heading);
    }
  }
  return titles;
}

export function pdfPageSetup(print: PrintDocument): PdfPageSetup {
  return {
    widthMm: PAGE.widthMm,
    heightMm: PAGE.heightMm,
    marginMm: {
      top: PAGE.marginTopMm,
      right: PAGE.marginRightMm,
      bottom: PAGE.marginBottomMm,
      left: PAGE.marginLeftMm,
    },
    tagged: true,
    outline: true,
    headerTemplate: headerTemplate(print),
    footerTemplate: footerTemplate(print),
    meta: print.meta,
  };
}
