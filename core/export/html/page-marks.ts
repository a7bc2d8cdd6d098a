import { FONT_FAMILY } from '../fonts';
import { DRAFT_MARK, PAGE, TYPE } from '../house-layout';
import type { PrintDocument, PrintPart } from '../print-model';
import { escapeCssString } from './escape';
import { linePt } from './style';
import { printTexts } from './texts';

/**
 * The running header and footer of every page, as CSS page margin boxes: the ENTWURF mark of
 * minutes not signed off, and "Niederschrift Nr. 233 – Seite 2 von 5". A browser printing the
 * HTML file draws them just as the PDF engines do. Placement follows the DOCX: the header's
 * top and the footer's bottom at the house distances from the paper edge.
 */

// Placeholders from the Unicode private use area, replaced by the page counters. Document
// text never carries them into a line (the footer label loses them).
const PAGE_NUMBER = '\uE001';
const TOTAL_PAGES = '\uE002';
const PLACEHOLDERS = /[\uE000-\uE002]/g;

/** "ENTWURF – nicht freigegeben", or "Unterschriften nicht bestätigt" for unconfirmed ones. */
export function draftLine(print: PrintDocument): string {
  if (!print.draft && print.unconfirmed) return printTexts(print)('print.unconfirmed');
  return printTexts(print)('print.draft', { mark: DRAFT_MARK.text });
}

/** The footer line of a part, with placeholders where the page number and count go. */
function footerLine(print: PrintDocument, part: PrintPart): string {
  const text = printTexts(print);
  const label = part.footerLabel.replace(PLACEHOLDERS, '').trim();
  const page = text('print.footer.page', { page: PAGE_NUMBER, pages: TOTAL_PAGES });
  return label ? text('print.footer.labelAndPage', { label, page }) : page;
}

/** The footer as CSS `content`: strings and the page counters of the whole file (as the DOCX). */
function footerContent(line: string): string {
  return line
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

/** The texts the page marks print (their glyphs must be in the embedded fonts). */
export function pageMarkTexts(print: PrintDocument): string[] {
  return [draftLine(print), ...print.parts.map((part) => footerLine(print, part))];
}

/** The page name of a part whose footer differs from the first part's. */
export function partPageName(index: number): string {
  return `part-${index + 1}`;
}

export function pageMarksCss(print: PrintDocument, fontLineEm: number): string {
  const font = `font-family:"${FONT_FAMILY}",sans-serif`;
  const rules: string[] = [];
  const footers = print.parts.map((part) => footerLine(print, part));
  const footer = (line: string) =>
    `@bottom-center{content:${footerContent(line)};${font};font-size:${TYPE.smallPt}pt;` +
    `line-height:${linePt(TYPE.smallPt, fontLineEm)}pt;font-weight:400;color:#000;` +
    `vertical-align:bottom;padding-bottom:${PAGE.footerDistanceMm}mm}`;
  let draft = '';
  if (print.draft || print.unconfirmed) {
    // A rule under the mark across the text width, as the DOCX's paragraph border: drawn as a
    // background, since a margin box has no inner element to put a border on.
    const line = linePt(TYPE.bodyPt, fontLineEm);
    const color = DRAFT_MARK.color;
    draft =
      `@top-center{content:"${escapeCssString(draftLine(print))}";width:100%;text-align:right;` +
      `vertical-align:top;padding-top:${PAGE.headerDistanceMm}mm;${font};font-size:${TYPE.bodyPt}pt;` +
      `line-height:${line}pt;font-weight:700;color:${color};` +
      `background:linear-gradient(${color},${color}) no-repeat 0 calc(${PAGE.headerDistanceMm}mm + ${line + 2}pt)/100% 1pt}`;
  }
  rules.push(`@page{${draft}${footer(footers[0] ?? '')}}`);
  // Each further Niederschrift with a footer of its own gets a named page (a page break
  // already separates the parts).
  footers.forEach((line, index) => {
    if (index === 0 || line === footers[0]) return;
    const name = partPageName(index);
    rules.push(`@page ${name}{${footer(line)}}`, `.${name}{page:${name}}`);
  });
  return rules.join('\n');
}
