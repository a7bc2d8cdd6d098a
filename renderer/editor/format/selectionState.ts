import { $isListItemNode, $isListNode, type ListType } from '@lexical/list';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { BlockType } from '../commands';
import { blockTypeOf } from './blockType';

/** What the toolbar shows as pressed or available, read from the selection. */
export interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  subscript: boolean;
  superscript: boolean;
  block: BlockType | 'other';
  list: ListType | null;
  inTable: boolean;
  headerRow: boolean;
  /** Text is selected (something to comment on). */
  textSelected: boolean;
}

export const NO_FORMAT: FormatState = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  subscript: false,
  superscript: false,
  block: 'paragraph',
  list: null,
  inTable: false,
  headerRow: false,
  textSelected: false,
};

function $blockOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(
    node,
    (n): n is ElementNode =>
      $isElementNode(n) &&
      !n.isInline() &&
      ($isRootOrShadowRoot(n.getParent()) || $isListItemNode(n)),
  );
}

export function $readFormatState(): FormatState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  const list = $findMatchingParent(anchor, $isListNode);
  const cell = $findMatchingParent(anchor, $isTableCellNode);
  const row = cell?.getParent();
  const headerRow =
    cell !== null &&
    row != null &&
    row.getChildren().every((c) => $isTableCellNode(c) && c.hasHeaderState(1));
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    subscript: selection.hasFormat('subscript'),
    superscript: selection.hasFormat('superscript'),
    block: list ? 'other' : blockTypeOf($blockOf(anchor)),
    list: list ? list.getListType() : null,
    inTable: cell !== null,
    headerRow,
    textSelected: !selection.isCollapsed(),
  };
}

export function sameFormatState(a: FormatState, b: FormatState): boolean {
  return (Object.keys(a) as (keyof FormatState)[]).every((k) => a[k] === b[k]);
}
