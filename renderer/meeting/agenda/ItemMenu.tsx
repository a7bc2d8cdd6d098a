import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../core/model/schema';
import type { Translate } from '../../ui/i18n';

export type ItemMenuAction =
  'rename' | 'up' | 'down' | 'part' | 'delete' | 'addPublic' | 'addNonPublic';

interface ItemMenuProps {
  tr: Translate;
  item: AgendaItem;
  x: number;
  y: number;
  withParts: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onAction: (action: ItemMenuAction) => void;
  onClose: () => void;
}

/**
 * The context menu of an item (right click, Shift+F10, the context menu key): a menu with
 * arrow-key navigation; Escape, Tab or a click elsewhere close it.
 */
export function ItemMenu({
  tr,
  item,
  x,
  y,
  withParts,
  canMoveUp,
  canMoveDown,
  onAction,
  onClose,
}: ItemMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: x, top: y });
  const entries: {
    action: ItemMenuAction;
    label: string;
    shortcut?: string;
    enabled: boolean;
    danger?: boolean;
    separator?: boolean;
  }[] = [
    { action: 'rename', label: tr('meeting.agenda.rename'), shortcut: 'F2', enabled: true },
    { action: 'up', label: tr('meeting.agenda.moveUp'), shortcut: 'Alt+↑', enabled: canMoveUp },
    {
      action: 'down',
      label: tr('meeting.agenda.moveDown'),
      shortcut: 'Alt+↓',
      enabled: canMoveDown,
    },
    ...(withParts
      ? [
          {
            action: 'part' as const,
            label: tr(item.public ? 'meeting.agenda.toNonPublic' : 'meeting.agenda.toPublic'),
            enabled: true,
          },
          {
            action: 'addPublic' as const,
            label: tr('meeting.agenda.addPublicTitle'),
            enabled: true,
            separator: true,
          },
          {
            action: 'addNonPublic' as const,
            label: tr('meeting.agenda.addNonPublicTitle'),
            enabled: true,
          },
        ]
      : [
          {
            action: 'addPublic' as const,
            label: tr('meeting.agenda.addTitle'),
            enabled: true,
            separator: true,
          },
        ]),
    {
      action: 'delete',
      label: tr('meeting.agenda.delete'),
      shortcut: tr('meeting.key.delete'),
      enabled: true,
      danger: true,
      separator: true,
    },
  ];

  // Keep the menu inside the window.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    setPosition({
      left: Math.max(4, Math.min(x, window.innerWidth - rect.width - 4)),
      top: Math.max(4, Math.min(y, window.innerHeight - rect.height - 4)),
    });
    el.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [x, y]);

  useEffect(() => {
    const onDown = (event: globalThis.MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const enabled = all.filter((el) => el.getAttribute('aria-disabled') !== 'true');
    const at = enabled.indexOf(window.document.activeElement as HTMLElement);
    event.stopPropagation();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      enabled[(at + step + enabled.length) % enabled.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? enabled[0] : enabled.at(-1))?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      ref={ref}
      className="pk-meeting-menu"
      role="menu"
      aria-label={tr('meeting.agenda.menu', { number: item.number })}
      style={{ left: position.left, top: position.top }}
      onKeyDown={onKeyDown}
    >
      {entries.map((entry) => (
        <div
          key={entry.action}
          role="none"
          className={entry.separator ? 'pk-meeting-menu__group' : undefined}
        >
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            aria-disabled={!entry.enabled}
            className={`pk-meeting-menu__item${entry.danger ? ' pk-meeting-menu__item--danger' : ''}`}
            onClick={() => entry.enabled && onAction(entry.action)}
          >
            <span>{entry.label}</span>
            {entry.shortcut && <span className="pk-meeting-menu__shortcut">{entry.shortcut}</span>}
          </button>
        </div>
      ))}
    </div>
  );
}
