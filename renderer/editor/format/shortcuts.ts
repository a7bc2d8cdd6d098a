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
  OPEN_SPEAKER_OPTIONS_COMMAND,
  OPEN_SUGGESTION_ACTIONS_COMMAND,
  SET_BLOCK_TYPE_COMMAND,
  type BlockType,
} from '../commands';

/**
 * Keyboard shortcuts beyond Lexical's own (Ctrl+B/I/U, Ctrl+Z/Y, Ctrl+Shift+Z). Office's German
 * alternatives are included because clerks come from Word: Ctrl+Shift+F/K/U for bold, italic,
 * underline, Ctrl+# and Ctrl++ for sub- and superscript.
 */
export interface Shortcut {
  /** What it does: the toolbar shows the first shortcut of each action as its key. */
  action: ShortcutAction;
  /** KeyboardEvent.key, lower case; `code` when the key differs between layouts. */
  key?: string;
  code?: string;
  ctrl: boolean;
  shift?: boolean;
  alt?: boolean;
  /**
   * Returns false when there is nothing for it at the caret: the next shortcut with the same
   * keys gets the key (Alt+Enter is a mention's options, else a suggestion's).
   */
  run(editor: LexicalEditor): void | boolean;
}

export type ShortcutAction =
  | 'find'
  | 'replace'
  | 'toolbar'
  | 'undo'
  | 'redo'
  | 'indent'
  | 'outdent'
  | TextFormatType
  | 'numbered'
  | 'bullet'
  | 'mention'
  | 'speakerOptions'
  | 'suggestionActions'
  | 'vote'
  | 'comment'
  | BlockType;

/**
 * The keys Lexical handles itself (its rich-text and history plugins, Tab in lists): named here
 * so the toolbar shows them, never matched by registerShortcuts.
 */
export const LEXICAL_KEYS: readonly Omit<Shortcut, 'run'>[] = [
  { action: 'undo', key: 'z', ctrl: true },
  { action: 'redo', key: 'y', ctrl: true },
  { action: 'bold', key: 'b', ctrl: true },
  { action: 'italic', key: 'i', ctrl: true },
  { action: 'underline', key: 'u', ctrl: true },
  { action: 'indent', key: 'tab', ctrl: false },
  { action: 'outdent', key: 'tab', ctrl: false, shift: true },
];

const format = (f: TextFormatType) => (editor: LexicalEditor) =>
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);
const block = (b: BlockType) => (editor: LexicalEditor) =>
  editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, b);
const command = (c: LexicalCommand<void>) => (editor: LexicalEditor) => {
  editor.dispatchCommand(c, undefined);
};
/** A command that may find nothing at the caret: then the key goes on to the next shortcut. */
const commandHere = (c: LexicalCommand<void>) => (editor: LexicalEditor) =>
  editor.dispatchCommand(c, undefined);

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'find',
    key: 'f',
    ctrl: true,
    run: (e) => e.dispatchCommand(OPEN_FIND_COMMAND, { replace: false }),
  },
  {
    action: 'replace',
    key: 'h',
    ctrl: true,
    run: (e) => e.dispatchCommand(OPEN_FIND_COMMAND, { replace: true }),
  },
  { action: 'toolbar', key: 'f10', alt: true, ctrl: false, run: command(FOCUS_TOOLBAR_COMMAND) },
  { action: 'bold', key: 'f', ctrl: true, shift: true, run: format('bold') },
  { action: 'italic', key: 'k', ctrl: true, shift: true, run: format('italic') },
  { action: 'underline', key: 'u', ctrl: true, shift: true, run: format('underline') },
  { action: 'strikethrough', key: 'x', ctrl: true, shift: true, run: format('strikethrough') },
  { action: 'subscript', key: ',', ctrl: true, run: format('subscript') },
  { action: 'superscript', key: '.', ctrl: true, run: format('superscript') },
  { action: 'subscript', key: '#', ctrl: true, run: format('subscript') },
  { action: 'superscript', key: '+', ctrl: true, run: format('superscript') },
  { action: 'superscript', key: '+', ctrl: true, shift: true, run: format('superscript') },
  {
    action: 'numbered',
    code: 'Digit7',
    ctrl: true,
    shift: true,
    run: (e) => e.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined),
  },
  {
    action: 'bullet',
    code: 'Digit8',
    ctrl: true,
    shift: true,
    run: (e) => e.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined),
  },
  // The editor's insertions: a mention (Shift+2 is "@" on English keyboards), a vote result
  // (Beschluss), a comment (Word's Ctrl+Alt+M).
  {
    action: 'mention',
    code: 'Digit2',
    ctrl: true,
    shift: true,
    run: command(OPEN_MENTION_COMMAND),
  },
  // What is at the caret, as "properties" (Alt+Enter on Windows): a mention's options (article,
  // people), else a suggestion's Annehmen/Ablehnen. The last one takes the key even when there
  // is nothing, so Alt+Enter never splits the paragraph.
  {
    action: 'speakerOptions',
    key: 'enter',
    alt: true,
    ctrl: false,
    run: commandHere(OPEN_SPEAKER_OPTIONS_COMMAND),
  },
  {
    action: 'suggestionActions',
    key: 'enter',
    alt: true,
    ctrl: false,
    run: command(OPEN_SUGGESTION_ACTIONS_COMMAND),
  },
  { action: 'vote', key: 'b', ctrl: true, alt: true, run: command(INSERT_VOTE_COMMAND) },
  { action: 'comment', key: 'm', ctrl: true, alt: true, run: command(OPEN_COMMENT_COMMAND) },
  { action: 'paragraph', code: 'Digit0', ctrl: true, alt: true, run: block('paragraph') },
  { action: 'h3', code: 'Digit3', ctrl: true, alt: true, run: block('h3') },
  { action: 'h4', code: 'Digit4', ctrl: true, alt: true, run: block('h4') },
];

/** How a shortcut is written for people: "Ctrl+Shift+7", "Alt+F10", "Shift+Tab". */
export function keysOf(shortcut: Omit<Shortcut, 'run'>): string {
  const key = shortcut.code?.replace(/^(Digit|Key)/, '') ?? shortcut.key ?? '';
  const name = key.length === 1 ? key.toUpperCase() : key[0]!.toUpperCase() + key.slice(1);
  return [shortcut.ctrl && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', name]
    .filter(Boolean)
    .join('+');
}

/**
 * The key the toolbar shows for an action: Lexical's own first (Ctrl+B before Word's
 * Ctrl+Shift+F), then the first of this table's. Undefined for an action without a key.
 */
export function shortcutFor(action: ShortcutAction): string | undefined {
  const shortcut = [...LEXICAL_KEYS, ...SHORTCUTS].find((s) => s.action === action);
  return shortcut ? keysOf(shortcut) : undefined;
}

/** Every shortcut of the table this key press stands for, in the table's order. */
export function matchShortcuts(event: KeyboardEvent, shortcuts = SHORTCUTS): Shortcut[] {
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  return shortcuts.filter((s) => {
    if (s.ctrl !== ctrl || (s.alt ?? false) !== event.altKey) return false;
    if (s.shift !== undefined && s.shift !== event.shiftKey) return false;
    if (s.shift === undefined && event.shiftKey && s.key !== '+') return false;
    return s.code !== undefined ? s.code === event.code : s.key === key;
  });
}

export function matchShortcut(event: KeyboardEvent, shortcuts = SHORTCUTS): Shortcut | null {
  return matchShortcuts(event, shortcuts)[0] ?? null;
}

export function registerShortcuts(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      for (const shortcut of matchShortcuts(event)) {
        if (shortcut.run(editor) === false) continue;
        event.preventDefault();
        return true;
      }
      return false;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
