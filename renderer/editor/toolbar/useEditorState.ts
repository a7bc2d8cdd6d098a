import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import {
  $readFormatState,
  NO_FORMAT,
  sameFormatState,
  type FormatState,
} from '../format/selectionState';

export interface ToolbarState extends FormatState {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The toolbar's view of the editor. Read on every update (cheap), but React re-renders only
 * when a pressed state actually changes, so typing inside one run of text renders nothing.
 */
export function useEditorState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<FormatState>(NO_FORMAT);
  // Compared outside React: a keystroke that changes no pressed state costs no render.
  const shown = useRef<FormatState>(NO_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readFormatState);
          if (sameFormatState(shown.current, next)) return;
          shown.current = next;
          setFormat(next);
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return { ...format, canUndo, canRedo };
}
