import { createCommand, type LexicalCommand } from 'lexical';

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
