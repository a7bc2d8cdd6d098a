import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import {
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import {
  FOCUS_TOOLBAR_COMMAND,
  INSERT_VOTE_COMMAND,
  OPEN_COMMENT_COMMAND,
  OPEN_FIND_COMMAND,
  OPEN_MENTION_COMMAND,
  SET_BLOCK_TYPE_COMMAND,
  type BlockType,
} from '../commands';

/**
 * Keyboard shortcuts beyond Lexical's own (Ctrl+B/I/U, Ctrl+Z/Y, Ctrl+Shift+Z). Office's German
 * alternatives are included because clerks come from Word: Ctrl+Shift+F/K/U for bold, italic,
 * underline, Ctrl+# and Ctrl++ for sub- and superscript.
 */
export interface Shortcut {
  /** KeyboardEvent.key, lower case; `code` when the key differs between layouts. */
  key?: string;
  code?: string;
  ctrl: boolean;
  shift?: boolean;
  alt?: boolean;
  run(editor: LexicalEditor): void;
}

const format = (f: TextFormatType) => (editor: LexicalEditor) =>
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);
const block = (b: BlockType) => (editor: LexicalEditor) =>
  editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, b);
const command = (c: LexicalCommand<void>) => (editor: LexicalEditor) =>
  editor.dispatchCommand(c, undefined);

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'f', ctrl: true, run: (e) => e.dispatchCommand(OPEN_FIND_COMMAND, { replace: false }) },
  { key: 'h', ctrl: true, run: (e) => e.dispatchCommand(OPEN_FIND_COMMAND, { replace: true }) },
  { key: 'f10', alt: true, ctrl: false, run: command(FOCUS_TOOLBAR_COMMAND) },
  { key: 'f', ctrl: true, shift: true, run: format('bold') },
  { key: 'k', ctrl: true, shift: true, run: format('italic') },
  { key: 'u', ctrl: true, shift: true, run: format('underline') },
  { key: 'x', ctrl: true, shift: true, run: format('strikethrough') },
  { key: ',', ctrl: true, run: format('subscript') },
  { key: '.', ctrl: true, run: format('superscript') },
  { key: '#', ctrl: true, run: format('subscript') },
  { key: '+', ctrl: true, run: format('superscript') },
  { key: '+', ctrl: true, shift: true, run: format('superscript') },
  {
    code: 'Digit7',
    ctrl: true,
    shift: true,
    run: (e) => e.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined),
  },
  {
    code: 'Digit8',
    ctrl: true,
    shift: true,
    run: (e) => e.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined),
  },
  // The editor's insertions: a mention (Shift+2 is "@" on English keyboards), a vote result
  // (Beschluss), a comment (Word's Ctrl+Alt+M).
  { code: 'Digit2', ctrl: true, shift: true, run: command(OPEN_MENTION_COMMAND) },
  { key: 'b', ctrl: true, alt: true, run: command(INSERT_VOTE_COMMAND) },
  { key: 'm', ctrl: true, alt: true, run: command(OPEN_COMMENT_COMMAND) },
  { code: 'Digit0', ctrl: true, alt: true, run: block('paragraph') },
  { code: 'Digit3', ctrl: true, alt: true, run: block('h3') },
  { code: 'Digit4', ctrl: true, alt: true, run: block('h4') },
];

export function matchShortcut(event: KeyboardEvent, shortcuts = SHORTCUTS): Shortcut | null {
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  for (const s of shortcuts) {
    if (s.ctrl !== ctrl || (s.alt ?? false) !== event.altKey) continue;
    if (s.shift !== undefined && s.shift !== event.shiftKey) continue;
    if (s.shift === undefined && event.shiftKey && s.key !== '+') continue;
    if (s.code !== undefined ? s.code === event.code : s.key === key) return s;
  }
  return null;
}

export function registerShortcuts(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const shortcut = matchShortcut(event);
      if (!shortcut) return false;
      event.preventDefault();
      shortcut.run(editor);
      return true;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
