import { describe, expect, it } from 'vitest';
import { LEXICAL_KEYS, SHORTCUTS, keysOf, matchShortcut, shortcutFor } from './shortcuts';

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
      expect(matchShortcut(event)?.action, keysOf(shortcut)).toBe(shortcut.action);
    }
  });

  it('leaves the keys Lexical handles itself to Lexical', () => {
    for (const shortcut of LEXICAL_KEYS) {
      expect(matchShortcut(press(keysOf(shortcut))), keysOf(shortcut)).toBeNull();
    }
  });
});
