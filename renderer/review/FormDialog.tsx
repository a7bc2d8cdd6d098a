import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../core/i18n/catalog';
import { useShell } from '../ui/context';
import { useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';
import { reviewErrorText } from './useReviewFrame';

export interface FormField {
  id: string;
  label: MessageKey;
  multiline?: boolean;
  required?: boolean;
  initial?: string;
}

interface FormDialogProps {
  title: MessageKey;
  message: MessageKey;
  /** A further paragraph under the message (a warning). */
  note?: ReactNode;
  fields: FormField[];
  confirm: MessageKey;
  danger?: boolean;
  testId: string;
  /** Does the work; a thrown error is shown in the dialog, which stays open. */
  onSubmit(values: Record<string, string>): Promise<void>;
  onCancel(): void;
}

/** A short form in a dialog (a note, remarks, a correction); errors appear inside it. */
export function FormDialog(props: FormDialogProps) {
  const { lang } = useShell();
  const t = useT();
  const formId = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.fields.map((f) => [f.id, f.initial ?? ''])),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const missing = props.fields.some((f) => f.required && (values[f.id] ?? '').trim() === '');
  // The caret goes where typing starts: the first empty field (a known name is skipped).
  const focusId = (props.fields.find((f) => !f.initial) ?? props.fields[0])?.id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (missing || busy) return;
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(values);
    } catch (failure) {
      setError(reviewErrorText(failure, lang));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t(props.title)}
      onCancel={props.onCancel}
      testId={props.testId}
      wide
      footer={
        <>
          <button type="button" className="pk-button" onClick={props.onCancel}>
            {t('reviewUi.dialog.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className={`pk-button ${props.danger ? 'pk-button-danger' : 'pk-button-primary'}`}
            disabled={missing || busy}
          >
            {t(props.confirm)}
          </button>
        </>
      }
    >
      <form id={formId} className="pk-review-form" onSubmit={(event) => void submit(event)}>
        <p className="pk-modal-message">{t(props.message)}</p>
        {props.note}
        {props.fields.map((field) => (
          <label key={field.id} className="pk-field">
            <span>{t(field.label)}</span>
            {field.multiline ? (
              <textarea
                rows={4}
                value={values[field.id] ?? ''}
                required={field.required}
                data-autofocus={field.id === focusId ? true : undefined}
                data-field={field.id}
                onChange={(event) => setValues((v) => ({ ...v, [field.id]: event.target.value }))}
              />
            ) : (
              <input
                type="text"
                value={values[field.id] ?? ''}
                required={field.required}
                data-autofocus={field.id === focusId ? true : undefined}
                data-field={field.id}
                onChange={(event) => setValues((v) => ({ ...v, [field.id]: event.target.value }))}
              />
            )}
          </label>
        ))}
        {error ? (
          <p className="pk-review-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
