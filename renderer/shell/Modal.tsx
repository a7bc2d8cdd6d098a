import { useEffect, useId, useRef, type ReactNode } from 'react';
import { rememberFocus } from './focusReturn';

/** A form's implicit submission (Enter in a field): only when its default button is enabled. */
function submitImplicitly(form: HTMLFormElement | null): void {
  if (!form) return;
  const submit = [...form.elements].find(
    (e): e is HTMLButtonElement | HTMLInputElement =>
      (e instanceof HTMLButtonElement || e instanceof HTMLInputElement) && e.type === 'submit',
  );
  if (submit && !submit.disabled) form.requestSubmit(submit);
}

const TABBABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

interface ModalProps {
  title: string;
  children: ReactNode;
  footer: ReactNode;
  onCancel(): void;
  wide?: boolean;
  /** As wide as a printed page (the preview). */
  page?: boolean;
  testId?: string;
}

/**
 * A modal dialog: focus moves into it, Escape cancels, Tab stays inside. The desk behind is
 * dimmed and inert.
 */
export function Modal({ title, children, footer, onCancel, wide, page, testId }: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const back = rememberFocus();
    const first =
      node.querySelector<HTMLElement>('[data-autofocus]') ??
      node.querySelector<HTMLElement>(TABBABLE);
    // Nothing to focus yet (a disabled first button, a list still loading): the dialog itself
    // takes the focus, so Escape and Tab reach it and nothing behind it is focused.
    (first ?? node).focus();
    return () => back.restore();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key === 'Enter' && !event.altKey) {
      const target = event.target as HTMLElement;
      if (target.tagName === 'TEXTAREA' || target.isContentEditable) return;
      // The dialog consumes its Enter: a dialog closed by it hands the focus back, and the
      // browser's own action of that key (a line break, a click) must not land there.
      event.preventDefault();
      if (target.tagName === 'BUTTON') (target as HTMLButtonElement).click();
      // What the browser would have done: Enter in a form's field submits the form.
      else if (target.tagName === 'INPUT') submitImplicitly((target as HTMLInputElement).form);
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(TABBABLE)];
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
    <div className="pk-modal-backdrop">
      <div
        ref={ref}
        className={`pk-modal${wide ? ' pk-modal-wide' : ''}${page ? ' pk-modal-page' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <h2 id={titleId} className="pk-modal-title">
          {title}
        </h2>
        <div className="pk-modal-body">{children}</div>
        <div className="pk-modal-footer">{footer}</div>
      </div>
    </div>
  );
}
