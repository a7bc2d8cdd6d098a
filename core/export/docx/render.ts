import {
  Document,
  FileChild,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IContext,
  type ISectionOptions,
  type IXmlableObject,
} from 'docx';
import { FONT_FAMILY, type FontSet } from '../fonts';
import type { PrintDocument } from '../print-model';
import type { Lang } from '../../i18n/catalog';
import { Annotations } from './annotations';
import { BlockWriter } from './blocks';
import { embeddedFonts } from './fonts';
import { draftHeader, PAGE_PROPERTIES, pageFooter, TEXT_WIDTH } from './page';
import { PartWriter } from './part';
import { docxEmitter } from './emit-docx';
import type { CommentSpec } from './emit';
import { NUM_ID_PLACEHOLDER, XmlEmitter, type ListUse } from './emit-xml';
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
  /**
   * Who writes the body of word/document.xml: our string writer ('xml', the default, a tenth
   * of the cost) or docx's object tree ('docx', the reference the tests hold it to).
   */
  body?: 'xml' | 'docx';
}

type PackageFiles = Map<string, string | Uint8Array>;

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

/** The language of the texts the export adds (footer, draft mark): the document's own. */
export function printLanguage(language: string): Lang {
  return /^en\b/i.test(language) ? 'en' : 'de';
}

/**
 * Where the fast path's body of one section goes: docx writes this element's place, and numbers
 * the section's lists here, in the order the reference would (as it reaches their paragraphs).
 * render.ts puts the section's XML in its place once docx has written the package.
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

/**
 * A section's body with its section properties: docx puts those into the section's last
 * paragraph when it ends with one, else into an empty paragraph of their own (as here).
 */
function withSectionProperties(body: readonly string[], properties: string | undefined): string {
  if (!properties) return body.join('');
  const last = body[body.length - 1] ?? '';
  const head = body.slice(0, -1).join('');
  if (!last.startsWith('<w:p>') && last !== '<w:p/>') {
    return `${head}${last}<w:p><w:pPr>${properties}</w:pPr></w:p>`;
  }
  if (last === '<w:p/>') return `${head}<w:p><w:pPr>${properties}</w:pPr></w:p>`;
  if (last.startsWith('<w:p><w:pPr>')) {
    const end = last.indexOf('</w:pPr>');
    return `${head}${last.slice(0, end)}${properties}${last.slice(end)}`;
  }
  return `${head}<w:p><w:pPr>${properties}</w:pPr>${last.slice('<w:p>'.length)}`;
}

function docxComments(comments: readonly CommentSpec[]): ICommentOptions[] {
  return comments.map(({ lines, ...comment }) => ({
    ...comment,
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line })] })),
  }));
}

interface Built {
  document: Document;
  /** The fast path's section bodies, to splice into word/document.xml. */
  bodies?: string[][];
}

/** The document with docx's object tree for the body: the reference. */
function referenceDocument(print: PrintDocument, options: DocxOptions): Built {
  const lang = printLanguage(print.meta.language);
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
    document: documentOf(print, options, children, blocks.numbering.config, annotations.comments()),
  };
}

/** The document with a mark per section where the string writer's body goes. */
function fastDocument(print: PrintDocument, options: DocxOptions): Built {
  const lang = printLanguage(print.meta.language);
  const emit = new XmlEmitter();
  const annotations = new Annotations(emit, print);
  const blocks = new BlockWriter(emit, TEXT_WIDTH, annotations);
  const parts = new PartWriter(blocks, TEXT_WIDTH, lang, annotations);
  // One pass writes each item's XML: only the 'write' progress.
  if (options.onItem) parts.reached = itemReporter(print, options.onItem, 'write');
  const last = print.parts.length - 1;
  const bodies: string[][] = [];
  const marks = print.parts.map((part, index) => {
    const listsBefore = emit.lists.length;
    bodies.push([
      ...parts.part(part, print.signOff),
      ...(index === last ? parts.corrections(print.corrections) : []),
    ]);
    return [new BodyMark(index, emit.lists.slice(listsBefore))];
  });
  return {
    document: documentOf(print, options, marks, blocks.numbering.config, annotations.comments()),
    bodies,
  };
}

function documentOf(
  print: PrintDocument,
  options: DocxOptions,
  children: FileChild[][],
  numbering: BlockWriter<unknown, unknown>['numbering']['config'],
  comments: readonly CommentSpec[],
): Document {
  const lang = printLanguage(print.meta.language);
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

/** word/document.xml with the fast path's section bodies in place of their marks. */
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
 * Renders a print document as DOCX bytes: A4 with the house margins, Word's named styles,
 * Arimo throughout (embedded unless told not to), one section per Niederschrift so each starts
 * on a new page with its own footer label, and the ENTWURF mark on every page of a draft.
 * Signed minutes carry their electronic signatures and the verification line, corrections
 * follow after them; suggestions are Word's tracked changes, comment threads (when the print
 * document carries them) Word's comments.
 */
export async function renderDocx(print: PrintDocument, options: DocxOptions): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const status = print.draft ? 'draft' : 'final';
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(print.meta, now, status) };
  const fast = (options.body ?? 'xml') === 'xml' && hasCompiler();
  const { document, bodies } = fast
    ? fastDocument(print, options)
    : referenceDocument(print, options);
  const files = compiledParts(document, [core]);
  if (!files) return Packer.pack(document, 'uint8array', false, [core]);
  if (bodies) {
    const xml = files.get('word/document.xml');
    if (typeof xml !== 'string') throw new Error('docx wrote no word/document.xml');
    files.set('word/document.xml', spliceBodies(xml, bodies, document));
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
