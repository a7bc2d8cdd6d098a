import { useEffect, useRef } from 'react';
import type { Translate } from '../../ui/i18n';
import { useDomId } from '../ids';

interface ConfirmDialogProps {
  tr: Translate;
  title: string;
  message: string;
  /** The confirming button; without one the dialog only informs (one "OK"). */
  confirm?: string;
  danger?: boolean;
  onConfirm?: () => void;
  onCancel: () => void;
}

/** A modal question or notice; the safe answer has the focus, Escape is the safe answer. */
export function ConfirmDialog({
  tr,
  title,
  message,
  confirm,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const id = useDomId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    safe.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="pk-dialog pk-confirm"
      role="alertdialog"
      aria-labelledby={id('title')}
      aria-describedby={id('message')}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <div className="pk-dialog__head">
        <h2 id={id('title')} className="pk-dialog__title">
          {title}
        </h2>
      </div>
      <p id={id('message')} className="pk-dialog__body pk-confirm__message">
        {message}
      </p>
      <div className="pk-dialog__foot">
        <button ref={safe} type="button" className="pk-meeting-button" onClick={onCancel}>
          {confirm ? tr('meeting.dialog.cancel') : tr('meeting.dialog.ok')}
        </button>
        {confirm && onConfirm && (
          <button
            type="button"
            className={`pk-meeting-button ${danger ? 'pk-meeting-button--danger' : 'pk-meeting-button--primary'}`}
            onClick={onConfirm}
          >
            {confirm}
          </button>
        )}
      </div>
    </dialog>
  );
}
