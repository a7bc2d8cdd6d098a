import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTableNodeWithDimensions,
  $findTableNode,
  INSERT_TABLE_COMMAND,
} from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  type ParagraphNode,
} from 'lexical';
import { useEffect } from 'react';

/** The paragraph the caret stands in, when it holds nothing at all (an empty line). */
function $emptyLineAtCaret(): ParagraphNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const anchor = selection.anchor.getNode();
  if ($findTableNode(anchor)) return null;
  const paragraph = $isParagraphNode(anchor)
    ? anchor
    : $findMatchingParent(anchor, $isParagraphNode);
  if (!paragraph || paragraph.getTextContent() !== '') return null;
  return paragraph.getChildren().every($isTextNode) ? paragraph : null;
}

/**
 * A table inserted on an empty line (the toolbar, or "/Tabelle" on a line of its own) takes
 * that line's place. Lexical splits at the caret and would leave the empty paragraph above the
 * table, a blank line that then shows in the print. Elsewhere Lexical's own insertion runs.
 */
export function EmptyLineTablePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_TABLE_COMMAND,
        ({ rows, columns, includeHeaders }) => {
          const line = $emptyLineAtCaret();
          if (!line) return false;
          const table = $createTableNodeWithDimensions(
            Number(rows),
            Number(columns),
            includeHeaders,
          );
          line.replace(table);
          // The caret needs a place after the table when it ends its section or the text.
          if (table.getNextSibling() === null) table.insertAfter($createParagraphNode());
          const first = table.getFirstDescendant();
          if ($isParagraphNode(first)) first.select();
          else if ($isTextNode(first)) first.select(0, 0);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
