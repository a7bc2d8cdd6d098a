import { $insertGeneratedNodes, caretFromPoint } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
  type SerializedLexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import type { ContentNode } from '../../../core/content/nodes';
import { $removeTextAcrossSections, $selectionSpansSections } from '../sections/structure';
import { DROP_TEXT_COMMAND } from '../commands';
import type { HtmlNode } from './html';
import { isInlinePaste, sanitizeHtml } from './sanitize';

/**
 * The browser's parser, into a template's content: an inert fragment without a browsing
 * context, so no script runs, no handler is compiled, no image or style is fetched.
 */
export function parseClipboardHtml(html: string): HtmlNode {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function $nodes(blocks: readonly ContentNode[]): LexicalNode[] {
  const source = isInlinePaste(blocks)
    ? (blocks[0] as { children: ContentNode[] }).children
    : blocks;
  return source.map((b) => $parseSerializedNode(b as unknown as SerializedLexicalNode));
}

/**
 * Inserts clipboard or drop data at the selection: HTML through the sanitizer, else plain
 * text. Returns false when there is nothing to insert.
 */
export function $insertTransfer(
  editor: LexicalEditor,
  data: DataTransfer,
  selection: RangeSelection,
): boolean {
  const html = data.getData('text/html');
  if (html !== '') {
    const blocks = sanitizeHtml(parseClipboardHtml(html));
    // Nothing visible in the source (all of it hidden or non-text): nothing is inserted.
    if (blocks.length === 0) return true;
    $addUpdateTag(PASTE_TAG);
    $insertGeneratedNodes(editor, $nodes(blocks), selection);
    return true;
  }
  const text = data.getData('text/plain');
  if (text === '') return false;
  $addUpdateTag(PASTE_TAG);
  selection.insertRawText(text);
  return true;
}

/**
 * Every paste with HTML goes through the sanitizer, also a copy from this editor (its HTML
 * carries the same blocks). A paste of plain text only is Lexical's own (lines to paragraphs).
 */
export function registerPaste(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = 'clipboardData' in event ? event.clipboardData : null;
        if (!data || data.getData('text/html') === '') return false;
        event.preventDefault();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return true;
        return $insertTransfer(editor, data, selection);
      },
      COMMAND_PRIORITY_HIGH,
    ),
    // Text dropped from another program lands where it is dropped, through the same
    // sanitizer as a paste (the section guard refuses drags inside the page).
    editor.registerCommand(
      DROP_TEXT_COMMAND,
      (event) => {
        const data = event.dataTransfer;
        if (!data) return false;
        const hit = caretFromPoint(event.clientX, event.clientY, editor.getRootElement());
        const node = hit ? $getNearestNodeFromDOMNode(hit.node) : null;
        if (hit === null || node === null) return false;
        const selection = $createRangeSelection();
        if ($isTextNode(node)) {
          selection.anchor.set(node.getKey(), hit.offset, 'text');
          selection.focus.set(node.getKey(), hit.offset, 'text');
        } else {
          const parent = node.getParentOrThrow();
          const offset = node.getIndexWithinParent() + 1;
          selection.anchor.set(parent.getKey(), offset, 'element');
          selection.focus.set(parent.getKey(), offset, 'element');
        }
        if ($selectionSpansSections(selection)) $removeTextAcrossSections(selection);
        $setSelection(selection);
        return $insertTransfer(editor, data, selection);
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPaste(editor), [editor]);
  return null;
}
