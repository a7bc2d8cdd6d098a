import type { ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** Extra layout classes of the field ("pk-gremium-wide", "pk-gremium-grow"). */
  className?: string;
  /** The field a tab's panel focuses first (the Modal looks for data-autofocus). */
  autoFocus?: boolean;
}

const fieldClass = (className?: string) => (className ? `pk-field ${className}` : 'pk-field');

/** A labelled one-line text field of the body editor. */
export function TextField({
  label,
  value,
  onChange,
  className,
  autoFocus,
}: FieldProps & { value: string; onChange(value: string): void }) {
  return (
    <label className={fieldClass(className)}>
      <span>{label}</span>
      <input
        type="text"
        data-autofocus={autoFocus || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** A labelled choice of the body editor; `children` are its options. */
export function SelectField({
  label,
  value,
  onChange,
  className,
  autoFocus,
  children,
}: FieldProps & { value: string; onChange(value: string): void; children: ReactNode }) {
  return (
    <label className={fieldClass(className)}>
      <span>{label}</span>
      <select
        data-autofocus={autoFocus || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </label>
  );
}
