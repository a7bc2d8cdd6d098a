import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { copyToClipboard } from '@lexical/clipboard';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  CUT_TAG,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_ARROW_UP_COMMAND,
  PASTE_COMMAND,
  SELECTION_CHANGE_COMMAND,
  REMOVE_TEXT_COMMAND,
  RootNode,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import { DROP_TEXT_COMMAND } from '../commands';
import { $isProtocolSectionNode, ProtocolSectionNode } from '../nodes/ProtocolSectionNode';
import {
  $ensureSectionHasBlock,
  $isAtSectionEnd,
  $isAtSectionStart,
  $removeTextAcrossSections,
  $repairSectionStructure,
  $sectionOf,
  $selectionSpansSections,
  $startsWithParagraph,
  $unwrapNestedSection,
  type SectionFrame,
} from './structure';

/**
 * Keeps the protocol's sections in place whatever the keyboard, clipboard or mouse does.
 * Commands that would act on a range over two sections first remove the text section by
 * section (then typing, Enter or paste continue in the first section as usual); deletions
 * that would cross a section border from a caret do nothing; the root transform repairs
 * anything that slipped past.
 */
export function registerSectionGuard(
  editor: LexicalEditor,
  frames: readonly SectionFrame[],
): () => void {
  /** A range over sections is cleared; `consume` decides whether the command ends here. */
  const clearSpanningRange = (consume: boolean) => (): boolean => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !$selectionSpansSections(selection)) return false;
    $removeTextAcrossSections(selection);
    return consume;
  };

  const guardDelete = (isBackward: boolean): boolean => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
    if ($selectionSpansSections(selection)) {
      $removeTextAcrossSections(selection);
      return true;
    }
    if (!selection.isCollapsed() || $sectionOf(selection.anchor.getNode()) === null) return false;
    if (isBackward && $isAtSectionStart(selection)) {
      // A list item, heading or quote at the start turns into a paragraph first (Lexical's
      // own collapse, within the section); a paragraph there has nowhere to go.
      return $startsWithParagraph(selection) || isInTable(selection);
    }
    if (!isBackward && $isAtSectionEnd(selection)) return true;
    return false;
  };

  /** Arrow keys at a section's edge go on into the next section's text. */
  const crossBorder =
    (forward: boolean) =>
    (event: KeyboardEvent | null): boolean => {
      if (event?.shiftKey) return false;
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
      const section = $sectionOf(selection.anchor.getNode());
      if (section === null) return false;
      if (forward ? !$isAtSectionEnd(selection) : !$isAtSectionStart(selection)) return false;
      const next = forward ? section.getNextSibling() : section.getPreviousSibling();
      if (!$isProtocolSectionNode(next)) return false;
      event?.preventDefault();
      if (forward) next.selectStart();
      else next.selectEnd();
      return true;
    };

  return mergeRegister(
    editor.registerCommand(KEY_ARROW_DOWN_COMMAND, crossBorder(true), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_ARROW_RIGHT_COMMAND, crossBorder(true), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_ARROW_UP_COMMAND, crossBorder(false), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_ARROW_LEFT_COMMAND, crossBorder(false), COMMAND_PRIORITY_CRITICAL),
    // A caret between two sections (a click beside a title) belongs into the section below.
    editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
        const anchor = selection.anchor;
        if (anchor.type !== 'element' || !$isRootNode(anchor.getNode())) return false;
        const root = $getRoot();
        const below = root.getChildAtIndex(anchor.offset);
        if ($isProtocolSectionNode(below)) below.selectStart();
        else if ($isProtocolSectionNode(root.getLastChild()))
          root.getLastChildOrThrow().selectEnd();
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerNodeTransform(RootNode, (root) => $repairSectionStructure(root, frames)),
    editor.registerNodeTransform(ProtocolSectionNode, (section) => {
      if (!$unwrapNestedSection(section)) $ensureSectionHasBlock(section);
    }),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (isBackward) => guardDelete(isBackward),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_WORD_COMMAND,
      (isBackward) => guardDelete(isBackward),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_LINE_COMMAND,
      (isBackward) => guardDelete(isBackward),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      clearSpanningRange(true),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      clearSpanningRange(false),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      INSERT_PARAGRAPH_COMMAND,
      clearSpanningRange(false),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      clearSpanningRange(false),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(PASTE_COMMAND, clearSpanningRange(false), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !$selectionSpansSections(selection)) return false;
        // Copy what is selected (the blocks, without section wrappers), then remove the text
        // section by section instead of Lexical's whole-document removal.
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() => {
          editor.update(
            () => {
              const current = $getSelection();
              if ($isRangeSelection(current)) $removeTextAcrossSections(current);
            },
            { tag: CUT_TAG },
          );
        });
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    // Dragging text inside the page would move blocks between sections behind the guards'
    // back; the clerk cuts and pastes instead. Text dropped from another program is inserted
    // like a paste, through the sanitizer.
    editor.registerCommand(
      DRAGSTART_COMMAND,
      (event) => {
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        event.preventDefault();
        editor.dispatchCommand(DROP_TEXT_COMMAND, event);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

function isInTable(selection: RangeSelection): boolean {
  return $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null;
}

export function SectionGuardPlugin({ frames }: { frames: readonly SectionFrame[] }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSectionGuard(editor, frames), [editor, frames]);
  return null;
}
