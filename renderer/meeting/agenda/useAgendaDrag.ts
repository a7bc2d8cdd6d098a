import { useState, type DragEvent } from 'react';
import { moveItemTo } from '../../../core/model/ops/items';
import type { AgendaItem, ProtocolDocument } from '../../../core/model/schema';
import { dropPlacement, type DropTarget } from './drop';

const DRAG_TYPE = 'application/x-protokollant-item';

/**
 * Drag and drop of agenda items (HTML5): the row under the pointer shows where the item would
 * land, before or after it, or into an empty part; the drop hands the new order to `moveTo`.
 */
export function useAgendaDrag({
  document,
  readOnly,
  label,
  moveTo,
}: {
  document: ProtocolDocument;
  readOnly: boolean;
  /** What a drag carries as text: "TOP 3 Haushalt". */
  label: (item: AgendaItem) => string;
  moveTo: (item: AgendaItem, next: ProtocolDocument) => void;
}) {
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropTarget | null>(null);

  const start = (event: DragEvent, item: AgendaItem) => {
    event.dataTransfer.setData(DRAG_TYPE, item.id);
    event.dataTransfer.setData('text/plain', label(item));
    event.dataTransfer.effectAllowed = 'move';
    setDragId(item.id);
  };
  const overItem = (event: DragEvent, item: AgendaItem) => {
    if (!dragId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const rect = event.currentTarget.getBoundingClientRect();
    const position = event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
    if (drop?.kind !== 'item' || drop.id !== item.id || drop.position !== position) {
      setDrop({ kind: 'item', id: item.id, position });
    }
  };
  const overPart = (event: DragEvent, isPublic: boolean) => {
    if (!dragId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (drop?.kind !== 'part' || drop.public !== isPublic)
      setDrop({ kind: 'part', public: isPublic });
  };
  const end = () => {
    setDragId(null);
    setDrop(null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const id = dragId ?? event.dataTransfer.getData(DRAG_TYPE);
    const target = drop;
    end();
    if (!id || !target || readOnly) return;
    const placement = dropPlacement(document, id, target);
    const item = document.items.find((i) => i.id === id);
    if (!placement || !item) return;
    moveTo(item, moveItemTo(document, id, placement.index, placement.public));
  };
  /** The pointer left the list: no row shows a landing place. */
  const leave = () => setDrop(null);

  /** The class a row gets while an item is dragged over it. */
  const itemClass = (item: AgendaItem) =>
    drop?.kind === 'item' && drop.id === item.id && dragId !== item.id
      ? ` is-drop-${drop.position}`
      : '';
  const overPartNow = (isPublic: boolean) => drop?.kind === 'part' && drop.public === isPublic;

  return { dragId, start, overItem, overPart, end, onDrop, leave, itemClass, overPartNow };
}

export type AgendaDrag = ReturnType<typeof useAgendaDrag>;
