import { paragraph, text } from '../core/content/build';
import { isElement, type ContentNode } from '../core/content/nodes';
import { customText } from '../core/text/protocol-text';
import type { AgendaItem, ProtocolDocument } from '../core/model/schema';

/**
 * An item's content for the plain Lexical reference (renderer/harness/plain-lexical.tsx) as
 * Lexical's own node types: the same words and blocks, with our nodes turned into what Lexical
 * has: a section into its title as a heading and its blocks, a speaker into its name as text, a
 * vote into a paragraph of its sentence, comment marks and suggestions into their text.
 */
export function plainLexicalState(document: ProtocolDocument, item: AgendaItem): string {
  const custom = customText(document, item);
  const heading = (title: string): ContentNode =>
    ({
      type: 'heading',
      tag: 'h4',
      children: [text(title)],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    }) as unknown as ContentNode;

  const convert = (node: ContentNode): ContentNode[] => {
    const type = node.type as string;
    if (type === 'speaker') return [text(custom(node) ?? '')];
    if (type === 'vote') return [paragraph(custom(node) ?? '')];
    if (!isElement(node)) return [node];
    const children = node.children.flatMap(convert);
    if (type === 'protocol-section') {
      const section = node as unknown as { title: string; printTitle: boolean };
      return [...(section.printTitle ? [heading(section.title)] : []), ...children];
    }
    if (type === 'mark' || type === 'suggestion') return children;
    return [{ ...node, children } as ContentNode];
  };
  const [root] = convert(item.content.root);
  return JSON.stringify({ root });
}
