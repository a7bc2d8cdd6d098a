import { useMemo, useState } from 'react';
import type { Lang } from '../../core/i18n/catalog';
import { hasParts } from '../../core/model/ops/items';
import type { AgendaItem } from '../../core/model/schema';
import { AddButtons } from './agenda/AddButtons';
import { AgendaRow } from './agenda/AgendaRow';
import { AgendaToolbar } from './agenda/AgendaToolbar';
import { ItemMenu, type ItemMenuAction } from './agenda/ItemMenu';
import { agendaKeyDown } from './agenda/keys';
import { useAgendaDrag } from './agenda/useAgendaDrag';
import { canMove, useAgendaEdits, type AgendaEditsOptions } from './agenda/useAgendaEdits';
import { translator } from '../ui/i18n';
import { useDomId } from './ids';
import { UndoToast } from './UndoToast';
import '../ui/ui.css';
import './meeting.css';
import './agenda/agenda.css';

export interface AgendaSidebarProps
  extends
    Pick<AgendaEditsOptions, 'document' | 'onChange' | 'selectedItemId' | 'onSelect'>,
    Partial<Pick<AgendaEditsOptions, 'readOnly' | 'undoTimeout'>> {
  lang: Lang;
  /** Enter on an item: the workspace may move the focus into its text. */
  onActivate?: (itemId: string) => void;
}

/**
 * The agenda of a document: the items as a listbox (grouped into the public and non-public
 * part for whole-meeting minutes), with selection, adding, inline renaming, reordering by
 * keyboard (agenda/keys) and by drag (useAgendaDrag), moving between the parts, and deletion,
 * each an undoable step (useAgendaEdits). One tab stop: the selected item; the arrow keys move
 * within the list (roving tabindex).
 */
export function AgendaSidebar(props: AgendaSidebarProps) {
  const { document, lang, selectedItemId, onSelect, onActivate } = props;
  const { readOnly = false, undoTimeout = 8000 } = props;
  const tr = translator(lang);
  const domId = useDomId();
  const items = document.items;
  const withParts = hasParts(document);
  const activeId =
    selectedItemId && items.some((i) => i.id === selectedItemId)
      ? selectedItemId
      : (items[0]?.id ?? null);
  const active = items.find((i) => i.id === activeId);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);

  const optionId = (id: string) => domId(`item-${id}`);
  const label = (item: AgendaItem) => tr('meeting.agenda.itemLabel', { number: item.number });
  const edits = useAgendaEdits({ ...props, tr, readOnly, undoTimeout, optionId });
  const drag = useAgendaDrag({
    document,
    readOnly,
    label: (item) => `${label(item)} ${item.title}`,
    moveTo: edits.moveTo,
  });

  const runMenu = (item: AgendaItem, action: ItemMenuAction) => {
    setMenu(null);
    edits.focusItem(item.id);
    switch (action) {
      case 'rename':
        edits.startRename(item);
        break;
      case 'up':
      case 'down':
        edits.move(item, action);
        break;
      case 'part':
        edits.switchPart(item);
        break;
      case 'delete':
        edits.remove(item);
        break;
      case 'addPublic':
        edits.add(true);
        break;
      case 'addNonPublic':
        edits.add(false);
        break;
    }
  };

  const openMenuAt = (item: AgendaItem, x: number, y: number) => {
    if (readOnly) return;
    // Select without taking the focus: the menu takes it.
    if (item.id !== selectedItemId) onSelect(item.id);
    edits.dropFocus();
    setMenu({ id: item.id, x, y });
  };

  const renderItem = (item: AgendaItem) => (
    <AgendaRow
      key={item.id}
      item={item}
      tr={tr}
      id={optionId(item.id)}
      label={label(item)}
      selected={item.id === selectedItemId}
      tabStop={item.id === activeId}
      withParts={withParts}
      readOnly={readOnly}
      edits={edits}
      drag={drag}
      onContextMenu={(x, y) => openMenuAt(item, x, y)}
    />
  );

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

  return (
    <nav className="pk-agenda" aria-label={tr('meeting.agenda.title')}>
      <div className="pk-agenda__head">
        <h2 className="pk-agenda__heading">{tr('meeting.agenda.title')}</h2>
        <span className="pk-agenda__count">
          {items.length === 1
            ? tr('meeting.agenda.countOne')
            : tr('meeting.agenda.count', { count: items.length })}
        </span>
      </div>
      {!readOnly && (
        <AgendaToolbar
          tr={tr}
          active={active}
          canMoveUp={canMove(items, active, withParts, 'up')}
          canMoveDown={canMove(items, active, withParts, 'down')}
          withParts={withParts}
          onAction={(action) => active && runMenu(active, action)}
        />
      )}
      <div
        className="pk-agenda__list"
        role="listbox"
        aria-label={tr('meeting.agenda.listLabel')}
        aria-describedby={domId('keys')}
        onKeyDown={(event) => {
          if (!active || edits.renaming) return;
          agendaKeyDown(event, {
            items,
            active,
            withParts,
            readOnly,
            edits,
            onActivate,
            openMenu: (item) => {
              const rect = window.document
                .getElementById(optionId(item.id))
                ?.getBoundingClientRect();
              if (rect) openMenuAt(item, rect.left + 24, rect.bottom);
            },
          });
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) drag.leave();
        }}
      >
        {items.length === 0 && (
          <div className="pk-agenda__empty" role="presentation">
            {tr('meeting.agenda.empty')}
          </div>
        )}
        {parts
          ? parts.map((part) => {
              const labelId = domId(part.public ? 'public' : 'nonpublic');
              const dropInto = drag.overPartNow(part.public) ? ' is-drop-into' : '';
              return (
                <div
                  key={String(part.public)}
                  role="group"
                  aria-labelledby={labelId}
                  className="pk-agenda__part"
                >
                  <div
                    id={labelId}
                    role="presentation"
                    className={`pk-agenda__part-label${dropInto}`}
                    onDragEnter={(event) => drag.overPart(event, part.public)}
                    onDragOver={(event) => drag.overPart(event, part.public)}
                    onDrop={drag.onDrop}
                  >
                    {tr(part.public ? 'meeting.agenda.public' : 'meeting.agenda.nonPublic')}
                    <span className="pk-agenda__part-count" aria-hidden="true">
                      {part.items.length}
                    </span>
                  </div>
                  {part.items.map(renderItem)}
                  {part.items.length === 0 && (
                    <div
                      role="presentation"
                      className={`pk-agenda__part-empty${dropInto}`}
                      onDragEnter={(event) => drag.overPart(event, part.public)}
                      onDragOver={(event) => drag.overPart(event, part.public)}
                      onDrop={drag.onDrop}
                    >
                      {tr('meeting.agenda.emptyPart')}
                    </div>
                  )}
                </div>
              );
            })
          : items.map(renderItem)}
      </div>
      {!readOnly && <AddButtons tr={tr} withParts={withParts} onAdd={edits.add} />}
      <p id={domId('keys')} className="pk-visually-hidden">
        {tr(readOnly ? 'meeting.agenda.keysReadOnly' : 'meeting.agenda.keys')}
      </p>
      {edits.notice && (
        <div className="pk-agenda__notice" role="alert">
          {edits.notice}
        </div>
      )}
      <UndoToast
        entry={edits.undo.toast}
        tr={tr}
        onUndo={edits.restore}
        onDismiss={edits.undo.dismiss}
      />
      <div className="pk-visually-hidden" aria-live="polite">
        {edits.announcement}
      </div>
      {menu && menuItem && (
        <ItemMenu
          tr={tr}
          item={menuItem}
          x={menu.x}
          y={menu.y}
          withParts={withParts}
          canMoveUp={canMove(items, menuItem, withParts, 'up')}
          canMoveDown={canMove(items, menuItem, withParts, 'down')}
          onAction={(action) => runMenu(menuItem, action)}
          onClose={() => {
            setMenu(null);
            edits.focusItem(menuItem.id);
          }}
        />
      )}
    </nav>
  );
}
