import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface PopoverProps {
  /** The viewport rectangle the popover belongs to (a selection, a mention, a change). */
  anchor: DOMRect;
  /** The positioned element the popover is placed in (the editor's frame). */
  container: HTMLElement | null;
  label: string;
  onClose: () => void;
  /** Escape, when it should do more than a press outside (put the caret back). */
  onEscape?: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** Moves the focus into the popover (a form); a menu of buttons may leave it in the text. */
  takeFocus?: boolean;
  /** Tab and Shift+Tab go round the popover's controls instead of leaving it behind. */
  keepFocusInside?: boolean;
}

const TABBABLE =
  'button:not(:disabled), input:not(:disabled):not([type="radio"]), input[type="radio"]:checked, textarea:not(:disabled), select:not(:disabled), [tabindex="0"]';

/**
 * A small panel under a place in the text: the comment input, a mention's options, a
 * suggestion's accept/reject. Escape or a press outside closes it.
 */
export function Popover(props: PopoverProps) {
  const { anchor, container, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const frame = container?.getBoundingClientRect();
    if (!frame) return;
    const width = ref.current?.offsetWidth ?? 280;
    const left = Math.max(8, Math.min(anchor.left - frame.left, frame.width - width - 8));
    setPosition({ top: anchor.bottom - frame.top + 6, left });
  }, [anchor, container]);

  // Focus once the popover is placed (a hidden element takes no focus).
  const focused = useRef(false);
  useEffect(() => {
    if (position === null || focused.current || !props.takeFocus) return;
    focused.current = true;
    // The marked control first; a popover without controls takes the focus itself, so that
    // Escape reaches it and the focus never falls to <body>.
    const popover = ref.current;
    (
      popover?.querySelector<HTMLElement>('[data-autofocus]') ??
      popover?.querySelector<HTMLElement>('textarea, input, button') ??
      popover
    )?.focus();
  }, [position, props.takeFocus]);

  useEffect(() => {
    const outside = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside, true);
    return () => document.removeEventListener('mousedown', outside, true);
  }, [onClose]);

  return (
    <div
      ref={ref}
      className={`pk-popover${props.className ? ` ${props.className}` : ''}`}
      role="dialog"
      aria-label={props.label}
      data-testid={props.testId}
      tabIndex={-1}
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden' }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          (props.onEscape ?? onClose)();
        } else if (event.key === 'Tab' && props.keepFocusInside) {
          const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)];
          if (controls.length === 0) return;
          const at = controls.indexOf(event.target as HTMLElement);
          const next = event.shiftKey
            ? at <= 0
              ? controls.at(-1)
              : null
            : at === -1 || at === controls.length - 1
              ? controls[0]
              : null;
          if (next) {
            event.preventDefault();
            next.focus();
          }
        }
      }}
    >
      {props.children}
    </div>
  );
}
