import type {
  ContentNode,
  ItemContent,
  LineBreakJSON,
  ListItemJSON,
  ListJSON,
  ParagraphJSON,
  SectionJSON,
  TableCellJSON,
  TableJSON,
  TableRowJSON,
  TextJSON,
} from './nodes';

/**
 * Builders for serialized content, in the exact shape Lexical 0.52 writes, so content made by
 * the core (templates, samples, imports) and content saved by the editor look alike on disk.
 */

const elementDefaults = { direction: null, format: '', indent: 0, version: 1 } as const;

export function text(value: string, format = 0): TextJSON {
  return { type: 'text', text: value, format, style: '', mode: 'normal', detail: 0, version: 1 };
}

export function lineBreak(): LineBreakJSON {
  return { type: 'linebreak', version: 1 };
}

type Inline = ContentNode | string;

function inlines(children: Inline[]): ContentNode[] {
  return children.map((c) => (typeof c === 'string' ? text(c) : c));
}

export function paragraph(...children: Inline[]): ParagraphJSON {
  return {
    type: 'paragraph',
    children: inlines(children.filter((c) => c !== '')),
    ...elementDefaults,
    textFormat: 0,
    textStyle: '',
  };
}

export function listItem(value: number, children: Inline[]): ListItemJSON {
  return { type: 'listitem', children: inlines(children), ...elementDefaults, value };
}

export function numberedList(items: Inline[][], start = 1): ListJSON {
  return {
    type: 'list',
    listType: 'number',
    start,
    tag: 'ol',
    children: items.map((c, i) => listItem(start + i, c)),
    ...elementDefaults,
  };
}

export function bulletList(items: Inline[][]): ListJSON {
  return {
    type: 'list',
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: items.map((c, i) => listItem(i + 1, c)),
    ...elementDefaults,
  };
}

export function table(rows: string[][], headerRow = true): TableJSON {
  const rowNodes: TableRowJSON[] = rows.map((cells, r) => ({
    type: 'tablerow',
    children: cells.map((cell): TableCellJSON => ({
      type: 'tablecell',
      headerState: headerRow && r === 0 ? 1 : 0,
      colSpan: 1,
      rowSpan: 1,
      children: [paragraph(cell)],
      ...elementDefaults,
    })),
    ...elementDefaults,
  }));
  return { type: 'table', children: rowNodes, ...elementDefaults };
}

export function section(
  key: string,
  title: string,
  printTitle: boolean,
  children: ContentNode[],
): SectionJSON {
  return {
    type: 'protocol-section',
    section: key,
    title,
    printTitle,
    children: children.length > 0 ? children : [paragraph()],
    ...elementDefaults,
  };
}

export function content(children: ContentNode[]): ItemContent {
  return { root: { type: 'root', children, ...elementDefaults } };
}

export function emptyContent(): ItemContent {
  return content([paragraph()]);
}
