import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { registerCaretSync } from './caretSync';
import { INSERT_INLINE_COMMAND, SET_BLOCK_TYPE_COMMAND } from './commands';
import { $setBlockType } from './format/blockType';
import { registerListShortcut } from './format/listShortcut';
import { registerShortcuts } from './format/shortcuts';
import { registerGapTab } from './snippets/gaps';
import { $runTableAction, TABLE_ACTION_COMMAND } from './table/actions';

/**
 * Tab nests and un-nests list items (Word's numbering levels). Elsewhere it is left to the
 * browser, so Tab moves the focus on and the text is no keyboard trap; in tables the table
 * plugin moves between cells first.
 */
function registerListTab(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      const inList = selection
        .getNodes()
        .some((n) => $findMatchingParent(n, $isListItemNode) !== null);
      if (!inList) return false;
      event.preventDefault();
      return editor.dispatchCommand(
        event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND,
        undefined,
      );
    },
    COMMAND_PRIORITY_LOW,
  );
}

/** The editor's own commands and keys, registered once per editor. */
export function registerBehaviours(editor: LexicalEditor): () => void {
  return mergeRegister(
    registerCaretSync(editor),
    registerShortcuts(editor),
    registerListShortcut(editor),
    registerListTab(editor),
    registerGapTab(editor),
    editor.registerCommand(SET_BLOCK_TYPE_COMMAND, $setBlockType, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(TABLE_ACTION_COMMAND, $runTableAction, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      INSERT_INLINE_COMMAND,
      (nodes) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        selection.insertNodes(nodes);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}
