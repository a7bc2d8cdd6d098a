import {
  useEffect,
  useId,
  useRef,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

export interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons; a submit button submits the form. */
  footer: ReactNode;
  onSubmit?: () => void;
  onCancel: () => void;
  className?: string;
  testId?: string;
}

/**
 * The editor's modal dialog (vote result, snippets): a form over a dimmed desk; the focus
 * moves in, Tab stays inside, Escape cancels, and the focus goes back where it was.
 */
export function Dialog({
  title,
  children,
  footer,
  onSubmit,
  onCancel,
  className,
  testId,
}: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const previous = document.activeElement as HTMLElement | null;
    const first =
      node.querySelector<HTMLElement>('[data-autofocus]') ??
      node.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => previous?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="pk-dialog-backdrop">
      <form
        ref={ref}
        className={`pk-dialog${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={onKeyDown}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit?.();
        }}
      >
        <h2 id={titleId} className="pk-dialog-title">
          {title}
        </h2>
        <div className="pk-dialog-body">{children}</div>
        <div className="pk-dialog-footer">{footer}</div>
      </form>
    </div>
  );
}
