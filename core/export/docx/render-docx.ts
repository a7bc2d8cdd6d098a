import {
  AlignmentType,
  Document,
  FileChild,
  Footer,
  Header,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IContext,
  type ISectionOptions,
  type IXmlableObject,
} from 'docx';
import { FONT_FAMILY } from '../fonts';
import type { PrintDocument } from '../print-model';
import type { Lang } from '../../i18n/catalog';
import { itemReporter } from '../progress';
import { Annotations } from './annotations';
import { BlockWriter } from './blocks';
import { withSectionProperties, type XmlBodies } from './body-xml';
import type { CommentSpec } from './emit';
import { docxEmitter } from './emit-docx';
import { NUM_ID_PLACEHOLDER, type ListUse } from './emit-xml';
import { embeddedFonts } from './fonts';
import {
  DRAFT_HEADER_BORDER,
  draftHeaderText,
  PAGE_PROPERTIES,
  pageFooterChildren,
  TEXT_WIDTH,
} from './page';
import { PartWriter } from './part';
import type { DocxOptions } from './options';
import { docxStyles, STYLE } from './styles';

/**
 * The DOCX written by the docx library: the reference the tests hold the writer without it
 * (package-xml.ts) to, and the way for what that writer does not write (Word comments). Loaded
 * only then: a cold CLI export of minutes without comments never compiles docx.
 *
 * Two bodies: docx's own object tree (`body: 'docx'`, the reference), or the string emitter's
 * body spliced into docx's package (the way for documents with comments).
 */

type PackageFiles = Map<string, string | Uint8Array>;

/** The parts by path before package-parts.ts's fixes, or the finished bytes from Packer.pack. */
export type DocxLibraryResult = { files: PackageFiles } | { bytes: Uint8Array };

function docxComments(comments: readonly CommentSpec[]): ICommentOptions[] {
  return comments.map(({ lines, ...comment }) => ({
    ...comment,
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line })] })),
  }));
}

/** The footer with real PAGE and NUMPAGES fields (see page.ts). */
function pageFooter(label: string, lang: Lang): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: pageFooterChildren(label, lang) })],
      }),
    ],
  });
}

function draftHeader(lang: Lang, unconfirmed: boolean): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.draftMark,
        alignment: AlignmentType.RIGHT,
        border: { bottom: DRAFT_HEADER_BORDER },
        children: [new TextRun({ text: draftHeaderText(lang, unconfirmed) })],
      }),
    ],
  });
}

/**
 * docx's own compiler, which Packer.pack runs before zipping: the package's parts by path. It
 * is not part of docx's typed API, so it is looked up and used only when it is there and
 * answers as expected; otherwise Packer.pack does all of it.
 */
function hasCompiler(): boolean {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  return typeof compiler?.compile === 'function';
}

function compiledParts(
  document: Document,
  overrides: { path: string; data: string }[],
): PackageFiles | null {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  if (typeof compiler?.compile !== 'function') return null;
  const files: unknown = compiler.compile.call(compiler, document, undefined, overrides);
  return files instanceof Map ? (files as PackageFiles) : null;
}

/**
 * Where the string body of one section goes: docx writes this element's place, and numbers
 * the section's lists here, in the order the reference would (as it reaches their paragraphs).
 * The section's XML goes in its place once docx has written the package.
 */
class BodyMark extends FileChild {
  constructor(
    private readonly index: number,
    private readonly lists: readonly ListUse[],
  ) {
    super('w:p');
  }

  override prepForXml(context: IContext): IXmlableObject {
    for (const { reference, instance } of this.lists) {
      context.file.Numbering.createConcreteNumberingInstance(reference, instance);
    }
    return { [BODY_MARK]: { _attr: { n: this.index } } } as unknown as IXmlableObject;
  }
}

const BODY_MARK = 'protokollant-body';
const BODY_MARK_AT = new RegExp(
  `<${BODY_MARK} n="(\\d+)"/>(?:<w:p><w:pPr>(<w:sectPr[\\s\\S]*?</w:sectPr>)</w:pPr></w:p>)?`,
  'g',
);

interface Built {
  document: Document;
  /** The string body of each section, to splice into word/document.xml. */
  bodies?: string[][];
}

/** The document with docx's object tree for the body: the reference. */
function referenceDocument(print: PrintDocument, options: DocxOptions, lang: Lang): Built {
  const annotations = new Annotations(docxEmitter, print);
  const blocks = new BlockWriter(docxEmitter, TEXT_WIDTH, annotations);
  const parts = new PartWriter(blocks, TEXT_WIDTH, lang, annotations);
  if (options.onItem) {
    parts.building = itemReporter(print, options.onItem, 'prepare');
    parts.reached = itemReporter(print, options.onItem, 'write');
  }
  const last = print.parts.length - 1;
  const children = print.parts.map((part, index) => [
    ...parts.part(part, print.signOff),
    ...(index === last ? parts.corrections(print.corrections) : []),
  ]);
  return {
    document: documentOf(
      print,
      options,
      lang,
      children,
      blocks.numbering.config,
      annotations.comments(),
    ),
  };
}

/** The document with a mark per section where the string body goes. */
function markedDocument(
  print: PrintDocument,
  options: DocxOptions,
  lang: Lang,
  bodies: XmlBodies,
): Built {
  const marks = bodies.sectionLists.map((lists, index) => [new BodyMark(index, lists)]);
  return {
    document: documentOf(print, options, lang, marks, bodies.numbering, bodies.comments),
    bodies: bodies.sections,
  };
}

function documentOf(
  print: PrintDocument,
  options: DocxOptions,
  lang: Lang,
  children: FileChild[][],
  numbering: BlockWriter<unknown, unknown>['numbering']['config'],
  comments: readonly CommentSpec[],
): Document {
  const language = print.meta.language || 'de-DE';
  const sections: ISectionOptions[] = children.map((sectionChildren, index) => ({
    properties: PAGE_PROPERTIES,
    ...(print.draft || print.unconfirmed
      ? { headers: { default: draftHeader(lang, !print.draft) } }
      : {}),
    footers: { default: pageFooter(print.parts[index]!.footerLabel, lang) },
    // Corrections follow the signatures of the last Niederschrift, outside what was signed.
    children: sectionChildren,
  }));
  if (sections.length === 0) sections.push({ properties: PAGE_PROPERTIES, children: [] });
  return new Document({
    styles: docxStyles(language),
    // Built after the sections: writing the lists is what defines their numbering.
    numbering: { config: numbering },
    theme: { fonts: { headings: FONT_FAMILY, body: FONT_FAMILY } },
    ...((options.embedFonts ?? true) ? { fonts: embeddedFonts(print, options.fonts) } : {}),
    // Written after the sections: writing the text is what finds the comments' anchors.
    ...(comments.length > 0 ? { comments: { children: docxComments(comments) } } : {}),
    sections,
  });
}

/** word/document.xml with the string bodies in place of their marks. */
function spliceBodies(xml: string, bodies: readonly string[][], document: Document): string {
  const numIds = new Map(
    document.Numbering.ConcreteNumbering.map((n) => [`${n.reference}-${n.instance}`, n.numId]),
  );
  const spliced = xml.replace(BODY_MARK_AT, (_, index: string, properties?: string) =>
    withSectionProperties(bodies[Number(index)] ?? [], properties),
  );
  return spliced.replace(NUM_ID_PLACEHOLDER, (_, key: string) => String(numIds.get(key) ?? 0));
}

/**
 * The package as docx writes it, with the string emitter's body spliced in when `bodies` are
 * given (their lists numbered from 2 on, as docx numbers them), else with docx's object tree.
 */
export async function renderWithDocx(
  print: PrintDocument,
  options: DocxOptions,
  lang: Lang,
  core: { path: string; data: string },
  xmlBodies: XmlBodies | null,
): Promise<DocxLibraryResult> {
  const { document, bodies } =
    xmlBodies && hasCompiler()
      ? markedDocument(print, options, lang, xmlBodies)
      : referenceDocument(print, options, lang);
  const files = compiledParts(document, [core]);
  if (!files) return { bytes: await Packer.pack(document, 'uint8array', false, [core]) };
  if (bodies) {
    const xml = files.get('word/document.xml');
    if (typeof xml !== 'string') throw new Error('docx wrote no word/document.xml');
    files.set('word/document.xml', spliceBodies(xml, bodies, document));
  }
  return { files };
}
