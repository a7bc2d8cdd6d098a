/**
 * The little of the DOM the sanitizer reads. The browser's DOM nodes have this shape, and so
 * do the nodes of the spec-conformant parser the unit tests use: the sanitizer never touches
 * a live document, never writes a node and never follows a URL.
 */
export interface HtmlNode {
  /** 1 element, 3 text, 8 comment (others are ignored). */
  readonly nodeType: number;
  /** Upper-case for HTML elements ("P", "O:P"), "#text" for text. */
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function attr(node: HtmlNode, name: string): string | null {
  return node.getAttribute ? node.getAttribute(name) : null;
}

export function tagOf(node: HtmlNode): string {
  return node.nodeName.toLowerCase();
}

/** Declarations of an inline style attribute, lower-cased names, last one wins. */
export function parseStyle(style: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (name) out.set(name, value);
  }
  return out;
}

const WHITE = new Set(['white', '#fff', '#ffffff', 'rgb(255,255,255)', 'rgba(255,255,255,1)']);

export function isWhite(color: string | undefined): boolean {
  return color !== undefined && WHITE.has(color.replace(/\s+/g, ''));
}

/** A CSS length of zero (font-size:0, 0pt, 0px, 0.0pt…). */
export function isZeroLength(value: string | undefined): boolean {
  return (
    value !== undefined && /^0*\.?0*(px|pt|em|rem|%)?$/.test(value.trim()) && value.trim() !== ''
  );
}
