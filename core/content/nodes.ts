/**
 * The serialized Lexical node types a protocol's text may hold. The core reads these without
 * the Lexical runtime, so exporters and checks work in the CLI exactly as in the app.
 * Extra keys written by Lexical (version, direction, textFormat, $ state…) are kept as they are.
 */

export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

export interface NodeJSONBase {
  type: string;
  version?: number;
  [key: string]: unknown;
}

export interface TextJSON extends NodeJSONBase {
  type: 'text';
  text: string;
  format?: number;
  style?: string;
  mode?: string;
  detail?: number;
}

export interface TabJSON extends NodeJSONBase {
  type: 'tab';
  text?: string;
}

export interface LineBreakJSON extends NodeJSONBase {
  type: 'linebreak';
}

export interface ElementJSONBase extends NodeJSONBase {
  children: ContentNode[];
  direction?: 'ltr' | 'rtl' | null;
  format?: string | number;
  indent?: number;
}

export interface RootJSON extends ElementJSONBase {
  type: 'root';
}
export interface ParagraphJSON extends ElementJSONBase {
  type: 'paragraph';
}
export interface HeadingJSON extends ElementJSONBase {
  type: 'heading';
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}
export interface QuoteJSON extends ElementJSONBase {
  type: 'quote';
}
export interface ListJSON extends ElementJSONBase {
  type: 'list';
  listType: 'number' | 'bullet' | 'check';
  start?: number;
  tag?: 'ol' | 'ul';
}
export interface ListItemJSON extends ElementJSONBase {
  type: 'listitem';
  value?: number;
  checked?: boolean;
}
export interface TableJSON extends ElementJSONBase {
  type: 'table';
  colWidths?: readonly number[];
}
export interface TableRowJSON extends ElementJSONBase {
  type: 'tablerow';
}
export interface TableCellJSON extends ElementJSONBase {
  type: 'tablecell';
  headerState?: number;
  colSpan?: number;
  rowSpan?: number;
}
/** A comment anchor (Lexical MarkNode); ids are comment thread ids. */
export interface MarkJSON extends ElementJSONBase {
  type: 'mark';
  ids: string[];
}
/**
 * A section of the protocol text (Beratungsunterlage, Beschlussantrag, Verhandlung, …).
 * `title` labels it in the editor; it is printed only when `printTitle` is set,
 * because the reference document prints "Beschlussantrag:" but no other section name.
 */
export interface SectionJSON extends ElementJSONBase {
  type: 'protocol-section';
  section: string;
  title: string;
  printTitle: boolean;
}

/** A suggested change in review (track changes); see core/review/suggestions.ts. */
export interface SuggestionJSON extends ElementJSONBase {
  type: 'suggestion';
  kind: 'insert' | 'delete';
  id: string;
  author: string;
  createdAt: string;
}

export type ElementJSON =
  | RootJSON
  | ParagraphJSON
  | HeadingJSON
  | QuoteJSON
  | ListJSON
  | ListItemJSON
  | TableJSON
  | TableRowJSON
  | TableCellJSON
  | MarkJSON
  | SuggestionJSON
  | SectionJSON;

export type ContentNode = ElementJSON | TextJSON | TabJSON | LineBreakJSON;

/** A serialized Lexical editor state: the text of one agenda item. */
export interface ItemContent {
  root: RootJSON;
  [key: string]: unknown;
}

export function isElement(node: ContentNode): node is ElementJSON {
  return Array.isArray((node as ElementJSONBase).children);
}
