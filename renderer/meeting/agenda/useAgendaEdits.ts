import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  addItem,
  deleteItem,
  moveItem,
  renameItem,
  setItemPublic,
} from '../../../core/model/ops/items';
import {
  afterAdd,
  afterDelete,
  afterMove,
  undoAgendaStep,
  type AgendaStep,
  type AgendaUndo,
} from '../../../core/model/ops/renumber';
import type { AgendaItem, ProtocolDocument } from '../../../core/model/schema';
import type { Translate } from '../../ui/i18n';
import { useUndoStack } from '../undo';

export interface AgendaEditsOptions {
  document: ProtocolDocument;
  onChange: (next: ProtocolDocument) => void;
  tr: Translate;
  /** The item shown in the workspace; null selects nothing. */
  selectedItemId: string | null;
  onSelect: (itemId: string) => void;
  /** A signed or locked document: nothing can be changed, only selected. */
  readOnly: boolean;
  /** How long the undo toast of a deletion stays, in ms. */
  undoTimeout: number;
  /** The DOM id of an item's row, so the focus can follow the item it concerns. */
  optionId: (itemId: string) => string;
}

export type Renaming = { id: string; focus: 'number' | 'title' } | null;

/** Whether an item can move one place up or down: not past the edge, not out of its part. */
export function canMove(
  items: readonly AgendaItem[],
  item: AgendaItem | undefined,
  withParts: boolean,
  direction: 'up' | 'down',
): boolean {
  if (!item) return false;
  const neighbour = items[items.indexOf(item) + (direction === 'up' ? -1 : 1)];
  return !!neighbour && (!withParts || neighbour.public === item.public);
}

/**
 * The agenda's changes: add, move, move to the other part, delete, rename, and their undo.
 * Whole-meeting minutes are renumbered by the body's scheme after each add, move and
 * deletion (core/model/ops/renumber); each such step, renumbering included, is one undo (toast
 * or Ctrl+Z). Each change is said to screen readers, and the focus follows the item it
 * concerns once the list has re-rendered.
 */
export function useAgendaEdits({
  document,
  onChange,
  tr,
  selectedItemId,
  onSelect,
  readOnly,
  undoTimeout,
  optionId,
}: AgendaEditsOptions) {
  const items = document.items;
  const [renaming, setRenaming] = useState<Renaming>(null);
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState('');
  const undo = useUndoStack<AgendaUndo>(document.id, undoTimeout);

  // After a move or deletion the list re-renders; focus follows the item it concerns.
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    window.document.getElementById(optionId(id))?.focus();
  });

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(''), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const numberIn = (step: AgendaStep, id: string) =>
    step.document.items.find((i) => i.id === id)?.number ?? '';
  const focusItem = (id: string) => {
    pendingFocus.current = id;
  };
  /** A menu takes the focus instead: nothing pending may take it back. */
  const dropFocus = () => {
    pendingFocus.current = null;
  };
  const say = (text: string) => {
    setAnnouncement(text);
    setNotice('');
  };
  const refuseWith = (text: string) => {
    setNotice(text);
    setAnnouncement(text);
  };

  const select = (id: string) => {
    if (id !== selectedItemId) onSelect(id);
    focusItem(id);
  };

  const add = (isPublic: boolean) => {
    if (readOnly) return;
    const { document: added, item } = addItem(document, { public: isPublic });
    const step = afterAdd(document, added, item.id);
    const number = numberIn(step, item.id);
    onChange(step.document);
    onSelect(item.id);
    setRenaming({ id: item.id, focus: 'title' });
    undo.push(tr('meeting.agenda.added', { number }), step.undo, { toast: false });
    say(tr('meeting.agenda.added', { number }));
  };

  /** A move, renumbered: one undo step, offered in the toast. */
  const commitMove = (item: AgendaItem, next: ProtocolDocument): AgendaStep => {
    const step = afterMove(document, next, item.id);
    onChange(step.document);
    undo.push(
      tr('meeting.agenda.movedToast', { from: item.number, to: numberIn(step, item.id) }),
      step.undo,
    );
    return step;
  };

  const move = (item: AgendaItem, direction: 'up' | 'down') => {
    if (readOnly) return;
    const next = moveItem(document, item.id, direction);
    focusItem(item.id);
    if (next === document) {
      say(tr('meeting.agenda.atEdge', { number: item.number }));
      return;
    }
    const step = commitMove(item, next);
    say(
      tr('meeting.agenda.moved', {
        number: numberIn(step, item.id),
        position: next.items.findIndex((i) => i.id === item.id) + 1,
      }),
    );
  };

  /** A drop at a place (drag and drop): the item may change its part on the way. */
  const moveTo = (item: AgendaItem, next: ProtocolDocument) => {
    if (next === document) return;
    const step = commitMove(item, next);
    onSelect(item.id);
    focusItem(item.id);
    const moved = next.items.find((i) => i.id === item.id)!;
    const number = numberIn(step, item.id);
    say(
      moved.public !== item.public
        ? tr(moved.public ? 'meeting.agenda.movedToPublic' : 'meeting.agenda.movedToNonPublic', {
            number,
          })
        : tr('meeting.agenda.moved', {
            number,
            position: next.items.indexOf(moved) + 1,
          }),
    );
  };

  const switchPart = (item: AgendaItem) => {
    if (readOnly) return;
    const step = commitMove(item, setItemPublic(document, item.id, !item.public));
    focusItem(item.id);
    say(
      tr(item.public ? 'meeting.agenda.movedToNonPublic' : 'meeting.agenda.movedToPublic', {
        number: numberIn(step, item.id),
      }),
    );
  };

  const remove = (item: AgendaItem) => {
    if (readOnly) return;
    const result = deleteItem(document, item.id);
    if (!result.ok) {
      refuseWith(tr(result.reason, result.params));
      return;
    }
    const index = items.indexOf(item);
    const neighbour = result.document.items[Math.min(index, result.document.items.length - 1)];
    const step = afterDelete(document, result.document, result.deleted);
    onChange(step.document);
    if (neighbour) select(neighbour.id);
    undo.push(tr('meeting.agenda.deleted', { number: item.number }), step.undo);
    say(tr('meeting.agenda.deleted', { number: item.number }));
  };

  const restore = (entryId?: number) => {
    const entry = undo.take(entryId);
    if (!entry) return;
    const payload = entry.payload;
    const next = undoAgendaStep(document, payload);
    onChange(next);
    const id = payload.kind === 'delete' ? payload.deleted.item.id : payload.itemId;
    const number = (payload.numbers.find(([itemId]) => itemId === id) ?? [])[1] ?? '';
    if (payload.kind === 'add') {
      const at = Math.min(
        Math.max(0, items.findIndex((i) => i.id === id) - 1),
        next.items.length - 1,
      );
      const neighbour = next.items[at];
      if (neighbour) select(neighbour.id);
      say(tr('meeting.agenda.addUndone', { number: items.find((i) => i.id === id)?.number ?? '' }));
      return;
    }
    onSelect(id);
    focusItem(id);
    if (payload.kind === 'move') say(tr('meeting.agenda.moveUndone', { number }));
    else say(tr('meeting.agenda.restored', { number: payload.deleted.item.number }));
  };

  const rename = (item: AgendaItem, number: string, title: string): string | null => {
    const result = renameItem(document, item.id, { number, title });
    if (!result.ok) return tr(result.reason, result.params);
    if (result.document !== document) onChange(result.document);
    setRenaming(null);
    focusItem(item.id);
    return null;
  };

  const startRename = (item: AgendaItem) => {
    if (!readOnly) setRenaming({ id: item.id, focus: 'title' });
  };
  const cancelRename = (item: AgendaItem) => {
    setRenaming(null);
    focusItem(item.id);
  };

  return {
    renaming,
    announcement,
    notice,
    undo,
    select,
    focusItem,
    dropFocus,
    add,
    move,
    moveTo,
    switchPart,
    remove,
    restore,
    rename,
    startRename,
    cancelRename,
  };
}

export type AgendaEdits = ReturnType<typeof useAgendaEdits>;
