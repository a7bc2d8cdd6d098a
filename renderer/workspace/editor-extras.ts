import type { ItemEditorProps } from '../editor/ItemEditor';

export type { ItemEditorHandle } from '../editor/ItemEditor';

/** What the workspace hands the item editor beyond the text and the document. */
export type ItemPaneEditorExtras = Pick<
  ItemEditorProps,
  | 'snippets'
  | 'onAddComment'
  | 'onSelectComment'
  | 'activeCommentId'
  | 'suggestionMode'
  | 'author'
  | 'spelling'
>;
