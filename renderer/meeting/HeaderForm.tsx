import { useState } from 'react';
import type { Lang } from '../../core/i18n/catalog';
import type { HeaderField } from '../../core/model/layout';
import {
  headerFieldValue,
  isItemField,
  setHeaderField,
  SESSION_NON_PUBLIC,
  SESSION_PUBLIC,
} from '../../core/model/ops/header';
import { addPerson, emptyPerson, type PersonFields } from '../../core/model/ops/people';
import type { AgendaItem, ProtocolDocument } from '../../core/model/schema';
import { checkFieldInput, validateHeader, type FieldFinding } from '../../core/model/validation';
import { formatDate, formatLongDate } from '../../core/style/dates';
import { mentionName } from '../../core/style/names';
import { fieldLabel, formFields, type HeaderScope } from './header/formFields';
import { translator } from '../ui/i18n';
import { Icon } from './icons';
import { useDomId } from './ids';
import { PersonDialog } from './people/PersonDialog';
import '../ui/ui.css';
import './meeting.css';
import './header/header.css';

export interface HeaderFormProps {
  document: ProtocolDocument;
  onChange: (next: ProtocolDocument) => void;
  lang: Lang;
  /**
   * "item": the header of one item (per-item documents: the whole header; whole-meeting
   * documents: number, subject, session kind and the short item header). "meeting": the
   * meeting header of whole-meeting minutes.
   */
  scope: HeaderScope;
  /** The item whose header it is (scope "item"). */
  itemId?: string | null;
  readOnly?: boolean;
  /** Show every finding, also on fields nobody has touched (the completeness check). */
  revealFindings?: boolean;
  /** A heading above the fields; none when omitted. */
  heading?: string;
}

/** What the user typed and the model value it was typed against. */
interface Draft {
  text: string;
  base: string;
  problem: { messageKey: FieldFinding['messageKey']; params: FieldFinding['params'] } | null;
}

const WIDTH: Partial<Record<HeaderField['key'], string>> = {
  'meeting.minutesNumber': 'short',
  'item.minutesNumber': 'short',
  'item.number': 'short',
  'item.paperRef': 'medium',
  'item.fileRef': 'medium',
  'item.treatment': 'medium',
  'meeting.date': 'date',
  'meeting.start': 'time',
  'meeting.end': 'time',
};

const TREATMENTS = ['Verhandlung', 'Beschluss', 'Bericht', 'Kenntnisnahme', 'Anhörung'];

/**
 * What "Neue Person" beside a field starts with: only what follows from the field. The chair of
 * a council is a member with a vote (the Bürgermeister, core/rules/chair.ts); the clerk and a
 * rapporteur are administration, and their function is the field itself, not a role to copy.
 */
function newPersonFields(field: HeaderField): PersonFields {
  if (field.key === 'meeting.chair') return { ...emptyPerson('member'), role: 'Vorsitz' };
  return emptyPerson('staff');
}

/**
 * The header of a Niederschrift or of one item, as a form with the template's fields in the
 * template's order. What the user types is kept as typed; valid values go to the model at
 * once (dates as ISO, times as HH:MM), invalid ones stay in the field with the reason beside
 * them until corrected, so nothing typed is lost.
 */
export function HeaderForm({
  document,
  onChange,
  lang,
  scope,
  itemId = null,
  readOnly = false,
  revealFindings = false,
  heading,
}: HeaderFormProps) {
  const tr = translator(lang);
  const domId = useDomId();
  const item: AgendaItem | undefined = itemId
    ? document.items.find((i) => i.id === itemId)
    : undefined;
  const fields = formFields(document, scope).filter((f) => !isItemField(f.key) || item);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [touched, setTouched] = useState<Record<string, true>>({});
  const [newPersonFor, setNewPersonFor] = useState<HeaderField | null>(null);

  const keyOf = (field: HeaderField) =>
    isItemField(field.key) ? `${item?.id ?? ''}|${field.key}` : field.key;
  const modelValue = (field: HeaderField) => headerFieldValue(document, field.key, item);
  const activeDraft = (field: HeaderField): Draft | undefined => {
    const draft = drafts[keyOf(field)];
    return draft && draft.base === modelValue(field) ? draft : undefined;
  };
  const setDraft = (field: HeaderField, draft: Draft | null) =>
    setDrafts((all) => {
      const next = { ...all };
      if (draft) next[keyOf(field)] = draft;
      else delete next[keyOf(field)];
      return next;
    });

  const findings = validateHeader(document, fields, item);
  const label = (field: HeaderField) => fieldLabel(field, lang);
  const say = (field: HeaderField, f: Pick<FieldFinding, 'messageKey' | 'params'>) =>
    tr(f.messageKey, { ...f.params, label: label(field) });

  const commit = (field: HeaderField, value: string): string | null => {
    const result = setHeaderField(document, field.key, value, item?.id);
    if (!result.ok) return null;
    if (result.document !== document) onChange(result.document);
    return headerFieldValue(
      result.document,
      field.key,
      item && result.document.items.find((i) => i.id === item.id),
    );
  };

  const onText = (field: HeaderField, text: string) => {
    const base = modelValue(field);
    const check = checkFieldInput(field, text, item);
    if (!check.ok) {
      setDraft(field, { text, base, problem: check.finding });
      return;
    }
    const result = setHeaderField(document, field.key, check.value, item?.id);
    if (!result.ok) {
      setDraft(field, {
        text,
        base,
        problem: { messageKey: result.reason, params: result.params },
      });
      return;
    }
    if (result.document !== document) onChange(result.document);
    setDraft(field, { text, base: check.value, problem: null });
  };

  const onBlur = (field: HeaderField) => {
    setTouched((t) => ({ ...t, [keyOf(field)]: true }));
    const draft = activeDraft(field);
    if (!draft || draft.problem) return;
    // Valid input is shown in the house form once the field is left ("1.7.2018" → "01.07.2018").
    if (field.type === 'multiline' && draft.text.trim() !== draft.text)
      commit(field, draft.text.trim());
    setDraft(field, null);
  };

  /** The one message a field shows: what is wrong with the input, else with the model value. */
  const messageOf = (
    field: HeaderField,
  ): { text: string; severity: 'error' | 'warning' } | null => {
    const key = keyOf(field);
    const draft = activeDraft(field);
    const shown = revealFindings || touched[key];
    if (draft?.problem) {
      const refused = !draft.problem.messageKey.startsWith('meeting.validation.');
      return shown || refused ? { text: say(field, draft.problem), severity: 'error' } : null;
    }
    const own = findings.filter((f) => f.fieldKey === field.key);
    const visible = own.filter((f) =>
      f.messageKey === 'meeting.validation.required' ? shown : shown || !draft,
    );
    const first = visible.find((f) => f.severity === 'error') ?? visible[0];
    return first ? { text: say(field, first), severity: first.severity } : null;
  };

  const displayText = (field: HeaderField): string => {
    const draft = activeDraft(field);
    if (draft) return draft.text;
    const value = modelValue(field);
    return field.type === 'date' ? formatDate(value) : value;
  };

  const people = [...document.people].sort((a, b) =>
    a.kind === b.kind
      ? a.familyName.localeCompare(b.familyName, 'de')
      : a.kind.localeCompare(b.kind),
  );
  const kinds = [
    { kind: 'member', label: tr('meeting.person.kinds.member') },
    { kind: 'staff', label: tr('meeting.person.kinds.staff') },
    { kind: 'guest', label: tr('meeting.person.kinds.guest') },
  ] as const;

  const renderControl = (
    field: HeaderField,
    id: string,
    messageId: string,
    message: ReturnType<typeof messageOf>,
  ) => {
    const describedBy = message ? messageId : undefined;
    const invalid = message ? true : undefined;
    const common = {
      id,
      disabled: readOnly,
      'aria-required': field.required || undefined,
      'aria-invalid': invalid,
      'aria-describedby': describedBy,
    };
    const warnClass = message?.severity === 'warning' ? ' is-warning' : '';
    switch (field.type) {
      case 'multiline':
        return (
          <textarea
            {...common}
            className={`pk-textarea pk-header__input${warnClass}`}
            rows={Math.min(5, Math.max(2, Math.ceil(displayText(field).length / 70)))}
            value={displayText(field)}
            onChange={(e) => onText(field, e.target.value)}
            onBlur={() => onBlur(field)}
          />
        );
      case 'sessionKind': {
        const value = modelValue(field);
        return (
          <div
            className="pk-segmented"
            role="radiogroup"
            aria-labelledby={`${id}-label`}
            aria-describedby={describedBy}
          >
            {[
              { value: SESSION_PUBLIC, text: tr('meeting.header.public') },
              { value: SESSION_NON_PUBLIC, text: tr('meeting.header.nonPublic') },
            ].map((option) => (
              <label
                key={option.value}
                className={`pk-segmented__option${value === option.value ? ' is-checked' : ''}`}
              >
                <input
                  type="radio"
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  disabled={readOnly}
                  onChange={() => commit(field, option.value)}
                />
                {option.text}
              </label>
            ))}
          </div>
        );
      }
      case 'person': {
        const value = modelValue(field);
        const known = value === '' || document.people.some((p) => p.id === value);
        return (
          <div className="pk-header__person">
            <select
              {...common}
              className="pk-select pk-header__input"
              value={known ? value : ''}
              onChange={(e) => {
                commit(field, e.target.value);
                setTouched((t) => ({ ...t, [keyOf(field)]: true }));
              }}
            >
              <option value="">{tr('meeting.header.choosePerson')}</option>
              {kinds.map(({ kind, label: groupLabel }) => {
                const group = people.filter((p) => p.kind === kind);
                return group.length === 0 ? null : (
                  <optgroup key={kind} label={groupLabel}>
                    {group.map((p) => (
                      <option key={p.id} value={p.id}>
                        {mentionName(p, true)}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
            {!readOnly && (
              <button
                type="button"
                className="pk-meeting-button pk-meeting-button--quiet"
                aria-label={tr('meeting.header.newPersonFor', { field: label(field) })}
                title={tr('meeting.header.newPersonFor', { field: label(field) })}
                onClick={() => setNewPersonFor(field)}
              >
                <Icon name="plus" />
                {tr('meeting.header.newPerson')}
              </button>
            )}
          </div>
        );
      }
      default: {
        const width = WIDTH[field.key] ?? 'full';
        const listId =
          field.key === 'item.treatment' || field.key === 'item.rapporteur'
            ? `${id}-list`
            : undefined;
        const longDate =
          field.type === 'date' && !activeDraft(field)?.problem
            ? formatLongDate(modelValue(field))
            : '';
        return (
          <div className="pk-header__inline">
            <input
              {...common}
              className={`pk-input pk-header__input pk-header__input--${width}${warnClass}`}
              value={displayText(field)}
              placeholder={
                field.type === 'date'
                  ? tr('meeting.header.datePlaceholder')
                  : field.type === 'time'
                    ? tr('meeting.header.timePlaceholder')
                    : undefined
              }
              inputMode={field.type === 'date' || field.type === 'time' ? 'numeric' : undefined}
              list={listId}
              autoComplete="off"
              spellCheck={field.type === 'text' && width === 'full'}
              onChange={(e) => onText(field, e.target.value)}
              onBlur={() => onBlur(field)}
            />
            {field.type === 'time' && (
              <span className="pk-header__unit">{tr('meeting.header.oclock')}</span>
            )}
            {longDate && <span className="pk-header__aside">{longDate}</span>}
            {listId && (
              <datalist id={listId}>
                {(field.key === 'item.treatment'
                  ? TREATMENTS
                  : ['-', ...document.people.map((p) => mentionName(p, true))]
                ).map((v) => (
                  <option key={v} value={v} />
                ))}
              </datalist>
            )}
          </div>
        );
      }
    }
  };

  const saveNewPerson = (fields: PersonFields): string | null => {
    const field = newPersonFor;
    const added = addPerson(document, fields);
    if (!added.ok) return tr(added.reason, added.params);
    const result = field
      ? setHeaderField(added.document, field.key, added.person.id, item?.id)
      : null;
    onChange(result?.ok ? result.document : added.document);
    setNewPersonFor(null);
    if (field) {
      setTouched((t) => ({ ...t, [keyOf(field)]: true }));
      // Back to the field the person was made for.
      window.requestAnimationFrame(() => window.document.getElementById(domId(field.key))?.focus());
    }
    return null;
  };

  const anyRequired = fields.some((f) => f.required);

  return (
    <section className="pk-header" aria-labelledby={heading ? domId('heading') : undefined}>
      {heading && (
        <h2 id={domId('heading')} className="pk-header__heading">
          {heading}
        </h2>
      )}
      <div className="pk-header__grid">
        {fields.map((field) => {
          const id = domId(field.key);
          const messageId = `${id}-message`;
          const message = messageOf(field);
          const isGroup = field.type === 'sessionKind';
          // The asterisk stands beside the label, not in it: the field's name stays its label.
          const required = field.required && (
            <span className="pk-required" aria-hidden="true">
              *
            </span>
          );
          return (
            <div
              key={field.key}
              className={`pk-header__row${field.placement === 'title' ? ' pk-header__row--title' : ''}`}
              data-field={field.key}
            >
              <div className="pk-header__label">
                {isGroup ? (
                  <span id={`${id}-label`}>{label(field)}</span>
                ) : (
                  <label htmlFor={id}>{label(field)}</label>
                )}
                {required}
              </div>
              <div className="pk-header__control">
                {renderControl(field, id, messageId, message)}
                {message && (
                  <div id={messageId} className={`pk-message pk-message--${message.severity}`}>
                    {message.text}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </div>
      {anyRequired && !readOnly && (
        <p className="pk-header__legend">
          <span className="pk-required" aria-hidden="true">
            *
          </span>{' '}
          {tr('meeting.header.requiredLegend')}
        </p>
      )}
      {newPersonFor && (
        <PersonDialog
          lang={lang}
          title={tr('meeting.header.newPersonTitle', { field: label(newPersonFor) })}
          initial={newPersonFields(newPersonFor)}
          onSave={saveNewPerson}
          onCancel={() => {
            const field = newPersonFor;
            setNewPersonFor(null);
            window.requestAnimationFrame(() =>
              window.document.getElementById(domId(field.key))?.focus(),
            );
          }}
        />
      )}
    </section>
  );
}
