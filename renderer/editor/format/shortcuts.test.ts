import { COMMAND_PRIORITY_LOW, createEditor, KEY_DOWN_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { OPEN_SPEAKER_OPTIONS_COMMAND, OPEN_SUGGESTION_ACTIONS_COMMAND } from '../commands';
import {
  LEXICAL_KEYS,
  SHORTCUTS,
  keysOf,
  matchShortcut,
  matchShortcuts,
  registerShortcuts,
  shortcutFor,
} from './shortcuts';

/** The key press a written shortcut stands for, as the browser would report it. */
function press(written: string, code?: string): KeyboardEvent {
  const parts = written.split('+');
  // "Ctrl++" ends in an empty part: the key is "+".
  const key = parts.at(-1) === '' ? '+' : parts.at(-1)!;
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    code: code ?? '',
    ctrlKey: parts.includes('Ctrl'),
    metaKey: false,
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  } as KeyboardEvent;
}

describe('editor shortcuts', () => {
  it('gives the toolbar the keys it showed before it read them from this table', () => {
    expect(
      Object.fromEntries(
        (
          [
            'undo',
            'redo',
            'bold',
            'italic',
            'underline',
            'strikethrough',
            'subscript',
            'superscript',
            'numbered',
            'bullet',
            'outdent',
            'indent',
            'mention',
            'speakerOptions',
            'suggestionActions',
            'vote',
            'comment',
            'find',
            'paragraph',
            'h3',
            'quote',
          ] as const
        ).map((action) => [action, shortcutFor(action)]),
      ),
    ).toEqual({
      undo: 'Ctrl+Z',
      redo: 'Ctrl+Y',
      bold: 'Ctrl+B',
      italic: 'Ctrl+I',
      underline: 'Ctrl+U',
      strikethrough: 'Ctrl+Shift+X',
      subscript: 'Ctrl+,',
      superscript: 'Ctrl+.',
      numbered: 'Ctrl+Shift+7',
      bullet: 'Ctrl+Shift+8',
      outdent: 'Shift+Tab',
      indent: 'Tab',
      mention: 'Ctrl+Shift+2',
      speakerOptions: 'Alt+Enter',
      suggestionActions: 'Alt+Enter',
      vote: 'Ctrl+Alt+B',
      comment: 'Ctrl+Alt+M',
      find: 'Ctrl+F',
      paragraph: 'Ctrl+Alt+0',
      h3: 'Ctrl+Alt+3',
      quote: undefined,
    });
  });

  it('matches every written shortcut of the table to its own action', () => {
    for (const shortcut of SHORTCUTS) {
      const event = press(keysOf(shortcut), shortcut.code);
      expect(
        matchShortcuts(event).map((s) => s.action),
        keysOf(shortcut),
      ).toContain(shortcut.action);
    }
  });

  it('leaves the keys Lexical handles itself to Lexical', () => {
    for (const shortcut of LEXICAL_KEYS) {
      expect(matchShortcut(press(keysOf(shortcut))), keysOf(shortcut)).toBeNull();
    }
  });
});

describe('one key for what is at the caret', () => {
  it('Alt+Enter asks the mention first and goes on to the suggestion when there is none; the key never reaches the text', () => {
    const editor = createEditor({
      onError: (error) => {
        throw error;
      },
    });
    registerShortcuts(editor);
    const asked: string[] = [];
    let mentionHere = false;
    editor.registerCommand(
      OPEN_SPEAKER_OPTIONS_COMMAND,
      () => {
        asked.push('mention');
        return mentionHere;
      },
      COMMAND_PRIORITY_LOW,
    );
    editor.registerCommand(
      OPEN_SUGGESTION_ACTIONS_COMMAND,
      () => {
        asked.push('suggestion');
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    const altEnter = () => {
      let prevented = false;
      const event = { ...press('Alt+Enter'), preventDefault: () => (prevented = true) };
      const handled = editor.dispatchCommand(KEY_DOWN_COMMAND, event as unknown as KeyboardEvent);
      return { handled, prevented };
    };
    expect(matchShortcuts(press('Alt+Enter')).map((s) => s.action)).toEqual([
      'speakerOptions',
      'suggestionActions',
    ]);
    // No mention at the caret: the suggestion is asked; with none either, the key is still
    // taken (Alt+Enter does not split the paragraph).
    expect(altEnter()).toEqual({ handled: true, prevented: true });
    expect(asked).toEqual(['mention', 'suggestion']);
    asked.length = 0;
    mentionHere = true;
    expect(altEnter()).toEqual({ handled: true, prevented: true });
    expect(asked).toEqual(['mention']);
  });
});
