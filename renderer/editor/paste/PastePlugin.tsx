import { $insertGeneratedNodes } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  $parseSerializedNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import type { ContentNode } from '../../../core/content/nodes';
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
 * Every paste with HTML goes through the sanitizer, also a copy from this editor (its HTML
 * carries the same blocks). A paste of plain text only is Lexical's own (lines to paragraphs).
 */
export function registerPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      const html = data?.getData('text/html') ?? '';
      if (html === '') return false;
      event.preventDefault();
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return true;
      const blocks = sanitizeHtml(parseClipboardHtml(html));
      // Nothing visible in the source (all of it hidden or non-text): nothing is pasted.
      if (blocks.length === 0) return true;
      $addUpdateTag(PASTE_TAG);
      $insertGeneratedNodes(editor, $nodes(blocks), selection);
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPaste(editor), [editor]);
  return null;
}
