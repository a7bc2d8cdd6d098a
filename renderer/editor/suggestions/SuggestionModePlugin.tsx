import { copyToClipboard } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_BEFORE_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  CUT_TAG,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import { createId } from '../../../core/model/ids';
import { DROP_TEXT_COMMAND, INSERT_INLINE_COMMAND } from '../commands';
import {
  $suggestDeleteCharacter,
  $suggestDeleteRange,
  $suggestInsertNodes,
  $suggestInsertText,
  type SuggestionAuthor,
} from './suggest';

function $range(): RangeSelection | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection : null;
}

/** Ctrl+Backspace and the like: the range the browser's word or line step would delete. */
function $suggestDeleteBy(
  who: SuggestionAuthor,
  backward: boolean,
  granularity: 'word' | 'lineboundary',
): boolean {
  const selection = $range();
  if (selection === null) return false;
  if (!selection.isCollapsed()) {
    $suggestDeleteRange(selection, who, backward);
    return true;
  }
  const range = selection.clone();
  range.modify('extend', backward, granularity);
  if (range.isCollapsed()) return true;
  $suggestDeleteRange(range, who, backward);
  return true;
}

const INSERT_TYPES = new Set(['insertText', 'insertReplacementText', 'insertFromYank']);

/**
 * Suggestion mode: while registered, every text change of the clerk is proposed instead of
 * made (core/review/suggestions.ts). Typing, Backspace/Delete (by character, word or line),
 * cut, paste (as plain text) and typing over a selection are tracked; new paragraphs and
 * formatting are made as usual, untracked; drops are refused. Nothing is registered while the
 * mode is off, so ordinary typing pays nothing for it.
 */
export function registerSuggestionMode(editor: LexicalEditor, who: SuggestionAuthor): () => void {
  const priority = COMMAND_PRIORITY_BEFORE_CRITICAL;
  const insert = (text: string): boolean => {
    const selection = $range();
    if (selection === null) return false;
    $suggestInsertText(selection, text, who);
    return true;
  };
  // Enter over a selection: the selected text is proposed for deletion, then the paragraph is
  // split as usual (untracked).
  const deleteSelected = (): false => {
    const selection = $range();
    if (selection && !selection.isCollapsed()) $suggestDeleteRange(selection, who, false);
    return false;
  };
  return mergeRegister(
    editor.registerCommand(
      BEFORE_INPUT_COMMAND,
      (event) => {
        const type = event.inputType;
        if (INSERT_TYPES.has(type)) {
          const data = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
          if (data === '' || data === '\n' || data === '\n\n') return false;
          event.preventDefault();
          return insert(data.replace(/\r?\n/g, ' '));
        }
        switch (type) {
          case 'deleteContentBackward':
          case 'deleteContent':
          case 'deleteContentForward': {
            event.preventDefault();
            const selection = $range();
            if (selection)
              $suggestDeleteCharacter(selection, who, type === 'deleteContentBackward');
            return true;
          }
          case 'deleteWordBackward':
          case 'deleteWordForward':
            event.preventDefault();
            return $suggestDeleteBy(who, type === 'deleteWordBackward', 'word');
          case 'deleteSoftLineBackward':
          case 'deleteHardLineBackward':
          case 'deleteSoftLineForward':
          case 'deleteHardLineForward':
            event.preventDefault();
            return $suggestDeleteBy(who, type.endsWith('Backward'), 'lineboundary');
          case 'deleteByCut':
          case 'deleteByDrag': {
            event.preventDefault();
            const selection = $range();
            if (selection) $suggestDeleteRange(selection, who, true);
            return true;
          }
          default:
            return false;
        }
      },
      priority,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => {
        const text =
          typeof payload === 'string'
            ? payload
            : (payload.data ?? payload.dataTransfer?.getData('text/plain') ?? '');
        if (text === '') return typeof payload !== 'string';
        return insert(text.replace(/\r?\n/g, ' '));
      },
      priority,
    ),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (backward) => {
        const selection = $range();
        if (selection === null) return false;
        $suggestDeleteCharacter(selection, who, backward);
        return true;
      },
      priority,
    ),
    editor.registerCommand(DELETE_WORD_COMMAND, (b) => $suggestDeleteBy(who, b, 'word'), priority),
    editor.registerCommand(
      DELETE_LINE_COMMAND,
      (b) => $suggestDeleteBy(who, b, 'lineboundary'),
      priority,
    ),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      () => {
        const selection = $range();
        if (selection === null) return false;
        $suggestDeleteRange(selection, who, true);
        return true;
      },
      priority,
    ),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        const selection = $range();
        if (selection === null || selection.isCollapsed()) return false;
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() => {
          editor.update(
            () => {
              const current = $range();
              if (current) $suggestDeleteRange(current, who, true);
            },
            { tag: CUT_TAG },
          );
        });
        return true;
      },
      priority,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = 'clipboardData' in event ? event.clipboardData : null;
        const text = data?.getData('text/plain') ?? '';
        event.preventDefault();
        if (text === '') return true;
        // A paste is proposed as plain text in the paragraph (lines joined): structure is not
        // tracked.
        return insert(text.replace(/\s*\r?\n\s*/g, ' ').trim());
      },
      priority,
    ),
    // Enter over a selection: the selected text is proposed for deletion, then the paragraph
    // is split as usual (untracked).
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => deleteSelected(), priority),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => deleteSelected(), priority),
    editor.registerCommand(
      INSERT_INLINE_COMMAND,
      (nodes) => {
        const selection = $range();
        if (selection === null) return false;
        $suggestInsertNodes(selection, nodes, who);
        return true;
      },
      priority,
    ),
    editor.registerCommand(DROP_TEXT_COMMAND, () => true, priority),
  );
}

export interface SuggestionModePluginProps {
  author: string;
}

/** Mounted only while suggestion mode is on (and the text is editable). */
export function SuggestionModePlugin({ author }: SuggestionModePluginProps): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      registerSuggestionMode(editor, {
        author,
        now: () => new Date().toISOString(),
        newId: () => createId('s'),
      }),
    [editor, author],
  );
  return null;
}
