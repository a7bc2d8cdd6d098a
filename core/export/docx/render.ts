import type { PrintDocument } from '../print-model';
import type { Lang } from '../../i18n/catalog';
import { DRAFT_MARK } from '../house-layout';
import { writeXmlBodies } from './body-xml';
import type { DocxOptions } from './options';
import { finishPackage } from './package-parts';
import { packageParts } from './package-xml';
import { corePropertiesXml } from './properties';
import { STORE_ONLY, zipPackage, type PartBytes } from './zip';

export type { DocxOptions } from './options';

/** The language of the texts the export adds (footer, draft mark): the document's own. */
export function printLanguage(language: string): Lang {
  return /^en\b/i.test(language) ? 'en' : 'de';
}

/**
 * Renders a print document as DOCX bytes: A4 with the house margins, Word's named styles,
 * Arimo throughout (embedded unless told not to), one section per Niederschrift so each starts
 * on a new page with its own footer label, and the ENTWURF mark on every page of a draft.
 * Signed minutes carry their electronic signatures and the verification line, corrections
 * follow after them; suggestions are Word's tracked changes, comment threads (when the print
 * document carries them) Word's comments.
 *
 * Minutes without comments are written without the docx library (package-xml.ts); the docx
 * library (render-docx.ts, loaded only then) writes the reference and documents with comments.
 */
export async function renderDocx(print: PrintDocument, options: DocxOptions): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const lang = printLanguage(print.meta.language);
  const status = print.draft ? 'draft' : 'final';
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(print.meta, now, status) };
  const embed = options.embedFonts ?? true;
  let files: Map<string, string | PartBytes> | null = null;
  // docx numbers its own bullet list 1, the document's lists from 2 on.
  const bodies =
    (options.body ?? 'xml') === 'xml' ? writeXmlBodies(print, lang, options.onItem, 2) : null;
  if (bodies && print.parts.length > 0) {
    if (bodies.comments.length === 0) {
      files = packageParts({
        print,
        lang,
        bodies,
        core: core.data,
        fonts: embed ? options.fonts : null,
        ...(options.fontKeys ? { fontKeys: options.fontKeys } : {}),
        ...(options.fontTails ? { fontTails: options.fontTails } : {}),
      });
    }
  }
  if (!files) {
    const { renderWithDocx } = await import('./render-docx');
    const result = await renderWithDocx(print, options, lang, core, bodies);
    if ('bytes' in result) return result.bytes;
    files = result.files;
  }
  finishPackage(
    files,
    {
      draft: print.draft,
      signed: print.signOff !== null,
      watermark: DRAFT_MARK.text,
    },
    print.meta.author,
  );
  const encoder = new TextEncoder();
  const bytes = [...files].map(
    ([path, data]) => [path, typeof data === 'string' ? encoder.encode(data) : data] as const,
  );
  options.onPhase?.('docx');
  const zipped = await zipPackage(bytes, options.zip ?? STORE_ONLY, now);
  options.onPhase?.('zip');
  return zipped;
}
