import { lineBreak, paragraph, text as textNode } from '../../../core/content/build';
import {
  TEXT_FORMAT,
  type ContentNode,
  type HeadingJSON,
  type ListItemJSON,
  type ListJSON,
  type QuoteJSON,
  type TableCellJSON,
  type TableJSON,
  type TableRowJSON,
} from '../../../core/content/nodes';
import {
  attr,
  ELEMENT_NODE,
  isWhite,
  isZeroLength,
  parseStyle,
  tagOf,
  TEXT_NODE,
  type HtmlNode,
} from './html';

/**
 * Clipboard HTML (Word, LibreOffice, web pages) to protocol content. A whitelist: the result is
 * built from scratch out of text, a few formats (bold, italic, underline, strikethrough, sub-
 * and superscript) and a few blocks (paragraph, heading, quote, list, table), in the JSON
 * shapes core writes. Nothing else of the source survives: no attribute, style, class, link,
 * image or script, and text the source hides (display:none, mso-hide, zero size, white on
 * white) is dropped rather than revealed.
 */

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'style',
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'img',
  'picture',
  'source',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'track',
  'map',
  'area',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
  'dialog',
  'xml',
  'hr',
  'wbr',
  'rp',
  'rt',
  // Word's VML shapes and images, Office's XML islands
  'v:shape',
  'v:shapetype',
  'v:imagedata',
  'o:wrapblock',
  'w:sdt',
]);

/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'address',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'fieldset',
  'legend',
  'form',
  'caption',
  'body',
  'html',
]);

const MAX_DEPTH = 160;
const MAX_TABLE_ROWS = 2000;
const MAX_TABLE_COLUMNS = 64;
const MAX_LIST_DEPTH = 8;

const F = TEXT_FORMAT;

interface Ctx {
  format: number;
  pre: boolean;
  /** The nearest background is white or none (white text on it is invisible). */
  plainBackground: boolean;
  quote: boolean;
  inTable: boolean;
  depth: number;
}

type Run = { text: string; format: number } | { br: true };

const elementDefaults = { direction: null, format: '', indent: 0, version: 1 } as const;

/**
 * Collects text runs into blocks. In inline mode (a list item) block borders become line
 * breaks instead of new blocks, since a list item holds one line of inline content.
 */
class Sink {
  readonly blocks: ContentNode[] = [];
  private runs: Run[] = [];
  private kind: 'paragraph' | 'h3' | 'h4' | 'quote' = 'paragraph';
  private pendingBreak = false;

  constructor(private readonly inline = false) {}

  text(text: string, format: number): void {
    if (text === '') return;
    if (this.pendingBreak) {
      this.pendingBreak = false;
      if (this.runs.some((r) => 'text' in r && r.text.trim() !== '')) this.runs.push({ br: true });
    }
    this.runs.push({ text, format });
  }

  lineBreak(): void {
    this.runs.push({ br: true });
  }

  startBlock(kind: 'paragraph' | 'h3' | 'h4' | 'quote'): void {
    this.endBlock();
    this.kind = kind;
  }

  endBlock(): void {
    if (this.inline) {
      if (this.runs.length > 0) this.pendingBreak = true;
      return;
    }
    const children = inlineNodes(this.runs);
    this.runs = [];
    const kind = this.kind;
    this.kind = 'paragraph';
    if (children.length === 0) return;
    this.blocks.push(blockNode(kind, children));
  }

  pushBlock(node: ContentNode): void {
    this.endBlock();
    this.blocks.push(node);
  }

  /** The inline content of an inline-mode sink. */
  takeInline(): ContentNode[] {
    const nodes = inlineNodes(this.runs);
    this.runs = [];
    return nodes;
  }
}

function blockNode(
  kind: 'paragraph' | 'h3' | 'h4' | 'quote',
  children: ContentNode[],
): ContentNode {
  if (kind === 'paragraph') return paragraph(...children);
  if (kind === 'quote') {
    const quote: QuoteJSON = { type: 'quote', children, ...elementDefaults };
    return quote;
  }
  const heading: HeadingJSON = { type: 'heading', tag: kind, children, ...elementDefaults };
  return heading;
}

/**
 * Runs to text and line-break nodes: whitespace collapsed as HTML renders it (also across
 * runs), runs of spaces and no-break spaces made one space, the ends trimmed, equal formats
 * merged.
 */
function inlineNodes(runs: readonly Run[]): ContentNode[] {
  const out: { text: string; format: number }[] = [];
  for (const run of runs) {
    if ('br' in run) {
      out.push({ text: '\n', format: -1 });
      continue;
    }
    out.push({ text: run.text, format: run.format });
  }
  // Collapse spaces over the whole line; a line break counts as whitespace.
  let previousSpace = true;
  for (const piece of out) {
    if (piece.format === -1) {
      previousSpace = true;
      continue;
    }
    let result = '';
    for (const ch of piece.text.replace(/[ \u00a0]{2,}/g, ' ')) {
      const space = ch === ' ' || ch === '\u00a0';
      if (space && previousSpace) continue;
      result += ch;
      previousSpace = space;
    }
    piece.text = result;
  }
  // Trim the end of each line.
  for (let i = out.length - 1, lineEnd = true; i >= 0; i--) {
    const piece = out[i]!;
    if (piece.format === -1) {
      lineEnd = true;
      continue;
    }
    if (lineEnd) {
      piece.text = piece.text.replace(/[ \u00a0]+$/, '');
      if (piece.text !== '') lineEnd = false;
    }
  }
  const merged: ({ text: string; format: number } | 'br')[] = [];
  for (const piece of out) {
    const last = merged[merged.length - 1];
    if (piece.format === -1) merged.push('br');
    else if (piece.text === '') continue;
    else if (last !== undefined && last !== 'br' && last.format === piece.format)
      last.text += piece.text;
    else merged.push({ text: piece.text, format: piece.format });
  }
  // Line breaks at the start or end of a block carry nothing.
  while (merged[0] === 'br') merged.shift();
  while (merged[merged.length - 1] === 'br') merged.pop();
  return merged.map((m) => (m === 'br' ? lineBreak() : textNode(m.text, m.format)));
}

function isHidden(node: HtmlNode, style: Map<string, string>, ctx: Ctx): boolean {
  if (attr(node, 'hidden') !== null) return true;
  if (attr(node, 'aria-hidden') === 'true') return true;
  const display = style.get('display');
  if (display === 'none') return true;
  const visibility = style.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return true;
  if (style.get('mso-hide') === 'all') return true;
  if (isZeroLength(style.get('font-size'))) return true;
  if (style.get('opacity') === '0') return true;
  if (/^-\d{4,}/.test(style.get('left') ?? style.get('text-indent') ?? '')) return true;
  const color = style.get('color') ?? attr(node, 'color')?.toLowerCase();
  if (isWhite(color) && ctx.plainBackground && !hasOwnBackground(node, style)) return true;
  const cls = attr(node, 'class') ?? '';
  if (/\bMsoCommentReference\b|\bmsocomtxt\b|\bmsocomoff\b/i.test(cls)) return true;
  const element = style.get('mso-element');
  if (element !== undefined && /comment|annotation/.test(element)) return true;
  if (style.get('mso-special-character') === 'comment') return true;
  return false;
}

function backgroundOf(node: HtmlNode, style: Map<string, string>): string | undefined {
  return (
    style.get('background-color') ??
    style.get('background') ??
    style.get('mso-highlight') ??
    style.get('mso-shading') ??
    attr(node, 'bgcolor')?.toLowerCase() ??
    undefined
  );
}

function hasOwnBackground(node: HtmlNode, style: Map<string, string>): boolean {
  const bg = backgroundOf(node, style);
  return bg !== undefined && !isPlainBackground(bg);
}

function isPlainBackground(bg: string): boolean {
  return (
    bg === '' ||
    bg === 'none' ||
    bg === 'transparent' ||
    bg === 'auto' ||
    bg === 'inherit' ||
    isWhite(bg.split(/\s+/)[0])
  );
}

function formatOf(tag: string, style: Map<string, string>, format: number): number {
  let f = format;
  switch (tag) {
    case 'b':
    case 'strong':
      f |= F.bold;
      break;
    case 'i':
    case 'em':
    case 'cite':
    case 'dfn':
    case 'var':
      f |= F.italic;
      break;
    case 'u':
    case 'ins':
      f |= F.underline;
      break;
    case 's':
    case 'strike':
    case 'del':
      f |= F.strikethrough;
      break;
    case 'sub':
      f = (f | F.subscript) & ~F.superscript;
      break;
    case 'sup':
      f = (f | F.superscript) & ~F.subscript;
      break;
  }
  const weight = style.get('font-weight');
  if (weight !== undefined) {
    if (/^(bold|bolder|[6-9]00)$/.test(weight)) f |= F.bold;
    else if (/^(normal|lighter|[1-5]00)$/.test(weight)) f &= ~F.bold;
  }
  const fontStyle = style.get('font-style');
  if (fontStyle !== undefined) {
    if (/^(italic|oblique)/.test(fontStyle)) f |= F.italic;
    else if (fontStyle === 'normal') f &= ~F.italic;
  }
  const decoration = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (decoration !== undefined) {
    if (decoration.includes('underline')) f |= F.underline;
    if (decoration.includes('line-through')) f |= F.strikethrough;
    if (/^none\b/.test(decoration)) f &= ~(F.underline | F.strikethrough);
  }
  const align = style.get('vertical-align');
  if (align === 'super') f = (f | F.superscript) & ~F.subscript;
  else if (align === 'sub') f = (f | F.subscript) & ~F.superscript;
  return f;
}

// ---- Word's "fake" lists: paragraphs with mso-list and a marker span ----

interface WordListItem {
  level: number;
  ordered: boolean;
  start: number;
  node: HtmlNode;
}

const ORDERED_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$|^\d+$/i;

function wordListLevel(node: HtmlNode, style: Map<string, string>): number | null {
  if (tagOf(node) !== 'p' && !/^h[1-6]$/.test(tagOf(node))) return null;
  const list = style.get('mso-list');
  if (list === undefined) return null;
  const match = /level(\d+)/.exec(list);
  if (!match || /ignore/.test(list)) return null;
  return Math.max(1, Math.min(MAX_LIST_DEPTH, Number(match[1])));
}

/** The marker Word writes for a list paragraph ("1.", "a)", "·"), without its padding. */
function wordListMarker(node: HtmlNode, depth = 0): string | null {
  if (depth > 6) return null;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const style = parseStyle(attr(child, 'style'));
    if (style.get('mso-list') === 'ignore') return plainText(child).replace(/[\s\u00a0]+/g, '');
    const inner = wordListMarker(child, depth + 1);
    if (inner !== null) return inner;
  }
  return null;
}

function plainText(node: HtmlNode): string {
  let out = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) out += n.nodeValue ?? '';
    else if (n.nodeType === ELEMENT_NODE && !DROP.has(tagOf(n))) {
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
  }
  return out;
}

function isSkippable(node: HtmlNode): boolean {
  if (node.nodeType === TEXT_NODE) return (node.nodeValue ?? '').trim() === '';
  return node.nodeType !== ELEMENT_NODE;
}

// ---- the walk ----

class Converter {
  walkChildren(node: HtmlNode, ctx: Ctx, sink: Sink): void {
    const children = Array.from(node.childNodes);
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === ELEMENT_NODE && !ctx.inTable) {
        const style = parseStyle(attr(child, 'style'));
        const level = wordListLevel(child, style);
        if (level !== null && !isHidden(child, style, ctx)) {
          const items: WordListItem[] = [];
          let j = i;
          for (; j < children.length; j++) {
            const next = children[j]!;
            if (isSkippable(next)) continue;
            if (next.nodeType !== ELEMENT_NODE) break;
            const nextStyle = parseStyle(attr(next, 'style'));
            const nextLevel = wordListLevel(next, nextStyle);
            if (nextLevel === null) break;
            const marker = wordListMarker(next) ?? '';
            const ordered = ORDERED_MARKER.test(marker);
            const number = /^\(?(\d+)/.exec(marker);
            items.push({
              level: nextLevel,
              ordered,
              start: number ? Number(number[1]) : 1,
              node: next,
            });
          }
          sink.pushBlock(this.wordList(items, ctx));
          i = j - 1;
          continue;
        }
      }
      this.walk(child, ctx, sink);
    }
  }

  walk(node: HtmlNode, ctx: Ctx, sink: Sink): void {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      sink.text(
        ctx.pre ? value.replace(/\r\n?/g, '\n') : value.replace(/[ \t\n\r\f]+/g, ' '),
        ctx.format,
      );
      return;
    }
    if (
      node.nodeType !== ELEMENT_NODE &&
      node.nodeName !== '#document' &&
      node.nodeName !== '#document-fragment'
    )
      return;
    const tag = tagOf(node);
    if (DROP.has(tag)) return;
    if (ctx.depth > MAX_DEPTH) {
      // Nesting this deep is not a document structure: keep the words, lose the shape.
      sink.text(plainText(node).replace(/\s+/g, ' '), ctx.format);
      return;
    }
    const style = parseStyle(attr(node, 'style'));
    if (isHidden(node, style, ctx)) return;
    if (style.get('mso-list') === 'ignore') return;

    const bg = backgroundOf(node, style);
    const next: Ctx = {
      ...ctx,
      format: formatOf(tag, style, ctx.format),
      pre: ctx.pre || tag === 'pre' || /^pre/.test(style.get('white-space') ?? ''),
      plainBackground: bg === undefined ? ctx.plainBackground : isPlainBackground(bg),
      depth: ctx.depth + 1,
    };

    if (tag === 'br') {
      sink.lineBreak();
      return;
    }
    if ((tag === 'ul' || tag === 'ol') && !ctx.inTable) {
      sink.pushBlock(this.list(node, next, tag === 'ol', 1));
      return;
    }
    if (tag === 'ul' || tag === 'ol' || tag === 'li') {
      // In a table cell (no nested structure there) or stray: each item a line of its own.
      sink.startBlock('paragraph');
      this.walkChildren(node, next, sink);
      sink.endBlock();
      return;
    }
    if (tag === 'table' && !ctx.inTable) {
      const table = this.table(node, next);
      if (table) sink.pushBlock(table);
      return;
    }
    if (
      tag === 'table' ||
      tag === 'tr' ||
      tag === 'td' ||
      tag === 'th' ||
      tag === 'tbody' ||
      tag === 'thead' ||
      tag === 'tfoot'
    ) {
      sink.startBlock('paragraph');
      this.walkChildren(node, next, sink);
      sink.endBlock();
      return;
    }
    if (BLOCKS.has(tag) || node.nodeName === '#document') {
      const quote = ctx.quote || tag === 'blockquote';
      const kind = /^h[1-3]$/.test(tag)
        ? 'h3'
        : /^h[4-6]$/.test(tag)
          ? 'h4'
          : quote
            ? 'quote'
            : 'paragraph';
      sink.startBlock(kind);
      this.walkChildren(node, { ...next, quote }, sink);
      sink.endBlock();
      return;
    }
    // Inline (span, font, a, o:p, unknown): only its text and formats count.
    this.walkChildren(node, next, sink);
  }

  list(node: HtmlNode, ctx: Ctx, ordered: boolean, level: number): ListJSON {
    const items: ListItemJSON[] = [];
    const startAttr = Number.parseInt(attr(node, 'start') ?? '', 10);
    const start = ordered && Number.isFinite(startAttr) && startAttr > 0 ? startAttr : 1;
    let value = start;
    const addItem = (children: ContentNode[]) => {
      items.push({ type: 'listitem', children, ...elementDefaults, value: value++ });
    };
    for (const child of Array.from(node.childNodes)) {
      if (isSkippable(child)) continue;
      const tag = tagOf(child);
      if (tag === 'ul' || tag === 'ol') {
        if (level < MAX_LIST_DEPTH) {
          items.push({
            type: 'listitem',
            children: [this.list(child, ctx, tag === 'ol', level + 1)],
            ...elementDefaults,
            value,
          });
        }
        continue;
      }
      const style = parseStyle(attr(child, 'style'));
      if (child.nodeType === ELEMENT_NODE && isHidden(child, style, ctx)) continue;
      const sink = new Sink(true);
      const nested: ListJSON[] = [];
      const itemCtx: Ctx = {
        ...ctx,
        format: formatOf(tag, style, ctx.format),
        depth: ctx.depth + 1,
      };
      // An item's own text, with nested lists taken out to follow it.
      const visit = (n: HtmlNode) => {
        for (const c of Array.from(n.childNodes)) {
          const t = tagOf(c);
          if ((t === 'ul' || t === 'ol') && c.nodeType === ELEMENT_NODE) {
            if (level < MAX_LIST_DEPTH) nested.push(this.list(c, itemCtx, t === 'ol', level + 1));
          } else if (c.nodeType === ELEMENT_NODE && BLOCKS.has(t) && hasListInside(c)) {
            visit(c);
          } else {
            this.walk(c, itemCtx, sink);
          }
        }
      };
      if (child.nodeType === TEXT_NODE) this.walk(child, itemCtx, sink);
      else visit(child);
      const own = sink.takeInline();
      if (own.length > 0 || nested.length === 0) addItem(own);
      for (const list of nested) {
        items.push({ type: 'listitem', children: [list], ...elementDefaults, value });
      }
    }
    return {
      type: 'list',
      listType: ordered ? 'number' : 'bullet',
      start,
      tag: ordered ? 'ol' : 'ul',
      children:
        items.length > 0
          ? items
          : [{ type: 'listitem', children: [], ...elementDefaults, value: 1 }],
      ...elementDefaults,
    };
  }

  wordList(items: readonly WordListItem[], ctx: Ctx): ListJSON {
    let index = 0;
    const build = (level: number): ListJSON => {
      const first = items[index]!;
      const ordered = first.ordered;
      const start = ordered ? first.start : 1;
      const children: ListItemJSON[] = [];
      let value = start;
      while (index < items.length) {
        const item = items[index]!;
        if (item.level < level) break;
        if (item.level > level) {
          children.push({
            type: 'listitem',
            children: [build(level + 1)],
            ...elementDefaults,
            value,
          });
          continue;
        }
        const sink = new Sink(true);
        this.walkChildren(
          item.node,
          {
            ...ctx,
            format: formatOf('p', parseStyle(attr(item.node, 'style')), ctx.format),
            depth: ctx.depth + 1,
          },
          sink,
        );
        children.push({
          type: 'listitem',
          children: sink.takeInline(),
          ...elementDefaults,
          value: value++,
        });
        index++;
      }
      return {
        type: 'list',
        listType: ordered ? 'number' : 'bullet',
        start,
        tag: ordered ? 'ol' : 'ul',
        children,
        ...elementDefaults,
      };
    };
    const level = Math.min(...items.map((i) => i.level));
    const lists: ListJSON[] = [];
    while (index < items.length) lists.push(build(level));
    // Consecutive top-level runs (a level drop below the first item) join into one list.
    const [head, ...rest] = lists;
    for (const list of rest) head!.children.push(...list.children);
    return head!;
  }

  table(node: HtmlNode, ctx: Ctx): TableJSON | null {
    const rows: { cells: HtmlNode[]; header: boolean }[] = [];
    const collect = (n: HtmlNode, header: boolean) => {
      for (const child of Array.from(n.childNodes)) {
        if (child.nodeType !== ELEMENT_NODE) continue;
        const tag = tagOf(child);
        if (isHidden(child, parseStyle(attr(child, 'style')), ctx)) continue;
        if (tag === 'tr' && rows.length < MAX_TABLE_ROWS) {
          const cells = Array.from(child.childNodes).filter(
            (c) => c.nodeType === ELEMENT_NODE && (tagOf(c) === 'td' || tagOf(c) === 'th'),
          );
          if (cells.length > 0) rows.push({ cells, header });
        } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
          collect(child, header || tag === 'thead');
        }
      }
    };
    collect(node, false);
    if (rows.length === 0) return null;
    const cellCtx: Ctx = { ...ctx, inTable: true, quote: false };
    const rowNodes: TableRowJSON[] = rows.map((row) => {
      const cells: TableCellJSON[] = [];
      let width = 0;
      for (const cell of row.cells) {
        if (width >= MAX_TABLE_COLUMNS) break;
        const style = parseStyle(attr(cell, 'style'));
        const span = Number.parseInt(attr(cell, 'colspan') ?? '1', 10);
        const colSpan = Number.isFinite(span)
          ? Math.max(1, Math.min(span, MAX_TABLE_COLUMNS - width))
          : 1;
        width += colSpan;
        const sink = new Sink();
        const bg = backgroundOf(cell, style);
        this.walkChildren(
          cell,
          {
            ...cellCtx,
            format: formatOf(tagOf(cell), style, cellCtx.format),
            plainBackground: bg === undefined ? cellCtx.plainBackground : isPlainBackground(bg),
            depth: ctx.depth + 1,
          },
          sink,
        );
        sink.endBlock();
        cells.push({
          type: 'tablecell',
          headerState: row.header || tagOf(cell) === 'th' ? 1 : 0,
          colSpan,
          rowSpan: 1,
          children: sink.blocks.length > 0 ? sink.blocks : [paragraph()],
          ...elementDefaults,
        });
      }
      return { type: 'tablerow', children: cells, ...elementDefaults };
    });
    // A table is a grid: short rows get empty cells at the end.
    const widthOf = (row: TableRowJSON) =>
      row.children.reduce((sum, c) => sum + ((c as TableCellJSON).colSpan ?? 1), 0);
    const columns = Math.max(...rowNodes.map(widthOf));
    for (const row of rowNodes) {
      for (let w = widthOf(row); w < columns; w++) {
        row.children.push({
          type: 'tablecell',
          headerState: 0,
          colSpan: 1,
          rowSpan: 1,
          children: [paragraph()],
          ...elementDefaults,
        });
      }
    }
    return { type: 'table', children: rowNodes, ...elementDefaults };
  }
}

function hasListInside(node: HtmlNode): boolean {
  const stack: HtmlNode[] = [node];
  let seen = 0;
  while (stack.length > 0 && seen++ < 2000) {
    const n = stack.pop()!;
    const t = tagOf(n);
    if (n !== node && (t === 'ul' || t === 'ol')) return true;
    for (let i = 0; i < n.childNodes.length; i++) stack.push(n.childNodes[i]!);
  }
  return false;
}

function findBody(root: HtmlNode): HtmlNode {
  const queue: { node: HtmlNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (queue.length > 0) {
    const { node, depth } = queue.shift()!;
    if (node.nodeType === ELEMENT_NODE && tagOf(node) === 'body') return node;
    if (depth < 3) {
      for (const child of Array.from(node.childNodes))
        queue.push({ node: child, depth: depth + 1 });
    }
  }
  return root;
}

/**
 * The blocks of a pasted HTML document (or fragment). Empty when nothing of it is text.
 */
export function sanitizeHtml(document: HtmlNode): ContentNode[] {
  const body = findBody(document);
  const sink = new Sink();
  new Converter().walkChildren(
    body,
    { format: 0, pre: false, plainBackground: true, quote: false, inTable: false, depth: 0 },
    sink,
  );
  sink.endBlock();
  return sink.blocks;
}

/** True when the blocks are one plain paragraph: a paste that belongs inside the current line. */
export function isInlinePaste(blocks: readonly ContentNode[]): boolean {
  return blocks.length === 1 && blocks[0]!.type === 'paragraph';
}
