import { isElement, type ContentNode, type ElementJSON, type ItemContent } from './nodes';

/** Depth-first, document order. Iterative: content depth is bounded on load, but not by much. */
export function* walkContent(content: ItemContent): Generator<ContentNode> {
  const stack: ContentNode[] = [content.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (isElement(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
}

/** Blocks hold a line of inline content; containers (root, section, list, table…) hold blocks. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'quote',
  'listitem',
  'tablecell',
]);
const INLINE_ELEMENTS: ReadonlySet<string> = new Set(['mark', 'suggestion']);
/** Decorator nodes that stand as a block of their own (a vote result). */
export const BLOCK_DECORATORS: ReadonlySet<string> = new Set(['vote']);

/** Renders a custom node (speaker, vote…) as text, or null for nodes it does not know. */
export type CustomText = (node: ContentNode) => string | null;

/**
 * The plain text of an item, one line per block, the way a reader sees it. Used by checks,
 * search and tests; exporters walk the tree themselves to keep formatting.
 */
export function contentToPlainText(content: ItemContent, custom: CustomText = () => null): string {
  const lines: string[] = [];

  const inline = (node: ContentNode): string => {
    const own = custom(node);
    if (own !== null) return own;
    if (node.type === 'text') return node.text;
    if (node.type === 'tab') return '\t';
    if (node.type === 'linebreak') return '\n';
    if (isElement(node)) return node.children.map(inline).join('');
    return '';
  };
  const isInline = (node: ContentNode): boolean =>
    isElement(node) ? INLINE_ELEMENTS.has(node.type) : !BLOCK_DECORATORS.has(node.type);

  const visitBlock = (node: ElementJSON): void => {
    let line: string[] = [];
    let nested = false;
    for (const child of node.children) {
      if (isInline(child)) {
        line.push(inline(child));
      } else {
        if (line.length > 0) lines.push(line.join(''));
        line = [];
        nested = true;
        visitContainerChild(child);
      }
    }
    if (line.length > 0 || !nested) lines.push(line.join(''));
  };

  const visitContainerChild = (child: ContentNode): void => {
    const own = custom(child);
    if (own !== null) lines.push(own);
    else if (isElement(child) && BLOCK_TYPES.has(child.type)) visitBlock(child);
    else if (isElement(child)) visitContainer(child);
    else lines.push(inline(child));
  };

  const visitContainer = (node: ElementJSON): void => {
    if (node.type === 'protocol-section' && node.printTitle) lines.push(node.title);
    for (const child of node.children) visitContainerChild(child);
  };

  visitContainer(content.root);
  return lines.join('\n');
}
