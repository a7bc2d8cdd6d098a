import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { locate, type Match, type SearchBlock } from './search';

/**
 * The item's text as search blocks: consecutive text nodes of one block (through inline
 * elements such as comment marks) form a block; a line break or another block starts a new one.
 */
export function $collectSearchBlocks(): SearchBlock[] {
  const blocks: SearchBlock[] = [];
  let current: SearchBlock | null = null;
  let owner: ElementNode | null = null;
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isTextNode(node)) {
      const parent = blockOf(node);
      if (current === null || owner === null || !parent.is(owner)) {
        current = { segments: [], text: '' };
        owner = parent;
        blocks.push(current);
      }
      current.segments.push({
        key: node.getKey(),
        start: current.text.length,
        text: node.getTextContent(),
      });
      current.text += node.getTextContent();
    } else if ($isElementNode(node)) {
      if (!node.isInline()) current = null;
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } else {
      current = null; // a line break
    }
  }
  return blocks;
}

function blockOf(node: LexicalNode): ElementNode {
  let parent = node.getParentOrThrow();
  while (parent.isInline()) parent = parent.getParentOrThrow();
  return parent;
}

/** A Lexical selection over a match (for replacing it, or to leave the caret on it). */
export function $selectMatch(blocks: readonly SearchBlock[], match: Match): RangeSelection | null {
  const block = blocks[match.block];
  if (!block) return null;
  const start = locate(block, match.start, false);
  const end = locate(block, match.end, true);
  if (!start || !end) return null;
  if (!$isTextNode($getNodeByKey(start.key)) || !$isTextNode($getNodeByKey(end.key))) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(start.key, start.offset, 'text');
  selection.focus.set(end.key, end.offset, 'text');
  $setSelection(selection);
  return selection;
}

function domText(editor: LexicalEditor, key: string): Text | null {
  let node: Node | null = editor.getElementByKey(key);
  while (node !== null && node.nodeType !== Node.TEXT_NODE) node = node.firstChild;
  return node as Text | null;
}

/** The DOM range of a match, for highlighting; null while the DOM lags behind the state. */
export function matchRange(
  editor: LexicalEditor,
  blocks: readonly SearchBlock[],
  match: Match,
): Range | null {
  const block = blocks[match.block];
  if (!block) return null;
  const start = locate(block, match.start, false);
  const end = locate(block, match.end, true);
  if (!start || !end) return null;
  const startText = domText(editor, start.key);
  const endText = domText(editor, end.key);
  if (!startText || !endText) return null;
  if (start.offset > startText.length || end.offset > endText.length) return null;
  const range = document.createRange();
  range.setStart(startText, start.offset);
  range.setEnd(endText, end.offset);
  return range;
}
