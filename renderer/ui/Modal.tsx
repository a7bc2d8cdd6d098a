import { useEffect, useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { rememberFocus } from './focusReturn';
import { useKeyboardScrollable } from './keyboardScroll';
import './modal.css';

/** A form's implicit submission (Enter in a field): only when its default button is enabled. */
function submitImplicitly(form: HTMLFormElement | null): void {
  if (!form) return;
  const submit = [...form.elements].find(
    (e): e is HTMLButtonElement | HTMLInputElement =>
      (e instanceof HTMLButtonElement || e instanceof HTMLInputElement) && e.type === 'submit',
  );
  if (submit && !submit.disabled) form.requestSubmit(submit);
}

const CANDIDATES = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[contenteditable="true"]',
  '[tabindex]',
].join(', ');

/**
 * What Tab can reach inside the dialog, in order: enabled, shown, not taken out of the tab
 * order. A radio group counts once (the browser tabs into its checked or first button only).
 */
export function tabbableIn(root: HTMLElement): HTMLElement[] {
  const seenGroups = new Set<string>();
  return [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter((element) => {
    if (element.tabIndex < 0) return false;
    if ((element as HTMLButtonElement).disabled) return false;
    if (element.closest('fieldset:disabled, [inert], [hidden]')) return false;
    if (element.getClientRects().length === 0) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      const checked = root.querySelector<HTMLInputElement>(
        `input[type="radio"][name="${CSS.escape(element.name)}"]:checked`,
      );
      if (checked ? checked !== element : seenGroups.has(element.name)) return false;
      seenGroups.add(element.name);
    }
    return true;
  });
}

interface ModalProps {
  title: string;
  children: ReactNode;
  footer: ReactNode;
  onCancel(): void;
  /** The dialog is one form: its submit buttons (in the footer too) call this. */
  onSubmit?(): void;
  wide?: boolean;
  /** As wide as a printed page (the preview). */
  page?: boolean;
  /** A feature's own class beside pk-modal (its width, its grid). */
  className?: string;
  testId?: string;
  /**
   * Give the focus back without putting the old caret back. The editor's own dialogs (vote,
   * snippets) set the caret themselves on close; a caret restored on top makes Lexical take the
   * focus back from a dialog that was just mounted again.
   */
  focusOnly?: boolean;
}

/**
 * The app's one modal dialog: focus moves into it, Escape cancels, Tab and Shift+Tab cycle
 * through what inside can take focus (text areas and editable text included) and never leave
 * it, and the focus (with the caret) goes back where it was. The desk behind is dimmed.
 */
export function Modal({
  title,
  children,
  footer,
  onCancel,
  onSubmit,
  wide,
  page,
  className,
  testId,
  focusOnly,
}: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLElement | null>(null);
  const plainReturn = useRef(focusOnly === true);
  const body = useRef<HTMLDivElement | null>(null);

  // The focus moves in before the browser paints: once the dialog can be seen, every key goes
  // into it. A passive effect left a gap in which keys typed at once (Strg+S, then a name)
  // went to the document behind.
  const back = useRef<ReturnType<typeof rememberFocus> | null>(null);
  // React may run these effects' cleanups and set-ups again on a dialog that stays on screen
  // (seen in the CI: the vote dialog's focus went to the editor and back, and Lexical then took
  // it for good). So the focus is taken and remembered only from outside the dialog, and given
  // back only once the dialog has left the page.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || node.contains(document.activeElement)) return;
    back.current = rememberFocus();
    const first =
      node.querySelector<HTMLElement>('[data-autofocus]') ?? tabbableIn(node)[0] ?? null;
    // Nothing to focus yet (a disabled first button, a list still loading): the dialog itself
    // takes the focus, so Escape and Tab reach it and nothing behind it is focused.
    (first ?? node).focus();
  }, []);
  useEffect(() => {
    const plain = plainReturn.current;
    const node = ref.current;
    return () => {
      if (node?.isConnected) return;
      if (plain) back.current?.element?.focus();
      else back.current?.restore();
    };
  }, []);
  useKeyboardScrollable(body);

  // An editor's own dialog (vote, snippets): Lexical focuses its text whenever an update with a
  // selection commits, and a selection change from before the dialog opened can still arrive
  // (CI: the vote dialog's Enter then went into the text). While the dialog is open, focus
  // that lands in editable text behind it goes back into the dialog; a footer button (close)
  // or Escape/submit ends this, so the editor gets its focus back as the dialog closes.
  const inside = useRef<HTMLElement | null>(null);
  const closing = useRef(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || !focusOnly) return;
    // The layout effect above has focused the dialog's first control already.
    if (node.contains(document.activeElement))
      inside.current = document.activeElement as HTMLElement;
    const track = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (node.contains(target)) {
        inside.current = target;
        return;
      }
      if (closing.current || !target.isContentEditable || target.closest('[role="dialog"]')) return;
      const back = inside.current?.isConnected ? inside.current : node;
      back.focus();
    };
    const footerClick = (event: MouseEvent) => {
      if ((event.target as HTMLElement).closest('.pk-modal-footer')) closing.current = true;
    };
    document.addEventListener('focusin', track, true);
    node.addEventListener('click', footerClick, true);
    return () => {
      document.removeEventListener('focusin', track, true);
      node.removeEventListener('click', footerClick, true);
    };
  }, [focusOnly]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closing.current = true;
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
    const focusable = tabbableIn(ref.current);
    if (focusable.length === 0) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement as HTMLElement | null;
    const index = active ? focusable.indexOf(active) : -1;
    // Wrap at either end; from the dialog itself (focused when it opened empty) into it.
    if (index < 0) {
      if (active !== ref.current && active && ref.current.contains(active)) return;
      event.preventDefault();
      (event.shiftKey ? focusable[focusable.length - 1]! : focusable[0]!).focus();
    } else if (event.shiftKey && index === 0) {
      event.preventDefault();
      focusable[focusable.length - 1]!.focus();
    } else if (!event.shiftKey && index === focusable.length - 1) {
      event.preventDefault();
      focusable[0]!.focus();
    }
  };

  const classes = [
    'pk-modal',
    wide ? 'pk-modal-wide' : '',
    page ? 'pk-modal-page' : '',
    onSubmit ? 'pk-modal-form' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const inner = (
    <>
      <h2 id={titleId} className="pk-modal-title">
        {title}
      </h2>
      <div ref={body} className="pk-modal-body">
        {children}
      </div>
      <div className="pk-modal-footer">{footer}</div>
    </>
  );

  return (
    <div className="pk-modal-backdrop">
      {onSubmit ? (
        <form
          ref={(node) => {
            ref.current = node;
          }}
          className={classes}
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={onKeyDown}
          data-testid={testId}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            closing.current = true;
            onSubmit();
          }}
        >
          {inner}
        </form>
      ) : (
        <div
          ref={(node) => {
            ref.current = node;
          }}
          className={classes}
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={onKeyDown}
          data-testid={testId}
        >
          {inner}
        </div>
      )}
    </div>
  );
}
