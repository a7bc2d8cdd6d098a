import type { KeyboardEvent } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import type { AttendancePatch } from '../../../core/model/ops/attendance';
import type { AgendaItem, Attendance, AttendanceStatus, Person } from '../../../core/model/schema';
import { affiliation } from '../../../core/style/names';
import type { Translate } from '../../ui/i18n';
import { Icon } from '../icons';
import { STATUS_KEYS } from './keys';

export const REASONS = [
  'krank',
  'beruflich verhindert',
  'dienstlich verhindert',
  'Urlaub',
  'privat verhindert',
];

const STATUSES: {
  status: AttendanceStatus;
  label: 'meeting.attendance.present' | 'meeting.attendance.excused' | 'meeting.attendance.absent';
}[] = [
  { status: 'present', label: 'meeting.attendance.present' },
  { status: 'excused', label: 'meeting.attendance.excused' },
  { status: 'absent', label: 'meeting.attendance.absent' },
];

/** "GR Dr. Jürgen Conrad", "Frau Katrin Schmid": the full name as the roster shows it. */
export function rosterName(person: Person): string {
  return [
    person.honorific || person.formOfAddress,
    person.title,
    person.givenName,
    person.familyName,
  ]
    .filter((part) => part.trim() !== '')
    .join(' ');
}

interface AttendanceRowProps {
  lang: Lang;
  tr: Translate;
  domId: (suffix: string) => string;
  person: Person;
  record: Attendance;
  items: readonly AgendaItem[];
  /** The row holding the table's tab stop. */
  active: boolean;
  readOnly: boolean;
  roles: string[];
  problem: string | null;
  onActivate: () => void;
  onPatch: (patch: AttendancePatch) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  onEdit: () => void;
  onRemove: () => void;
  /** The roster alone (per-item minutes): no attendance columns. */
  rosterOnly?: boolean;
}

/** One person of the roster with their attendance. */
export function AttendanceRow({
  lang,
  tr,
  domId,
  person,
  record,
  items,
  active,
  readOnly,
  roles,
  problem,
  onActivate,
  onPatch,
  onKeyDown,
  onEdit,
  onRemove,
  rosterOnly = false,
}: AttendanceRowProps) {
  const tab = active ? 0 : -1;
  const present = record.status === 'present';
  const name = rosterName(person);
  const nameId = domId(`name-${person.id}`);
  const arrival = record.arrivedAtItem ? items.findIndex((i) => i.id === record.arrivedAtItem) : -1;
  const departure = record.leftAfterItem
    ? items.findIndex((i) => i.id === record.leftAfterItem)
    : -1;
  const bracket = affiliation(person);

  const commitReason = (value: string) => {
    if (value.trim() !== record.reason) onPatch({ reason: value });
  };

  return (
    <tr
      className={`pk-att__row is-${record.status}${active ? ' is-active' : ''}`}
      data-person-id={person.id}
      onFocus={onActivate}
      onKeyDown={onKeyDown}
    >
      <th scope="row" className="pk-att__name" id={nameId}>
        <span className="pk-att__person">{name}</span>
        {bracket && <span className="pk-att__affiliation">{bracket}</span>}
        {roles.map((role) => (
          <span key={role} className="pk-att__badge">
            {role}
          </span>
        ))}
        {person.kind === 'member' && !person.votingRight && (
          <span className="pk-att__badge pk-att__badge--muted">
            {tr('meeting.attendance.noVote')}
          </span>
        )}
      </th>
      {rosterOnly ? (
        <td className="pk-att__role">
          {person.kind === 'staff' ? person.unit || person.role : person.role}
        </td>
      ) : (
        <>
          <td className="pk-att__status">
            <div
              className="pk-segmented pk-att__segmented"
              role="radiogroup"
              aria-labelledby={nameId}
              data-col="status"
            >
              {STATUSES.map(({ status, label }) => (
                <label
                  key={status}
                  className={`pk-segmented__option is-${status}${record.status === status ? ' is-checked' : ''}`}
                  title={`${tr(label)} (${STATUS_KEYS[lang][status].toUpperCase()})`}
                >
                  <input
                    type="radio"
                    name={domId(`status-${person.id}`)}
                    value={status}
                    checked={record.status === status}
                    disabled={readOnly}
                    tabIndex={record.status === status ? tab : -1}
                    aria-keyshortcuts={STATUS_KEYS[lang][status].toUpperCase()}
                    onChange={() => onPatch({ status })}
                  />
                  {tr(label)}
                </label>
              ))}
            </div>
          </td>
          <td className="pk-att__reason">
            <input
              key={record.reason}
              className="pk-input"
              data-col="reason"
              defaultValue={record.reason}
              list={domId('reasons')}
              placeholder={present ? '' : tr('meeting.attendance.reasonPlaceholder')}
              aria-label={tr('meeting.attendance.reasonFor', { name })}
              disabled={readOnly || present}
              tabIndex={tab}
              autoComplete="off"
              onBlur={(e) => commitReason(e.target.value)}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter') commitReason(e.currentTarget.value);
                if (e.key === 'Escape') e.currentTarget.value = record.reason;
              }}
            />
          </td>
          <td className="pk-att__time">
            <select
              className="pk-select"
              data-col="arrival"
              value={record.arrivedAtItem}
              aria-label={tr('meeting.attendance.arrivalFor', { name })}
              aria-invalid={problem ? true : undefined}
              disabled={readOnly || !present}
              tabIndex={tab}
              onChange={(e) => onPatch({ arrivedAtItem: e.target.value })}
            >
              <option value="">{tr('meeting.attendance.fromStart')}</option>
              {items.map((item, index) => (
                <option
                  key={item.id}
                  value={item.id}
                  title={item.title}
                  disabled={departure >= 0 && index > departure}
                >
                  {tr('meeting.attendance.fromItem', { number: item.number })}
                </option>
              ))}
            </select>
          </td>
          <td className="pk-att__time">
            <select
              className="pk-select"
              data-col="departure"
              value={record.leftAfterItem}
              aria-label={tr('meeting.attendance.departureFor', { name })}
              aria-invalid={problem ? true : undefined}
              disabled={readOnly || !present}
              tabIndex={tab}
              onChange={(e) => onPatch({ leftAfterItem: e.target.value })}
            >
              <option value="">{tr('meeting.attendance.toEnd')}</option>
              {items.map((item, index) => (
                <option
                  key={item.id}
                  value={item.id}
                  title={item.title}
                  disabled={arrival >= 0 && index < arrival}
                >
                  {tr('meeting.attendance.afterItem', { number: item.number })}
                </option>
              ))}
            </select>
            {problem && (
              <div className="pk-message pk-message--error pk-att__problem" role="alert">
                {problem}
              </div>
            )}
          </td>
        </>
      )}
      <td className="pk-att__actions">
        {!readOnly && (
          <>
            <button
              type="button"
              className="pk-meeting-icon-button"
              tabIndex={tab}
              data-col="edit"
              aria-label={tr('meeting.attendance.edit', { name })}
              title={tr('meeting.attendance.edit', { name })}
              onClick={onEdit}
            >
              <Icon name="pencil" />
            </button>
            <button
              type="button"
              className="pk-meeting-icon-button pk-meeting-icon-button--danger"
              tabIndex={tab}
              data-col="remove"
              aria-label={tr('meeting.attendance.remove', { name })}
              title={tr('meeting.attendance.remove', { name })}
              onClick={onRemove}
            >
              <Icon name="trash" />
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
