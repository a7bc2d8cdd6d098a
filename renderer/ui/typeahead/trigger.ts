import { $getSelection, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';

/**
 * What opens a typeahead menu, read from the text before the caret (the text of the caret's
 * text node up to the caret).
 */
export interface TriggerMatch {
  /** Where the trigger character stands in the text. */
  leadOffset: number;
  /** What the clerk typed after the trigger: the query. */
  matchingString: string;
  /** Trigger and query, the text the chosen entry replaces. */
  replaceableString: string;
}

/** The last match of `pattern` (its last two groups: trigger with query, and query) at the end of `text`. */
export function matchTrigger(pattern: RegExp, text: string): TriggerMatch | null {
  const found = pattern.exec(text);
  if (!found) return null;
  const replaceable = found[found.length - 2]!;
  return {
    leadOffset: text.length - replaceable.length,
    matchingString: found[found.length - 1]!,
    replaceableString: replaceable,
  };
}

/** The text of the caret's text node up to a collapsed caret, and that node; else null. */
export function $textBeforeCaret(): { text: string; node: TextNode } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (selection.anchor.type !== 'text' || !$isTextNode(node) || !node.isSimpleText()) return null;
  return { text: node.getTextContent().slice(0, selection.anchor.offset), node };
}

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
