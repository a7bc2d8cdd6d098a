import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Lang, MessageKey } from '../../../core/i18n/catalog';
import type { PersonFields } from '../../../core/model/ops/people';
import type { PersonKind } from '../../../core/model/schema';
import { formalName, listName, mentionName } from '../../../core/style/names';
import { translator } from '../../ui/i18n';
import { useDomId } from '../ids';
import '../../ui/ui.css';
import '../meeting.css';
import './people.css';

export interface PersonDialogProps {
  lang: Lang;
  /** "Neue Person" or "Person bearbeiten". */
  title: string;
  initial: PersonFields;
  /** Saves; returns a message when the roster refuses, and the dialog stays open. */
  onSave: (fields: PersonFields) => string | null;
  onCancel: () => void;
}

const KINDS: { kind: PersonKind; label: MessageKey }[] = [
  { kind: 'member', label: 'meeting.person.kind.member' },
  { kind: 'staff', label: 'meeting.person.kind.staff' },
  { kind: 'guest', label: 'meeting.person.kind.guest' },
];
const HONORIFICS = [
  'GR',
  'GRin',
  'StR',
  'StRin',
  'BM',
  'BMin',
  'OB',
  'OBin',
  'EBM',
  'EBMin',
  'KR',
  'KRin',
];
const TITLES = ['Dr.', 'Prof.', 'Prof. Dr.', 'Dipl.-Ing.', 'Dipl.-Kfm.'];
const ROLES = [
  'Mitglied',
  'stellv. Mitglied',
  'Vorsitz',
  'Schriftführung',
  'Protokollführung',
  'Sachverständige/r',
];

/**
 * The roster editor for one person, as a modal dialog: kind, form of address, official and
 * academic title, names, group, unit, role and voting right, with a preview of how the minutes
 * will name the person. Enter saves, Escape cancels.
 */
export function PersonDialog({ lang, title, initial, onSave, onCancel }: PersonDialogProps) {
  const tr = translator(lang);
  const id = useDomId();
  const ref = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState<PersonFields>(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The clerk types a name first: start on the first text field, not on the kind's radios.
    dialog?.querySelector<HTMLInputElement>('input.pk-input')?.focus();
  }, []);

  const set = <K extends keyof PersonFields>(key: K, value: PersonFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    if (key === 'familyName') setError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const message = onSave(fields);
    if (message) {
      setError(message);
      window.document.getElementById(id('familyName'))?.focus();
    }
  };

  const preview = { ...fields, id: '' };
  const text = (
    key: keyof PersonFields,
    label: string,
    options: { list?: string[]; wide?: boolean; required?: boolean } = {},
  ) => (
    <div className={`pk-person__field${options.wide ? ' pk-person__field--wide' : ''}`}>
      <span className="pk-person__label">
        <label htmlFor={id(key)}>{label}</label>
        {options.required && (
          <span className="pk-required" aria-hidden="true">
            *
          </span>
        )}
      </span>
      <input
        id={id(key)}
        className="pk-input"
        value={fields[key] as string}
        list={options.list ? id(`${key}-list`) : undefined}
        aria-required={options.required || undefined}
        aria-invalid={(options.required && !!error) || undefined}
        aria-describedby={options.required && error ? id('error') : undefined}
        onChange={(e) => set(key, e.target.value)}
        autoComplete="off"
      />
      {options.list && (
        <datalist id={id(`${key}-list`)}>
          {options.list.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      )}
    </div>
  );

  return (
    <dialog
      ref={ref}
      className="pk-dialog pk-person"
      aria-labelledby={id('heading')}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <div className="pk-dialog__head">
          <h2 id={id('heading')} className="pk-dialog__title">
            {title}
          </h2>
        </div>
        <div className="pk-dialog__body pk-person__grid">
          <div
            className="pk-person__field pk-person__field--wide"
            role="radiogroup"
            aria-labelledby={id('kind')}
          >
            <span id={id('kind')} className="pk-person__label">
              {tr('meeting.person.kind')}
            </span>
            <div className="pk-segmented">
              {KINDS.map(({ kind, label }) => (
                <label
                  key={kind}
                  className={`pk-segmented__option${fields.kind === kind ? ' is-checked' : ''}`}
                >
                  <input
                    type="radio"
                    name={id('kind-radio')}
                    value={kind}
                    checked={fields.kind === kind}
                    onChange={() =>
                      setFields((f) => ({
                        ...f,
                        kind,
                        // A member votes by default; staff and guests do not.
                        votingRight: kind === 'member',
                        role: f.role === 'Mitglied' && kind !== 'member' ? '' : f.role,
                      }))
                    }
                  />
                  {tr(label)}
                </label>
              ))}
            </div>
          </div>
          <div className="pk-person__field">
            <label htmlFor={id('formOfAddress')} className="pk-person__label">
              {tr('meeting.person.formOfAddress')}
            </label>
            <select
              id={id('formOfAddress')}
              className="pk-select"
              value={fields.formOfAddress}
              onChange={(e) => set('formOfAddress', e.target.value)}
            >
              <option value="">—</option>
              <option value="Herr">Herr</option>
              <option value="Frau">Frau</option>
              {fields.formOfAddress && !['Herr', 'Frau'].includes(fields.formOfAddress) && (
                <option value={fields.formOfAddress}>{fields.formOfAddress}</option>
              )}
            </select>
          </div>
          {text('honorific', tr('meeting.person.honorific'), { list: HONORIFICS })}
          {text('title', tr('meeting.person.title'), { list: TITLES })}
          {text('givenName', tr('meeting.person.givenName'))}
          {text('familyName', tr('meeting.person.familyName'), { wide: true, required: true })}
          {text('group', tr('meeting.person.group'))}
          {text('unit', tr('meeting.person.unit'))}
          {text('role', tr('meeting.person.role'), { list: ROLES })}
          <div className="pk-person__field pk-person__field--check">
            <label className="pk-meeting-check">
              <input
                type="checkbox"
                checked={fields.votingRight}
                onChange={(e) => set('votingRight', e.target.checked)}
              />
              {tr('meeting.person.votingRight')}
            </label>
          </div>
          {error && (
            <div
              id={id('error')}
              className="pk-message pk-message--error pk-person__field--wide"
              role="alert"
            >
              {error}
            </div>
          )}
          <div className="pk-person__preview pk-person__field--wide" aria-live="polite">
            <span className="pk-person__preview-label">{tr('meeting.person.preview')}</span>
            {fields.familyName.trim() ? (
              <dl>
                <dt>{tr('meeting.person.previewText')}</dt>
                <dd>{mentionName(preview, true)}</dd>
                <dt>{tr('meeting.person.previewLater')}</dt>
                <dd>{formalName(preview)}</dd>
                <dt>{tr('meeting.person.previewList')}</dt>
                <dd>{listName(preview)}</dd>
              </dl>
            ) : (
              <span className="pk-person__preview-empty">{tr('meeting.person.previewEmpty')}</span>
            )}
          </div>
        </div>
        <div className="pk-dialog__foot">
          <button type="button" className="pk-meeting-button" onClick={onCancel}>
            {tr('meeting.dialog.cancel')}
          </button>
          <button type="submit" className="pk-meeting-button pk-meeting-button--primary">
            {tr('meeting.dialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
