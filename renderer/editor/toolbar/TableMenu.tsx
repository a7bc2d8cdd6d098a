import { useEffect, useRef } from 'react';
import type { Lang, MessageKey } from '../../../core/i18n/catalog';
import { translator } from '../../ui/i18n';
import { TABLE_ACTIONS, type TableAction } from '../table/actions';

const TABLE_ACTION_KEYS: Record<TableAction, MessageKey> = {
  rowAbove: 'editor.table.rowAbove',
  rowBelow: 'editor.table.rowBelow',
  columnLeft: 'editor.table.columnLeft',
  columnRight: 'editor.table.columnRight',
  deleteRow: 'editor.table.deleteRow',
  deleteColumn: 'editor.table.deleteColumn',
  toggleHeader: 'editor.table.toggleHeader',
  delete: 'editor.table.delete',
};

/** The actions on the table the caret is in, as a menu with arrow-key navigation. */
export function TableMenu(props: {
  lang: Lang;
  headerRow: boolean;
  onAction: (action: TableAction) => void;
  onCancel: () => void;
}) {
  const tr = translator(props.lang);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);
  return (
    <div
      ref={menu}
      className="pk-popup pk-menu"
      role="menu"
      aria-label={tr('editor.table.actions')}
      data-toolbar-popup=""
      onKeyDown={(event) => {
        const items = Array.from(
          menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [],
        );
        const index = items.indexOf(event.target as HTMLElement);
        if (event.key === 'Escape' || event.key === 'Tab') {
          event.preventDefault();
          event.stopPropagation();
          props.onCancel();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          items[(index + step + items.length) % items.length]?.focus();
        } else if (event.key === 'Home' || event.key === 'End') {
          event.preventDefault();
          items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
        }
      }}
    >
      {TABLE_ACTIONS.map((action) => (
        <button
          key={action}
          type="button"
          role={action === 'toggleHeader' ? 'menuitemcheckbox' : 'menuitem'}
          aria-checked={action === 'toggleHeader' ? props.headerRow : undefined}
          tabIndex={-1}
          className={`pk-menu-item${action === 'delete' ? ' pk-menu-item--danger' : ''}`}
          data-action={action}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onAction(action)}
        >
          {tr(TABLE_ACTION_KEYS[action])}
        </button>
      ))}
    </div>
  );
}
