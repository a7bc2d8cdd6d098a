import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import { useImperativeHandle, type Ref } from 'react';
import type { SuggestionInfo } from '../../core/review/suggestions';
import { $anchoredCommentIds, $removeCommentAnchor } from '../editor/comments/commentMarks';
import { $listSuggestions } from '../editor/suggestions/suggest';
import { resolveInEditor } from '../editor/suggestions/SuggestionPopover';

/**
 * What the e2e tests ask of a mounted editor beyond the workspace's handle: the suggestions and
 * comment anchors in its text, and resolving them without the popover. Only the harness page
 * mounts it (as one of the editor's `plugins`); the app has no such API.
 */
export interface EditorTestApi {
  /** The item's suggestions (track changes), one entry per id, in document order. */
  listSuggestions(): SuggestionInfo[];
  /** Accepts one suggestion (one undo step); returns how many runs it had (0: unknown id). */
  acceptSuggestion(id: string): number;
  rejectSuggestion(id: string): number;
  /** Accepts or rejects every suggestion of the item, as one undo step. */
  acceptAll(): number;
  rejectAll(): number;
  /** Comment thread ids anchored in the text, in document order. */
  commentAnchors(): string[];
  /** Takes a thread's anchor out of the text (the thread was deleted); the text stays. */
  removeCommentAnchor(id: string): number;
}

export function editorTestApi(editor: LexicalEditor): EditorTestApi {
  // A read-only editor changes nothing, as in the app.
  const resolve = (decide: (id: string) => 'accept' | 'reject' | null) =>
    editor.isEditable() ? resolveInEditor(editor, decide) : 0;
  return {
    listSuggestions: () => editor.getEditorState().read($listSuggestions),
    acceptSuggestion: (id) => resolve((x) => (x === id ? 'accept' : null)),
    rejectSuggestion: (id) => resolve((x) => (x === id ? 'reject' : null)),
    acceptAll: () => resolve(() => 'accept'),
    rejectAll: () => resolve(() => 'reject'),
    commentAnchors: () => editor.getEditorState().read($anchoredCommentIds),
    removeCommentAnchor(id) {
      if (!editor.isEditable()) return 0;
      let count = 0;
      editor.update(
        () => {
          count = $removeCommentAnchor(id);
        },
        { discrete: true, tag: HISTORY_PUSH_TAG },
      );
      return count;
    },
  };
}

/** Mounted inside the editor's composer: hands the test API to the harness. */
export function EditorTestApiPlugin({ apiRef }: { apiRef: Ref<EditorTestApi> }): null {
  const [editor] = useLexicalComposerContext();
  useImperativeHandle(apiRef, () => editorTestApi(editor), [editor]);
  return null;
}
