import type { PrintItem } from '../print-model';

/**
 * What the DOCX writers (PartWriter, BlockWriter, the runs of text.ts) say about the body, in
 * the words of the docx library's options but as plain data, and the two ways of turning it
 * into the body of word/document.xml:
 * - `docxEmitter` (emit-docx.ts) builds docx's objects, and docx writes their XML: the
 *   reference, as the export was always written;
 * - `xmlEmitter` (emit-xml.ts) writes the same XML directly as strings. A cold CLI export
 *   spent half its time in docx's object tree and its serialiser (issue 17); the strings
 *   cost a tenth of that. A test (emit.test.ts) holds the two to the same bytes.
 *
 * Only the options the writers use are here; a new one goes into both emitters and the test.
 */

/** A tab inside a run (w:tab); strings are text. */
export const TAB = { tab: true } as const;
export type RunChild = string | typeof TAB;

export interface RunLook {
  bold?: boolean;
  italics?: boolean;
  /** Single underline (docx's `underline: {}`). */
  underline?: Record<string, never>;
  strike?: boolean;
  subScript?: boolean;
  superScript?: boolean;
  /** Half-points. */
  size?: number;
  sizeComplexScript?: number;
}

export interface RunSpec extends RunLook {
  children?: readonly RunChild[];
  /** Line breaks (w:br) before the run's text. */
  break?: number;
}

export interface RevisionSpec {
  id: number;
  author: string;
  date: string;
}

export interface BorderSpec {
  style: 'single' | 'none';
  /** Eighths of a point. */
  size: number;
  color: string;
  /** Points between the border and the text. */
  space?: number;
}

export type HeadingStyle = 'Title' | 'Heading1' | 'Heading2' | 'Heading3';

export interface NumberingSpec {
  reference: string;
  level: number;
  instance: number;
  /** The list's look comes from the paragraph style, not docx's ListParagraph. */
  custom: true;
}

export interface ParagraphSpec<C> {
  heading?: HeadingStyle;
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  numbering?: NumberingSpec;
  border?: { bottom?: BorderSpec };
  tabStops?: readonly { type: 'left'; position: number }[];
  spacing?: { before?: number; after?: number };
  indent?: { left?: number; hanging?: number };
  /** The look of the paragraph mark. */
  run?: { size?: number };
  children?: readonly C[];
}

export interface WidthSpec {
  size: number;
  type: 'dxa';
}

export interface TableBordersSpec {
  top: BorderSpec;
  bottom: BorderSpec;
  left: BorderSpec;
  right: BorderSpec;
  insideHorizontal: BorderSpec;
  insideVertical: BorderSpec;
}

export interface CellSpec<B> {
  width: WidthSpec;
  columnSpan?: number;
  shading?: { type: 'clear'; fill: string; color: string };
  children: readonly B[];
}

export interface RowSpec<B> {
  cantSplit?: boolean;
  tableHeader?: boolean;
  children: readonly CellSpec<B>[];
}

export interface TableSpec<B> {
  width: WidthSpec;
  columnWidths: readonly number[];
  layout: 'fixed';
  indent?: WidthSpec;
  borders: TableBordersSpec;
  margins?: { left?: number; right?: number };
  rows: readonly RowSpec<B>[];
}

/**
 * Makes body elements (B: paragraphs and tables) and the children of paragraphs (C: runs,
 * tracked changes, comment marks).
 */
export interface Emitter<B, C> {
  paragraph(spec: ParagraphSpec<C>): B;
  table(spec: TableSpec<B>): B;
  run(spec: RunSpec): C;
  inserted(spec: RunSpec & RevisionSpec): C;
  deleted(spec: RunSpec & RevisionSpec): C;
  commentStart(id: number): C;
  commentEnd(id: number): C;
  /** The run holding a comment's reference mark. */
  commentReference(id: number): C;
  /**
   * Writes nothing; reports the item as its XML is written (the export's progress), or null
   * when the emitter reports as it goes.
   */
  itemMark(item: PrintItem, reached: (item: PrintItem) => void): B | null;
}

/** A comment of Word's, as plain data; render.ts hands it to docx's comments part. */
export interface CommentSpec {
  id: number;
  parentId?: number;
  author: string;
  date?: Date;
  /** One paragraph each. */
  lines: string[];
}
