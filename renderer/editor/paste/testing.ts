import { parse } from 'parse5';
import type { HtmlNode } from './html';

/**
 * For tests in node: parse5 (the HTML standard's tree construction, as Chromium does it)
 * seen through the sanitizer's HtmlNode shape. Not imported by the app.
 */
interface Parse5Node {
  nodeName: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

function adapt(node: Parse5Node): HtmlNode {
  const element = !node.nodeName.startsWith('#');
  let children: HtmlNode[] | null = null;
  return {
    nodeType: node.nodeName === '#text' ? 3 : node.nodeName === '#comment' ? 8 : element ? 1 : 9,
    nodeName: element ? node.nodeName.toUpperCase() : node.nodeName,
    nodeValue:
      node.nodeName === '#text'
        ? (node.value ?? '')
        : node.nodeName === '#comment'
          ? (node.data ?? '')
          : null,
    get childNodes() {
      children ??= (node.childNodes ?? []).map(adapt);
      return children;
    },
    getAttribute: element
      ? (name: string) => node.attrs?.find((a) => a.name === name.toLowerCase())?.value ?? null
      : undefined,
  };
}

export function parseForTest(html: string): HtmlNode {
  return adapt(parse(html) as unknown as Parse5Node);
}
