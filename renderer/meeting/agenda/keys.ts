import type { KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../core/model/schema';
import type { AgendaEdits } from './useAgendaEdits';

export interface AgendaKeysContext {
  items: readonly AgendaItem[];
  /** The item with the list's tab stop. */
  active: AgendaItem;
  withParts: boolean;
  readOnly: boolean;
  edits: AgendaEdits;
  /** Enter on an item: the workspace may move the focus into its text. */
  onActivate?: (itemId: string) => void;
  /** The context menu key or Shift+F10: the item's menu under its row. */
  openMenu: (item: AgendaItem) => void;
}

/**
 * The agenda list's keys: arrows, Home and End move the selection; Alt+arrows move the item;
 * F2 renames, Delete deletes, Insert or Alt+N adds, Ctrl+Z undoes the last agenda step. The
 * list says them to screen readers (meeting.agenda.keys).
 */
export function agendaKeyDown(event: KeyboardEvent, context: AgendaKeysContext): void {
  const { items, active, withParts, readOnly, edits } = context;
  const index = items.indexOf(active);
  const key = event.key;
  const handled = () => {
    event.preventDefault();
    event.stopPropagation();
  };
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    handled();
    if (event.altKey) return edits.move(active, key === 'ArrowUp' ? 'up' : 'down');
    const next = items[index + (key === 'ArrowUp' ? -1 : 1)];
    if (next) edits.select(next.id);
  } else if (key === 'Home' || key === 'End') {
    handled();
    const next = key === 'Home' ? items[0] : items.at(-1);
    if (next) edits.select(next.id);
  } else if (key === 'Enter') {
    handled();
    context.onActivate?.(active.id);
  } else if (key === 'F2' && !readOnly) {
    handled();
    edits.startRename(active);
  } else if ((key === 'Delete' || key === 'Backspace') && !readOnly) {
    handled();
    edits.remove(active);
  } else if ((key === 'Insert' || (event.altKey && key.toLowerCase() === 'n')) && !readOnly) {
    handled();
    edits.add(withParts ? active.public : true);
  } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && key.toLowerCase() === 'z') {
    handled();
    edits.restore();
  } else if (key === 'ContextMenu' || (event.shiftKey && key === 'F10')) {
    handled();
    context.openMenu(active);
  }
}
