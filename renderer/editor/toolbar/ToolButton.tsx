import type { ReactNode } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { ariaShortcut, withShortcut } from '../i18n';

export interface ToolButtonProps {
  label: string;
  shortcut?: string;
  lang: Lang;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
  name: string;
  expanded?: boolean;
  hasPopup?: 'menu' | 'dialog';
}

/** A button of the toolbar: reached by the arrow keys, its shortcut in the tooltip. */
export function ToolButton(props: ToolButtonProps) {
  return (
    <button
      type="button"
      className="pk-tool"
      data-toolbar-item=""
      data-name={props.name}
      tabIndex={-1}
      aria-label={props.label}
      title={withShortcut(props.lang, props.label, props.shortcut)}
      aria-keyshortcuts={ariaShortcut(props.shortcut)}
      aria-pressed={props.pressed}
      aria-expanded={props.expanded}
      aria-haspopup={props.hasPopup}
      disabled={props.disabled}
      // Keep the text selection where it is while the mouse presses a button.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onPress}
    >
      {props.children}
    </button>
  );
}
