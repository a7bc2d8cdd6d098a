import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  KEY_TAB_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';

/** A snippet's gap: what the clerk fills in ("des Referats … vom …"). */
export const GAP = '…';

interface Spot {
  node: TextNode;
  offset: number;
}

function $blockOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline()) as ElementNode | null;
}

/** The gaps of a block in reading order. */
function $gapsIn(block: ElementNode): Spot[] {
  const spots: Spot[] = [];
  for (const node of block.getAllTextNodes()) {
    const text = node.getTextContent();
    for (let i = text.indexOf(GAP); i >= 0; i = text.indexOf(GAP, i + 1))
      spots.push({ node, offset: i });
  }
  return spots;
}

/** Whether spot a comes before the point (node, offset) in the block's text. */
function before(order: TextNode[], a: Spot, node: TextNode, offset: number): boolean {
  const ia = order.indexOf(a.node);
  const ib = order.indexOf(node);
  return ia < ib || (ia === ib && a.offset < offset);
}

/**
 * Selects the next gap after the selection (or the one before it, backwards) in the block of
 * the caret, so that typing replaces it. False when there is none: Tab keeps its other uses.
 */
export function $selectGap(direction: 'next' | 'previous'): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const point = direction === 'next' ? end : start;
  const at = point.getNode();
  const block = $blockOf(at);
  if (!block) return false;
  const gaps = $gapsIn(block);
  if (gaps.length === 0) return false;
  const order = block.getAllTextNodes();
  // A caret in an element (an empty line) stands before its text.
  const node = $isTextNode(at) ? at : (order[0] ?? null);
  const offset = $isTextNode(at) ? point.offset : 0;
  if (!node) return false;
  const found =
    direction === 'next'
      ? gaps.find((g) => !before(order, g, node, offset))
      : [...gaps].reverse().find((g) => before(order, g, node, offset));
  if (!found) return false;
  found.node.select(found.offset, found.offset + GAP.length);
  return true;
}

/** Selects the first gap in `nodes` (a snippet just inserted); false when it has none. */
export function $selectFirstGapIn(nodes: readonly LexicalNode[]): boolean {
  for (const node of nodes) {
    if (!$isTextNode(node) || !node.isAttached()) continue;
    const i = node.getTextContent().indexOf(GAP);
    if (i < 0) continue;
    node.select(i, i + GAP.length);
    return true;
  }
  return false;
}

/** Tab and Shift+Tab go from gap to gap of the line, as fields of a form. */
export function registerGapTab(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      if (!$selectGap(event.shiftKey ? 'previous' : 'next')) return false;
      event.preventDefault();
      return true;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
