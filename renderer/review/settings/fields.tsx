import { useT } from '../../ui/i18n';
import { useFocusOnMount } from './focus';

/**
 * A labelled field of the signature settings. `focus`: it takes the keys when it appears (a form
 * that opens after a dialog or picker closed).
 */
export function InputField({
  label,
  type = 'text',
  value,
  onChange,
  testId,
  focus = false,
  autoComplete,
  required,
}: {
  label: string;
  type?: 'text' | 'password' | 'date';
  value: string;
  onChange(value: string): void;
  testId?: string;
  focus?: boolean;
  autoComplete?: string;
  required?: boolean;
}) {
  const ref = useFocusOnMount<HTMLInputElement>();
  return (
    <label className="pk-field">
      <span>{label}</span>
      <input
        ref={focus ? ref : undefined}
        type={type}
        autoComplete={autoComplete}
        required={required}
        value={value}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** A form's submit and cancel buttons, side by side. */
export function FormButtons({
  submit,
  onCancel,
  size = 'normal',
}: {
  submit: string;
  onCancel(): void;
  /** Small: inside a table row (ending an entry). */
  size?: 'normal' | 'small';
}) {
  const t = useT();
  const small = size === 'small';
  return (
    <div className="pk-settings-row">
      <button
        type="submit"
        className={small ? 'pk-button pk-button-small' : 'pk-button pk-button-primary'}
      >
        {submit}
      </button>
      <button
        type="button"
        className={small ? 'pk-button pk-button-small' : 'pk-button'}
        onClick={onCancel}
      >
        {t('signSettings.cancel')}
      </button>
    </div>
  );
}

/** How the last step went: an alert when it failed, a status line when it worked. */
export function StatusLine({
  status,
  testId,
}: {
  status: { text: string; error: boolean } | null;
  testId: string;
}) {
  if (!status) return null;
  return (
    <p
      className={status.error ? 'pk-review-error' : 'pk-review-hint is-ok'}
      role={status.error ? 'alert' : 'status'}
      data-testid={testId}
    >
      {status.text}
    </p>
  );
}
