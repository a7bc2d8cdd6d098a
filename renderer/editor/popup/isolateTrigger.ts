import { $getSelection, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';
import type { TriggerMatch } from '../mentions/trigger';

/**
 * The trigger and query before the caret ("@Per", "/fest") as one text node, matched afresh
 * when an entry is chosen. The typeahead plugin splits the text by the match of its last
 * render, which lags behind fast typing (the menu renders in a transition): Enter right after
 * typing would replace the wrong characters.
 */
export function $isolateTrigger(
  split: TextNode | null,
  matcher: (textBeforeCaret: string, start: TextNode) => TriggerMatch | null,
): { node: TextNode; match: TriggerMatch } | null {
  let node: TextNode | null = split;
  if (node === null) {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
    const anchor = selection.anchor.getNode();
    if (!$isTextNode(anchor)) return null;
    const offset = selection.anchor.offset;
    node = offset < anchor.getTextContentSize() ? anchor.splitText(offset)[0]! : anchor;
  }
  // Join the text the plugin split off with the text before it, as typed.
  const previous = node.getPreviousSibling();
  if (
    $isTextNode(previous) &&
    previous.isSimpleText() &&
    previous.getFormat() === node.getFormat() &&
    previous.getStyle() === node.getStyle()
  ) {
    node = previous.mergeWithSibling(node);
  }
  const match = matcher(node.getTextContent(), node);
  if (match === null) return null;
  const size = node.getTextContentSize();
  const start = size - match.replaceableString.length;
  const trigger = start > 0 ? node.splitText(start)[1]! : node;
  return { node: trigger, match };
}
