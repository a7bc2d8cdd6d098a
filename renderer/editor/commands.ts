import { createCommand, type LexicalCommand, type LexicalNode, type NodeKey } from 'lexical';

/** The editor's own commands; the toolbar, shortcuts and the host's handle dispatch them. */

export type BlockType = 'paragraph' | 'h3' | 'h4' | 'quote';

/** Turns the selected blocks into paragraphs, headings (h3/h4) or quotes. */
export const SET_BLOCK_TYPE_COMMAND: LexicalCommand<BlockType> = createCommand('SET_BLOCK_TYPE');

/** Opens the find bar (with the replace row when `replace` is true). */
export const OPEN_FIND_COMMAND: LexicalCommand<{ replace: boolean }> = createCommand('OPEN_FIND');

/** Moves keyboard focus to the toolbar (Alt+F10, as in Office). */
export const FOCUS_TOOLBAR_COMMAND: LexicalCommand<void> = createCommand('FOCUS_TOOLBAR');

/** Text dropped onto the page from another program (the section guard passes it here). */
export const DROP_TEXT_COMMAND: LexicalCommand<DragEvent> = createCommand('DROP_TEXT');

/** Opens the vote dialog for a new vote result at the caret. */
export const INSERT_VOTE_COMMAND: LexicalCommand<void> = createCommand('INSERT_VOTE');

/** Opens the vote dialog for the vote node with this key (double click, or Enter on it). */
export const EDIT_VOTE_COMMAND: LexicalCommand<NodeKey> = createCommand('EDIT_VOTE');

/** Opens the "@" typeahead at the caret (the mention shortcut). */
export const OPEN_MENTION_COMMAND: LexicalCommand<void> = createCommand('OPEN_MENTION');

/** Opens the options (article, people) of the mention at the caret (Alt+Enter). */
export const OPEN_SPEAKER_OPTIONS_COMMAND: LexicalCommand<void> =
  createCommand('OPEN_SPEAKER_OPTIONS');

/** Opens Annehmen/Ablehnen for the suggestion at the caret (Alt+Enter away from a mention). */
export const OPEN_SUGGESTION_ACTIONS_COMMAND: LexicalCommand<void> =
  createCommand('OPEN_SUGGESTION_ACTIONS');

/** Opens the comment input for the selected text (toolbar, Ctrl+Alt+M). */
export const OPEN_COMMENT_COMMAND: LexicalCommand<void> = createCommand('OPEN_COMMENT');

/** Opens the snippet manager (toolbar). */
export const OPEN_SNIPPETS_COMMAND: LexicalCommand<void> = createCommand('OPEN_SNIPPETS');

/**
 * Inserts inline nodes at the selection (a snippet). Suggestion mode takes it over, so the
 * inserted words become a proposed insertion.
 */
export const INSERT_INLINE_COMMAND: LexicalCommand<LexicalNode[]> = createCommand('INSERT_INLINE');
