import { PDFDocument, PDFName, PDFDict, PDFBool } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PrintMeta } from '../../core/export/print-model';
import { appendDocumentInfo, finishPdf, PDF_CREATOR } from './document-info';

const meta: PrintMeta = {
  title: 'Maßnahmenpaket € 4 Mio. (Digital) [Move] – „Zukunft“',
  author: 'Herr Häbe',
  subject: 'Verwaltungsausschuss, 27.06.2018',
  keywords: ['Niederschrift', 'TOP 12', 'Drucksache 288/2018'],
  language: 'de-DE',
};

/** A small PDF with a classic xref table and an Info dictionary, as Chromium writes them. */
async function chromiumLike(objectStreams = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([595, 842]);
  pdf.setProducer('Skia/PDF m156');
  pdf.setTitle('old title');
  return pdf.save({ useObjectStreams: objectStreams });
}

async function read(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const prefs = pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
  return {
    title: pdf.getTitle(),
    author: pdf.getAuthor(),
    subject: pdf.getSubject(),
    keywords: pdf.getKeywords(),
    creator: pdf.getCreator(),
    producer: pdf.getProducer(),
    pages: pdf.getPageCount(),
    lang: pdf.catalog.get(PDFName.of('Lang'))?.toString(),
    displayDocTitle: prefs.get(PDFName.of('DisplayDocTitle')) === PDFBool.True,
  };
}

describe('PDF document properties', () => {
  it('are appended as an incremental update, leaving the original bytes as they were', async () => {
    const original = await chromiumLike();
    const updated = appendDocumentInfo(original, meta)!;
    expect(updated).not.toBeNull();
    expect(updated.subarray(0, original.length)).toEqual(original);
    expect(await read(updated)).toEqual({
      title: meta.title,
      author: 'Herr Häbe',
      subject: meta.subject,
      keywords: 'Niederschrift, TOP 12, Drucksache 288/2018',
      creator: PDF_CREATOR,
      producer: 'Skia/PDF m156',
      pages: 1,
      lang: '(de-DE)',
      displayDocTitle: true,
    });
  });

  it('are written by pdf-lib when the PDF ends in an xref stream', async () => {
    const original = await chromiumLike(true);
    expect(appendDocumentInfo(original, meta)).toBeNull();
    const finished = await finishPdf(original, meta);
    expect(await read(finished)).toMatchObject({
      title: meta.title,
      author: 'Herr Häbe',
      keywords: 'Niederschrift, TOP 12, Drucksache 288/2018',
      creator: PDF_CREATOR,
      displayDocTitle: true,
    });
  });
});
