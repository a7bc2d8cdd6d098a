import { Document, Packer, type ISectionOptions } from 'docx';
import { FONT_FAMILY, type FontSet } from '../fonts';
import type { PrintDocument } from '../print-model';
import type { Lang } from '../../i18n/catalog';
import { Annotations } from './annotations';
import { BlockWriter } from './blocks';
import { embeddedFonts } from './fonts';
import { draftHeader, PAGE_PROPERTIES, pageFooter, TEXT_WIDTH } from './page';
import { PartWriter } from './part';
import { corePropertiesXml } from './properties';
import { docxStyles } from './styles';
import { DRAFT_MARK } from '../house-layout';
import { finishPackage } from './package-parts';
import { itemReporter, type ItemProgress } from '../progress';
import { STORE_ONLY, zipPackage, type ZipCodec } from './zip';

export interface DocxOptions {
  fonts: FontSet;
  /**
   * Embed Arimo in the file (default: yes). Arimo is metric-compatible with Arial, so a Word
   * without Arimo would still break lines alike with Arial; embedded, the DOCX shows exactly
   * the letters of the PDF on any computer and in LibreOffice, which an official record
   * should. The price, measured in bench/rows/01-docx.ts: the file grows by about 0.4 MB
   * (regular and bold; the italic faces only come along when some text is italic) and zipping
   * the faces is the largest single cost of the export.
   */
  embedFonts?: boolean;
  /** Creation time written to the document properties (tests fix it). */
  now?: Date;
  /**
   * The platform's DEFLATE (Node's zlib in the host) to zip the package with; without it the
   * parts are stored uncompressed (the core has no DEFLATE of its own). The parts are the same
   * either way.
   */
  zip?: ZipCodec;
  /** Told when the parts are built ('docx') and when they are zipped ('zip'). */
  onPhase?: (phase: 'docx' | 'zip') => void;
  /** Told as each item is written into the document's XML (the progress of a long export). */
  onItem?: ItemProgress;
}

type PackageFiles = Map<string, string | Uint8Array>;

/**
 * docx's own compiler, which Packer.pack runs before zipping: the package's parts by path. It
 * is not part of docx's typed API, so it is looked up and used only when it is there and
 * answers as expected; otherwise Packer.pack does all of it.
 */
function compiledParts(
  document: Document,
  overrides: { path: string; data: string }[],
): PackageFiles | null {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  if (typeof compiler?.compile !== 'function') return null;
  const files: unknown = compiler.compile.call(compiler, document, undefined, overrides);
  return files instanceof Map ? (files as PackageFiles) : null;
}

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
 */
export async function renderDocx(print: PrintDocument, options: DocxOptions): Promise<Uint8Array> {
  const lang = printLanguage(print.meta.language);
  const language = print.meta.language || 'de-DE';
  const annotations = new Annotations(print);
  const blocks = new BlockWriter(TEXT_WIDTH, annotations);
  const parts = new PartWriter(blocks, TEXT_WIDTH, lang, annotations);
  if (options.onItem) {
    parts.building = itemReporter(print, options.onItem, 'prepare');
    parts.reached = itemReporter(print, options.onItem, 'write');
  }

  const last = print.parts.length - 1;
  const sections: ISectionOptions[] = print.parts.map((part, index) => ({
    properties: PAGE_PROPERTIES,
    ...(print.draft || print.unconfirmed
      ? { headers: { default: draftHeader(lang, !print.draft) } }
      : {}),
    footers: { default: pageFooter(part.footerLabel, lang) },
    // Corrections follow the signatures of the last Niederschrift, outside what was signed.
    children: [
      ...parts.part(part, print.signOff),
      ...(index === last ? parts.corrections(print.corrections) : []),
    ],
  }));
  if (sections.length === 0) sections.push({ properties: PAGE_PROPERTIES, children: [] });

  const document = new Document({
    styles: docxStyles(language),
    // Built after the sections: writing the lists is what defines their numbering.
    numbering: { config: blocks.numbering.config },
    theme: { fonts: { headings: FONT_FAMILY, body: FONT_FAMILY } },
    ...((options.embedFonts ?? true) ? { fonts: embeddedFonts(print, options.fonts) } : {}),
    // Written after the sections: writing the text is what finds the comments' anchors.
    ...(annotations.comments().length > 0
      ? { comments: { children: annotations.comments() } }
      : {}),
    sections,
  });
  const now = options.now ?? new Date();
  const status = print.draft ? 'draft' : 'final';
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(print.meta, now, status) };
  const files = compiledParts(document, [core]);
  if (!files) return Packer.pack(document, 'uint8array', false, [core]);
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
