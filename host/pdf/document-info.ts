import { PDFDocument } from 'pdf-lib';
import { languageTag } from '../../core/export/html/escape';
import type { PrintMeta } from '../../core/export/print-model';

export const PDF_CREATOR = 'Protokollant';

/**
 * Chromium sets only the title (from <title>) and the language; archives and search want
 * author, subject and keywords as well. pdf-lib rewrites the file with every object it read,
 * so the structure tree (tagging) and the outline stay as Chromium wrote them.
 */
export async function finishPdf(bytes: Uint8Array, meta: PrintMeta): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces, which splits "TOP 12"; a comma list keeps them whole.
  pdf.setKeywords([meta.keywords.join(', ')]);
  pdf.setLanguage(languageTag(meta.language));
  pdf.setCreator(PDF_CREATOR);
  // Chromium's Producer ("Skia/PDF m156") stays: it is the truth about who wrote the pages.
  return pdf.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
}
