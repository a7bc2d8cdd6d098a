import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../core/model/schema';
import type { Translate } from '../../ui/i18n';
import { Icon } from '../icons';
import type { ItemMenuAction } from './ItemMenu';

interface AgendaToolbarProps {
  tr: Translate;
  active: AgendaItem | undefined;
  canMoveUp: boolean;
  canMoveDown: boolean;
  withParts: boolean;
  onAction: (action: ItemMenuAction) => void;
}

/** Actions on the selected item, for the mouse; the keyboard has the same as shortcuts. */
export function AgendaToolbar({
  tr,
  active,
  canMoveUp,
  canMoveDown,
  withParts,
  onAction,
}: AgendaToolbarProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons: {
    action: ItemMenuAction;
    icon: Parameters<typeof Icon>[0]['name'];
    label: string;
    enabled: boolean;
  }[] = [
    {
      action: 'rename',
      icon: 'pencil',
      label: tr('meeting.agenda.renameShortcut'),
      enabled: !!active,
    },
    { action: 'up', icon: 'up', label: tr('meeting.agenda.moveUpShortcut'), enabled: canMoveUp },
    {
      action: 'down',
      icon: 'down',
      label: tr('meeting.agenda.moveDownShortcut'),
      enabled: canMoveDown,
    },
    ...(withParts
      ? [
          {
            action: 'part' as const,
            icon: 'swap' as const,
            label: tr(
              active?.public === false ? 'meeting.agenda.toPublic' : 'meeting.agenda.toNonPublic',
            ),
            enabled: !!active,
          },
        ]
      : []),
    {
      action: 'delete',
      icon: 'trash',
      label: tr('meeting.agenda.deleteShortcut'),
      enabled: !!active,
    },
  ];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    const next = (focusIndex + step + buttons.length) % buttons.length;
    setFocusIndex(next);
    (event.currentTarget.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <div
      className="pk-agenda__toolbar"
      role="toolbar"
      aria-label={tr('meeting.agenda.toolbar')}
      onKeyDown={onKeyDown}
    >
      {buttons.map((b, i) => (
        <button
          key={b.action}
          type="button"
          className={`pk-meeting-icon-button${b.action === 'delete' ? ' pk-meeting-icon-button--danger' : ''}`}
          aria-label={b.label}
          title={b.label}
          aria-disabled={!b.enabled}
          tabIndex={i === focusIndex ? 0 : -1}
          onFocus={() => setFocusIndex(i)}
          onClick={() => b.enabled && onAction(b.action)}
        >
          <Icon name={b.icon} />
        </button>
      ))}
    </div>
  );
}
