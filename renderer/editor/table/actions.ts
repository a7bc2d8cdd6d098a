import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableNodeFromLexicalNodeOrThrow,
  $getTableRowIndexFromTableCellNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableSelection,
  $setTableRowIsHeader,
  TableCellHeaderStates,
} from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  createCommand,
  type LexicalCommand,
} from 'lexical';
import type { TableCellNode } from '@lexical/table';

/** What the table menu can do to the table around the caret. */
export type TableAction =
  | 'rowAbove'
  | 'rowBelow'
  | 'columnLeft'
  | 'columnRight'
  | 'deleteRow'
  | 'deleteColumn'
  | 'toggleHeader'
  | 'delete';

export const TABLE_ACTIONS: readonly TableAction[] = [
  'rowAbove',
  'rowBelow',
  'columnLeft',
  'columnRight',
  'deleteRow',
  'deleteColumn',
  'toggleHeader',
  'delete',
];

export const TABLE_ACTION_COMMAND: LexicalCommand<TableAction> = createCommand('TABLE_ACTION');

function $currentCell(): TableCellNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    return $findMatchingParent(selection.anchor.getNode(), $isTableCellNode);
  }
  if ($isTableSelection(selection)) {
    return $findMatchingParent(selection.anchor.getNode(), $isTableCellNode);
  }
  return null;
}

export function $runTableAction(action: TableAction): boolean {
  const cell = $currentCell();
  if (cell === null) return false;
  const table = $getTableNodeFromLexicalNodeOrThrow(cell);
  switch (action) {
    case 'rowAbove':
      $insertTableRowAtSelection(false);
      break;
    case 'rowBelow':
      $insertTableRowAtSelection(true);
      break;
    case 'columnLeft':
      $insertTableColumnAtSelection(false);
      break;
    case 'columnRight':
      $insertTableColumnAtSelection(true);
      break;
    case 'deleteRow':
      if (table.getChildrenSize() <= 1) return $removeTable(table);
      $deleteTableRowAtSelection();
      break;
    case 'deleteColumn': {
      const row = cell.getParent();
      if (row !== null && row.getChildrenSize() <= 1) return $removeTable(table);
      $deleteTableColumnAtSelection();
      break;
    }
    case 'toggleHeader': {
      const index = $getTableRowIndexFromTableCellNode(cell);
      $setTableRowIsHeader(table, index, !cell.hasHeaderState(TableCellHeaderStates.ROW));
      break;
    }
    case 'delete':
      return $removeTable(table);
  }
  return true;
}

function $removeTable(table: ReturnType<typeof $getTableNodeFromLexicalNodeOrThrow>): boolean {
  const paragraph = $createParagraphNode();
  table.replace(paragraph);
  paragraph.select();
  return true;
}
