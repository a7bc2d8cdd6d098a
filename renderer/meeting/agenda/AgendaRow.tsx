import type { MouseEvent } from 'react';
import type { AgendaItem } from '../../../core/model/schema';
import type { Translate } from '../../ui/i18n';
import { Icon } from '../icons';
import { RenameRow } from './RenameRow';
import type { AgendaDrag } from './useAgendaDrag';
import type { AgendaEdits } from './useAgendaEdits';

interface AgendaRowProps {
  item: AgendaItem;
  tr: Translate;
  /** The row's DOM id (the focus follows items by it). */
  id: string;
  label: string;
  selected: boolean;
  /** The one tab stop of the list (roving tabindex). */
  tabStop: boolean;
  /** Per-item documents have no parts: a non-public item says so with a tag. */
  withParts: boolean;
  readOnly: boolean;
  edits: AgendaEdits;
  drag: AgendaDrag;
  onContextMenu: (x: number, y: number) => void;
}

/** One item of the agenda list: its number and title, or the inline rename fields. */
export function AgendaRow({
  item,
  tr,
  id,
  label,
  selected,
  tabStop,
  withParts,
  readOnly,
  edits,
  drag,
  onContextMenu,
}: AgendaRowProps) {
  const renaming = edits.renaming?.id === item.id ? edits.renaming : null;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={tabStop && !renaming ? 0 : -1}
      className={`pk-agenda__item${selected ? ' is-selected' : ''}${
        drag.dragId === item.id ? ' is-dragging' : ''
      }${renaming ? ' is-renaming' : ''}${drag.itemClass(item)}`}
      data-item-id={item.id}
      draggable={!readOnly && !renaming}
      onClick={() => edits.select(item.id)}
      onDoubleClick={() => edits.startRename(item)}
      onContextMenu={(event: MouseEvent) => {
        if (readOnly) return;
        event.preventDefault();
        onContextMenu(event.clientX, event.clientY);
      }}
      onDragStart={(event) => drag.start(event, item)}
      onDragEnter={(event) => drag.overItem(event, item)}
      onDragOver={(event) => drag.overItem(event, item)}
      onDrop={drag.onDrop}
      onDragEnd={drag.end}
    >
      {renaming ? (
        <RenameRow
          item={item}
          tr={tr}
          focus={renaming.focus}
          onCommit={(number, title) => edits.rename(item, number, title)}
          onCancel={() => edits.cancelRename(item)}
        />
      ) : (
        <>
          <span className="pk-agenda__grip" aria-hidden="true">
            <Icon name="grip" />
          </span>
          <span className="pk-agenda__number">{label}</span>
          <span className="pk-agenda__sep">{' · '}</span>
          <span className={`pk-agenda__title${item.title ? '' : ' is-empty'}`}>
            {item.title || tr('meeting.agenda.untitled')}
          </span>
          {!withParts && !item.public && (
            <span className="pk-agenda__tag">{tr('meeting.agenda.nonPublicTag')}</span>
          )}
        </>
      )}
    </div>
  );
}
