import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  getDOMSelection,
  isSelectionWithinEditor,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';

/**
 * A key acts where the caret stands on screen. Lexical learns of a caret the browser moved
 * (End, Home, a click) from the `selectionchange` event, which the browser sends as a task of its
 * own; Chromium runs input first, so a key pressed right after (End, then Enter at once) found
 * Lexical's old selection and went there: Enter replaced a snippet's selected gap instead of
 * starting a new line. At each keydown the browser's selection is taken over first when Lexical
 * has not seen it yet, as the pending `selectionchange` would have done.
 */
export function $adoptDomSelection(editor: LexicalEditor): boolean {
  const current = $getSelection();
  if (!$isRangeSelection(current)) return false;
  const dom = getDOMSelection(editor._window);
  if (dom === null || dom.rangeCount === 0) return false;
  if (!isSelectionWithinEditor(editor, dom.anchorNode, dom.focusNode)) return false;
  const fresh = $createRangeSelectionFromDom(dom, editor);
  if (fresh === null || (fresh.anchor.is(current.anchor) && fresh.focus.is(current.focus))) {
    return false;
  }
  // The typing format follows Lexical's rule for a caret that moved: kept within the same
  // node, else taken from the node the caret is in now.
  if (fresh.anchor.key === current.anchor.key) {
    fresh.format = current.format;
    fresh.style = current.style;
  } else {
    const node = fresh.anchor.getNode();
    if ($isTextNode(node)) {
      fresh.format = node.getFormat();
      fresh.style = node.getStyle();
    } else if ($isElementNode(node)) {
      fresh.format = node.getTextFormat();
      fresh.style = node.getTextStyle();
    }
  }
  $setSelection(fresh);
  return true;
}

export function registerCaretSync(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    () => {
      if (!editor.isComposing()) $adoptDomSelection(editor);
      // The key itself is handled as usual, now at the caret the clerk sees.
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
