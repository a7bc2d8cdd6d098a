import type { ItemContent } from '../../../core/content/nodes';
import {
  $createParagraphNode,
  $getRoot,
  $parseSerializedNode,
  type EditorState,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';

/**
 * The one crossing between Lexical's editor state and core's ItemContent. Both describe the
 * same JSON (core reads what Lexical 0.52 writes), so the conversion is a change of type only.
 */
export function stateToContent(state: EditorState): ItemContent {
  return state.toJSON() as unknown as ItemContent;
}

/** The editor's current content, with pending updates flushed first. */
export function readContent(editor: LexicalEditor): ItemContent {
  editor.read(() => undefined);
  return stateToContent(editor.getEditorState());
}

/** Fills an empty root from content (inside editor.update); nodes are built without a JSON round trip. */
export function $loadContent(content: ItemContent): void {
  const root = $getRoot();
  root.clear();
  for (const child of content.root.children) {
    root.append($parseSerializedNode(child as unknown as SerializedLexicalNode));
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}
