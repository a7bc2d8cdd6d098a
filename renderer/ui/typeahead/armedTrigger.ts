import {
  $setSelection,
  $getSelection,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A typeahead menu costs nothing while the clerk types ordinary text: it is mounted only
 * after a trigger key ("@", "+", "/") left a matching text before the caret, and unmounted
 * when it closes. A keystroke pays one string comparison in a keydown listener; the menu's
 * own update listener exists only while the menu is armed.
 */
export interface ArmedTrigger {
  armed: boolean;
  /** Mounts the menu now (the trigger text is already in the editor, e.g. from a shortcut). */
  arm(): void;
  disarm(): void;
}

export function useArmedTrigger(
  editor: LexicalEditor,
  keys: readonly string[],
  /** Read in the editor state after the key's text arrived: does the text before the caret match? */
  $matches: () => boolean,
  enabled: boolean,
): ArmedTrigger {
  const [armed, setArmed] = useState(false);
  const test = useRef($matches);
  useEffect(() => {
    test.current = $matches;
  });

  useEffect(() => {
    if (!enabled) return;
    let pending: (() => void) | null = null;
    const stop = () => {
      pending?.();
      pending = null;
    };
    const unregister = editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (!keys.includes(event.key)) return false;
        stop();
        // The character is inserted after keydown: look at the first update that changes
        // the text, then stop listening.
        const off = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements, editorState }) => {
          if (dirtyLeaves.size === 0 && dirtyElements.size === 0) return;
          stop();
          if (editorState.read(() => test.current())) setArmed(true);
        });
        const timer = setTimeout(stop, 1000);
        pending = () => {
          off();
          clearTimeout(timer);
        };
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      unregister();
      stop();
    };
    // The keys are constants of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, enabled]);

  const arm = useCallback(() => setArmed(true), []);
  const disarm = useCallback(() => setArmed(false), []);
  return { armed: armed && enabled, arm, disarm };
}

/**
 * Makes the typeahead plugin look at the text once more: it reads the text on editor updates
 * only, and it was mounted after the update that brought the trigger.
 */
export function nudgeUpdate(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection();
    if (selection !== null) $setSelection(selection.clone());
  });
}
