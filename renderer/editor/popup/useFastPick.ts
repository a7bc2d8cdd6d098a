import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_NORMAL,
  KEY_ENTER_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef } from 'react';

export interface FastPick {
  /** What the menu shows now: the query it was drawn for and how many options it has. */
  shownQuery: string | null;
  shownCount: number;
  /** Inside an update: the query typed before the caret now, or null when none is open. */
  $typedQuery(): string | null;
  /** Inside an update: inserts the best match of what is typed now; false when none fits. */
  $insertBest(): boolean;
  onClosed(): void;
}

/**
 * Enter or Tab typed faster than a typeahead menu was drawn: the menu's options belong to an
 * older query (or there are none yet), so the best match of what is typed now is taken here.
 * When the menu is current, the keys are left to it.
 */
export function useFastPick(editor: LexicalEditor, pick: FastPick): void {
  const latest = useRef(pick);
  useEffect(() => {
    latest.current = pick;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent | null): boolean => {
      if (event?.shiftKey) return false;
      const { shownQuery, shownCount, $typedQuery, $insertBest, onClosed } = latest.current;
      const typed = $typedQuery();
      if (typed === null) return false;
      if (typed === shownQuery && shownCount > 0) return false;
      if (!$insertBest()) return false;
      event?.preventDefault();
      onClosed();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(KEY_ENTER_COMMAND, onKey, COMMAND_PRIORITY_NORMAL),
      editor.registerCommand(KEY_TAB_COMMAND, onKey, COMMAND_PRIORITY_NORMAL),
    );
  }, [editor]);
}
