import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import type { Lang } from '../../core/i18n/catalog';
import {
  addItem,
  deleteItem,
  hasParts,
  moveItem,
  moveItemTo,
  renameItem,
  setItemPublic,
} from '../../core/model/ops/items';
import {
  afterAdd,
  afterDelete,
  afterMove,
  undoAgendaStep,
  type AgendaStep,
  type AgendaUndo,
} from '../../core/model/ops/renumber';
import type { AgendaItem, ProtocolDocument } from '../../core/model/schema';
import { dropPlacement, type DropTarget } from './agenda/drop';
import { AgendaToolbar } from './agenda/AgendaToolbar';
import { ItemMenu, type ItemMenuAction } from './agenda/ItemMenu';
import { RenameRow } from './agenda/RenameRow';
import { translator } from '../ui/i18n';
import { Icon } from './icons';
import { useDomId } from './ids';
import { useUndoStack } from './undo';
import { UndoToast } from './UndoToast';
import './meeting.css';
import './agenda/agenda.css';

export interface AgendaSidebarProps {
  document: ProtocolDocument;
  onChange: (next: ProtocolDocument) => void;
  lang: Lang;
  /** The item shown in the workspace; null selects nothing. */
  selectedItemId: string | null;
  onSelect: (itemId: string) => void;
  /** Enter on an item: the workspace may move the focus into its text. */
  onActivate?: (itemId: string) => void;
  /** A signed or locked document: nothing can be changed, only selected. */
  readOnly?: boolean;
  /** How long the undo toast of a deletion stays, in ms. */
  undoTimeout?: number;
}

const DRAG_TYPE = 'application/x-protokollant-item';

/**
 * The agenda of a document: the items as a listbox (grouped into the public and non-public
 * part for whole-meeting minutes), with selection, adding, inline renaming, reordering by
 * keyboard and by drag, moving between the parts, and deletion. Whole-meeting minutes are
 * renumbered by the body's scheme after each add, move and deletion (core/model/ops/renumber),
 * and each such step, renumbering included, is one undo (toast or Ctrl+Z). One tab stop: the
 * selected item; the arrow keys move within the list (roving tabindex).
 */
export function AgendaSidebar({
  document,
  onChange,
  lang,
  selectedItemId,
  onSelect,
  onActivate,
  readOnly = false,
  undoTimeout = 8000,
}: AgendaSidebarProps) {
  const tr = translator(lang);
  const domId = useDomId();
  const items = document.items;
  const withParts = hasParts(document);
  const activeId =
    selectedItemId && items.some((i) => i.id === selectedItemId)
      ? selectedItemId
      : (items[0]?.id ?? null);
  const active = items.find((i) => i.id === activeId);

  const [renaming, setRenaming] = useState<{ id: string; focus: 'number' | 'title' } | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropTarget | null>(null);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState('');
  const undo = useUndoStack<AgendaUndo>(document.id, undoTimeout);

  // After a move or deletion the list re-renders; focus follows the item it concerns.
  const pendingFocus = useRef<string | null>(null);
  const optionId = (id: string) => domId(`item-${id}`);
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

  const label = (item: AgendaItem) => tr('meeting.agenda.itemLabel', { number: item.number });
  const numberIn = (step: AgendaStep, id: string) =>
    step.document.items.find((i) => i.id === id)?.number ?? '';
  const focusItem = (id: string) => {
    pendingFocus.current = id;
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

  const commitRename = (item: AgendaItem, number: string, title: string): string | null => {
    const result = renameItem(document, item.id, { number, title });
    if (!result.ok) return tr(result.reason, result.params);
    if (result.document !== document) onChange(result.document);
    setRenaming(null);
    focusItem(item.id);
    return null;
  };

  const runMenu = (item: AgendaItem, action: ItemMenuAction) => {
    setMenu(null);
    focusItem(item.id);
    switch (action) {
      case 'rename':
        setRenaming({ id: item.id, focus: 'title' });
        break;
      case 'up':
      case 'down':
        move(item, action);
        break;
      case 'part':
        switchPart(item);
        break;
      case 'delete':
        remove(item);
        break;
      case 'addPublic':
        add(true);
        break;
      case 'addNonPublic':
        add(false);
        break;
    }
  };

  const openMenuAt = (item: AgendaItem, x: number, y: number) => {
    if (readOnly) return;
    // Select without taking the focus: the menu takes it.
    if (item.id !== selectedItemId) onSelect(item.id);
    pendingFocus.current = null;
    setMenu({ id: item.id, x, y });
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!active || renaming) return;
    const index = items.indexOf(active);
    const key = event.key;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      handled();
      if (event.altKey) return move(active, key === 'ArrowUp' ? 'up' : 'down');
      const next = items[index + (key === 'ArrowUp' ? -1 : 1)];
      if (next) select(next.id);
    } else if (key === 'Home' || key === 'End') {
      handled();
      const next = key === 'Home' ? items[0] : items.at(-1);
      if (next) select(next.id);
    } else if (key === 'Enter') {
      handled();
      onActivate?.(active.id);
    } else if (key === 'F2' && !readOnly) {
      handled();
      setRenaming({ id: active.id, focus: 'title' });
    } else if ((key === 'Delete' || key === 'Backspace') && !readOnly) {
      handled();
      remove(active);
    } else if ((key === 'Insert' || (event.altKey && key.toLowerCase() === 'n')) && !readOnly) {
      handled();
      add(withParts ? active.public : true);
    } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && key.toLowerCase() === 'z') {
      handled();
      restore();
    } else if (key === 'ContextMenu' || (event.shiftKey && key === 'F10')) {
      handled();
      const rect = window.document.getElementById(optionId(active.id))?.getBoundingClientRect();
      if (rect) openMenuAt(active, rect.left + 24, rect.bottom);
    }
  };

  // Drag and drop (HTML5): the row under the pointer shows where the item would land.
  const onDragStart = (event: DragEvent, item: AgendaItem) => {
    event.dataTransfer.setData(DRAG_TYPE, item.id);
    event.dataTransfer.setData('text/plain', `${label(item)} ${item.title}`);
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
  const endDrag = () => {
    setDragId(null);
    setDrop(null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const id = dragId ?? event.dataTransfer.getData(DRAG_TYPE);
    const target = drop;
    endDrag();
    if (!id || !target || readOnly) return;
    const placement = dropPlacement(document, id, target);
    const item = items.find((i) => i.id === id);
    if (!placement || !item) return;
    const next = moveItemTo(document, id, placement.index, placement.public);
    if (next === document) return;
    const step = commitMove(item, next);
    onSelect(id);
    focusItem(id);
    const moved = next.items.find((i) => i.id === id)!;
    const number = numberIn(step, id);
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

  const renderItem = (item: AgendaItem) => {
    const selected = item.id === selectedItemId;
    const isRenaming = renaming?.id === item.id;
    const dropClass =
      drop?.kind === 'item' && drop.id === item.id && dragId !== item.id
        ? ` is-drop-${drop.position}`
        : '';
    return (
      <div
        key={item.id}
        id={optionId(item.id)}
        role="option"
        aria-selected={selected}
        tabIndex={item.id === activeId && !isRenaming ? 0 : -1}
        className={`mt-agenda__item${selected ? ' is-selected' : ''}${
          dragId === item.id ? ' is-dragging' : ''
        }${isRenaming ? ' is-renaming' : ''}${dropClass}`}
        data-item-id={item.id}
        draggable={!readOnly && !isRenaming}
        onClick={() => select(item.id)}
        onDoubleClick={() => !readOnly && setRenaming({ id: item.id, focus: 'title' })}
        onContextMenu={(event: MouseEvent) => {
          if (readOnly) return;
          event.preventDefault();
          openMenuAt(item, event.clientX, event.clientY);
        }}
        onDragStart={(event) => onDragStart(event, item)}
        onDragEnter={(event) => overItem(event, item)}
        onDragOver={(event) => overItem(event, item)}
        onDrop={onDrop}
        onDragEnd={endDrag}
      >
        {isRenaming ? (
          <RenameRow
            item={item}
            tr={tr}
            focus={renaming.focus}
            onCommit={(number, title) => commitRename(item, number, title)}
            onCancel={() => {
              setRenaming(null);
              focusItem(item.id);
            }}
          />
        ) : (
          <>
            <span className="mt-agenda__grip" aria-hidden="true">
              <Icon name="grip" />
            </span>
            <span className="mt-agenda__number">{label(item)}</span>
            <span className="mt-agenda__sep">{' · '}</span>
            <span className={`mt-agenda__title${item.title ? '' : ' is-empty'}`}>
              {item.title || tr('meeting.agenda.untitled')}
            </span>
            {!withParts && !item.public && (
              <span className="mt-agenda__tag">{tr('meeting.agenda.nonPublicTag')}</span>
            )}
          </>
        )}
      </div>
    );
  };

  const parts = useMemo(
    () =>
      withParts
        ? [
            { public: true, items: items.filter((i) => i.public) },
            { public: false, items: items.filter((i) => !i.public) },
          ]
        : null,
    [items, withParts],
  );

  const menuItem = menu ? items.find((i) => i.id === menu.id) : undefined;
  const activeIndex = active ? items.indexOf(active) : -1;

  return (
    <nav className="mt-agenda" aria-label={tr('meeting.agenda.title')}>
      <div className="mt-agenda__head">
        <h2 className="mt-agenda__heading">{tr('meeting.agenda.title')}</h2>
        <span className="mt-agenda__count">
          {tr('meeting.agenda.count', { count: items.length })}
        </span>
      </div>
      {!readOnly && (
        <AgendaToolbar
          tr={tr}
          active={active}
          canMoveUp={
            !!active &&
            activeIndex > 0 &&
            (!withParts || items[activeIndex - 1]!.public === active.public)
          }
          canMoveDown={
            !!active &&
            activeIndex < items.length - 1 &&
            (!withParts || items[activeIndex + 1]!.public === active.public)
          }
          withParts={withParts}
          onAction={(action) => active && runMenu(active, action)}
        />
      )}
      <div
        className="mt-agenda__list"
        role="listbox"
        aria-label={tr('meeting.agenda.listLabel')}
        aria-describedby={domId('keys')}
        onKeyDown={onListKeyDown}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDrop(null);
        }}
      >
        {items.length === 0 && (
          <div className="mt-agenda__empty" role="presentation">
            {tr('meeting.agenda.empty')}
          </div>
        )}
        {parts
          ? parts.map((part) => {
              const labelId = domId(part.public ? 'public' : 'nonpublic');
              return (
                <div
                  key={String(part.public)}
                  role="group"
                  aria-labelledby={labelId}
                  className="mt-agenda__part"
                >
                  <div
                    id={labelId}
                    role="presentation"
                    className={`mt-agenda__part-label${
                      drop?.kind === 'part' && drop.public === part.public ? ' is-drop-into' : ''
                    }`}
                    onDragEnter={(event) => overPart(event, part.public)}
                    onDragOver={(event) => overPart(event, part.public)}
                    onDrop={onDrop}
                  >
                    {tr(part.public ? 'meeting.agenda.public' : 'meeting.agenda.nonPublic')}
                    <span className="mt-agenda__part-count" aria-hidden="true">
                      {part.items.length}
                    </span>
                  </div>
                  {part.items.map(renderItem)}
                  {part.items.length === 0 && (
                    <div
                      role="presentation"
                      className={`mt-agenda__part-empty${
                        drop?.kind === 'part' && drop.public === part.public ? ' is-drop-into' : ''
                      }`}
                      onDragEnter={(event) => overPart(event, part.public)}
                      onDragOver={(event) => overPart(event, part.public)}
                      onDrop={onDrop}
                    >
                      {tr('meeting.agenda.emptyPart')}
                    </div>
                  )}
                </div>
              );
            })
          : items.map(renderItem)}
      </div>
      {!readOnly && (
        <div className="mt-agenda__add">
          {withParts ? (
            <>
              <span className="mt-agenda__add-label">{tr('meeting.agenda.addLabel')}</span>
              <button
                type="button"
                className="mt-button mt-button--quiet"
                title={tr('meeting.agenda.addPublicTitle')}
                onClick={() => add(true)}
              >
                <Icon name="plus" />
                {tr('meeting.agenda.addPublic')}
              </button>
              <button
                type="button"
                className="mt-button mt-button--quiet"
                title={tr('meeting.agenda.addNonPublicTitle')}
                onClick={() => add(false)}
              >
                <Icon name="plus" />
                {tr('meeting.agenda.addNonPublic')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="mt-button mt-button--quiet"
              title={tr('meeting.agenda.addTitle')}
              onClick={() => add(true)}
            >
              <Icon name="plus" />
              {tr('meeting.agenda.add')}
            </button>
          )}
        </div>
      )}
      <p id={domId('keys')} className="mt-visually-hidden">
        {tr(readOnly ? 'meeting.agenda.keysReadOnly' : 'meeting.agenda.keys')}
      </p>
      {notice && (
        <div className="mt-agenda__notice" role="alert">
          {notice}
        </div>
      )}
      <UndoToast entry={undo.toast} tr={tr} onUndo={restore} onDismiss={undo.dismiss} />
      <div className="mt-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {menu && menuItem && (
        <ItemMenu
          tr={tr}
          item={menuItem}
          x={menu.x}
          y={menu.y}
          withParts={withParts}
          canMoveUp={
            items.indexOf(menuItem) > 0 &&
            (!withParts || items[items.indexOf(menuItem) - 1]!.public === menuItem.public)
          }
          canMoveDown={
            items.indexOf(menuItem) < items.length - 1 &&
            (!withParts || items[items.indexOf(menuItem) + 1]!.public === menuItem.public)
          }
          onAction={(action) => runMenu(menuItem, action)}
          onClose={() => {
            setMenu(null);
            focusItem(menuItem.id);
          }}
        />
      )}
    </nav>
  );
}
