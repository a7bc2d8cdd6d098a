import {
  $isMarkNode,
  $unwrapMarkNode,
  $wrapSelectionInMarkNode,
  type MarkNode,
} from '@lexical/mark';
import {
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  type BaseSelection,
  type LexicalNode,
} from 'lexical';

/**
 * Comment anchors: Lexical mark nodes whose ids are comment thread ids (core/review/comments).
 * A copy of marked text pasted elsewhere does not carry the anchor (Lexical leaves marks out
 * of an HTML copy, and the paste sanitizer keeps none): the thread stays on the original text.
 * Deleting all of a mark's text removes the mark, and the thread is listed as orphaned.
 */

/** Wraps the selected text in a mark with `id`; false when nothing is selected. */
export function $addCommentAnchor(selection: BaseSelection | null, id: string): boolean {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
  return true;
}

export function $markNodes(): MarkNode[] {
  const found: MarkNode[] = [];
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isMarkNode(node)) found.push(node);
    if ($isElementNode(node)) stack.push(...node.getChildren());
  }
  return found;
}

/** Takes a thread's anchor out of the text (the text stays); returns how many marks held it. */
export function $removeCommentAnchor(id: string): number {
  let count = 0;
  for (const mark of $markNodes()) {
    if (!mark.hasID(id)) continue;
    count++;
    if (mark.getIDs().length > 1) mark.deleteID(id);
    else $unwrapMarkNode(mark);
  }
  return count;
}

/** The thread ids anchored in the text, in document order. */
export function $anchoredCommentIds(): string[] {
  const ids = new Set<string>();
  const marks = $markNodes();
  // The stack walk above is not in document order; sort by position.
  marks.sort((a, b) => (a.isBefore(b) ? -1 : 1));
  for (const mark of marks) for (const id of mark.getIDs()) ids.add(id);
  return [...ids];
}
