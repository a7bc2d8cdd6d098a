import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { BOOK_COLUMNS, bookCells, bookToHtml, type Book } from '../../core/archive/book';
import { finishPdf } from '../pdf/document-info';
import { pdfEngine, type PdfEngine } from '../pdf/engine';

/** The Beschlussbuch as DOCX: a heading and one table, landscape, the header row repeated. */
export async function bookToDocx(book: Book, title: string): Promise<Uint8Array> {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: BOOK_COLUMNS.map((c) => cell(c, true)) }),
      ...book.rows.map((r) => new TableRow({ children: bookCells(r).map((c) => cell(c)) })),
    ],
  });
  const document = new Document({
    title,
    creator: 'Protokollant',
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), table],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The Beschlussbuch as PDF, printed by the PDF engine from its HTML page (A4 landscape). */
export async function bookToPdf(
  book: Book,
  title: string,
  engine: PdfEngine = pdfEngine(),
): Promise<Uint8Array> {
  const meta = { title, author: 'Protokollant', subject: title, keywords: [], language: 'de-DE' };
  const printed = await engine.print(bookToHtml(book, title), {
    widthMm: 297,
    heightMm: 210,
    marginMm: { top: 15, right: 15, bottom: 15, left: 15 },
    tagged: true,
    outline: true,
    displayHeaderFooter: false,
    printBackground: true,
    meta,
  });
  return finishPdf(printed, meta);
}
