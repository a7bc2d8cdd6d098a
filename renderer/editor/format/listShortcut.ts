import { $createListItemNode, $createListNode } from '@lexical/list';
import {
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  KEY_SPACE_COMMAND,
  type LexicalEditor,
} from 'lexical';

const NUMBERED = /^(\d{1,3})[.)]$/;
const BULLET = /^[-*•–]$/;

/**
 * Word's autoformat for lists: "1. " or "- " typed at the start of a paragraph turns it into a
 * numbered or bulleted list item (the Beschlussantrag is written this way). Undo brings the
 * typed marker back.
 */
export function registerListShortcut(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_SPACE_COMMAND,
    (event) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
      const node = selection.anchor.getNode();
      if (!$isTextNode(node)) return false;
      const paragraph = node.getParent();
      if (!$isParagraphNode(paragraph) || !node.is(paragraph.getFirstChild())) return false;
      if (!$isRootOrShadowRoot(paragraph.getParent())) return false;
      const before = node.getTextContent().slice(0, selection.anchor.offset);
      const numbered = NUMBERED.exec(before);
      if (!numbered && !BULLET.test(before)) return false;
      event.preventDefault();
      const rest = node.getTextContent().slice(before.length);
      if (rest === '') node.remove();
      else node.setTextContent(rest);
      const list = numbered
        ? $createListNode('number', Number(numbered[1]))
        : $createListNode('bullet');
      const item = $createListItemNode();
      item.append(...paragraph.getChildren());
      list.append(item);
      paragraph.replace(list);
      item.selectStart();
      return true;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
