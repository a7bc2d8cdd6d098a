import { PAGE } from '../house-layout';
import type { PrintDocument, PrintMeta } from '../print-model';
import { printTexts } from './texts';

/**
 * The one set of PDF options. The Electron adapter (webContents.printToPDF) and the system
 * Chromium engine (DevTools Page.printToPDF) both print from this and the same print HTML, so
 * an app export and a CLI export of the same document are the same PDF.
 *
 * Running header (ENTWURF) and footer (page numbers) are not Chromium's header and footer
 * templates but CSS page margin boxes of the print HTML (page-marks.ts): they are set in the
 * page's own embedded Arimo, each Niederschrift of an export can name itself in its footer,
 * as in the DOCX, and they cost a fraction of the templates, which Chromium lays out as a
 * separate document for every page.
 */
export interface PdfPageSetup {
  /** Paper size, set explicitly: Electron's default is Letter, and "A4" there is rounded. */
  widthMm: number;
  heightMm: number;
  marginMm: { top: number; right: number; bottom: number; left: number };
  /** Tagged (accessible) PDF with a structure tree. */
  tagged: true;
  /** Bookmarks from the headings: the parts of the minutes and every TOP. */
  outline: true;
  /** The page draws its own running header and footer (margin boxes); Chromium's stay off. */
  displayHeaderFooter: false;
  /** Table header shading and the draft mark's rule are backgrounds. */
  printBackground: true;
  /** Document properties the finished PDF must carry. */
  meta: PrintMeta;
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
    displayHeaderFooter: false,
    printBackground: true,
    meta: print.meta,
  };
}

/** The headings Chromium turns into outline entries, in document order (h1 and h2). */
export function outlineTitles(print: PrintDocument): string[] {
  const text = printTexts(print);
  const titles: string[] = [];
  for (const part of print.parts) {
    titles.push(part.title);
    if (part.agenda && part.agenda.length > 0) titles.push(text('print.agenda.heading'));
    const top = part.attendance?.atItem;
    if (part.attendance) {
      titles.push(
        top ? text('print.attendance.headingAtItem', { top }) : text('print.attendance.heading'),
      );
    }
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
  for (const correction of print.corrections) {
    titles.push(text('print.correction.heading', { date: correction.date }));
  }
  return titles;
}
