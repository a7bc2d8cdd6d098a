import { Document, Packer, type IPropertiesOptions, type ISectionOptions } from 'docx';
import { FONT_FAMILY, type FontSet } from '../fonts';
import type { PrintDocument } from '../print-model';
import type { Lang } from '../../i18n/catalog';
import { BlockWriter } from './blocks';
import { draftHeader, PAGE_PROPERTIES, pageFooter, TEXT_WIDTH } from './page';
import { PartWriter } from './part';
import { corePropertiesXml } from './properties';
import { ARIMO, docxStyles } from './styles';

export interface DocxOptions {
  fonts: FontSet;
  /**
   * Embed the four Arimo faces (≈ 1.3 MB, ≈ 0.6 MB zipped), so the file looks the same on a
   * computer without Arimo. On by default; see docs in README of this folder's module comment.
   */
  embedFonts?: boolean;
  /** Creation time written to the document properties (tests fix it). */
  now?: Date;
}

type EmbeddedFont = NonNullable<IPropertiesOptions['fonts']>[number];
/** docx types font data as Node's Buffer but only reads it as a Uint8Array (it XORs the head
 * and copies the rest), so the core's platform-free bytes are what it needs. */
const fontData = (bytes: Uint8Array) => bytes as unknown as EmbeddedFont['data'];

/** The language of the texts the export adds (footer, draft mark): the document's own. */
export function printLanguage(language: string): Lang {
  return /^en\b/i.test(language) ? 'en' : 'de';
}

/**
 * Renders a print document as DOCX bytes: A4 with the house margins, Word's named styles,
 * Arimo throughout (embedded unless told not to), one section per Niederschrift so each starts
 * on a new page with its own footer label, and the ENTWURF mark on every page of a draft.
 */
export async function renderDocx(print: PrintDocument, options: DocxOptions): Promise<Uint8Array> {
  const lang = printLanguage(print.meta.language);
  const language = print.meta.language || 'de-DE';
  const blocks = new BlockWriter(TEXT_WIDTH);
  const parts = new PartWriter(blocks, TEXT_WIDTH, lang);

  const sections: ISectionOptions[] = print.parts.map((part) => ({
    properties: PAGE_PROPERTIES,
    ...(print.draft ? { headers: { default: draftHeader(lang) } } : {}),
    footers: { default: pageFooter(part.footerLabel, lang) },
    children: parts.part(part),
  }));
  if (sections.length === 0) sections.push({ properties: PAGE_PROPERTIES, children: [] });

  const embed = options.embedFonts ?? true;
  const document = new Document({
    styles: docxStyles(language),
    numbering: { config: blocks.numbering.config },
    theme: { fonts: { headings: FONT_FAMILY, body: FONT_FAMILY } },
    ...(embed
      ? {
          fonts: [
            {
              name: ARIMO.ascii,
              data: fontData(options.fonts.regular),
              bold: fontData(options.fonts.bold),
              italic: fontData(options.fonts.italic),
              boldItalic: fontData(options.fonts.boldItalic),
            },
          ],
        }
      : {}),
    sections,
  });
  const core = {
    path: 'docProps/core.xml',
    data: corePropertiesXml(print.meta, options.now ?? new Date()),
  };
  return Packer.pack(document, 'uint8array', false, [core]);
}
