import { useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { attendanceSummary } from '../../core/attendance/summary';
import type { Lang } from '../../core/i18n/catalog';
import {
  attendanceRecord,
  setAttendance,
  type AttendancePatch,
} from '../../core/model/ops/attendance';
import { setFindings } from '../../core/model/ops/findings';
import {
  addPerson,
  emptyPerson,
  fieldsOf,
  removePerson,
  restorePerson,
  updatePerson,
  type PersonFields,
  type PersonReference,
  type RemovedPerson,
} from '../../core/model/ops/people';
import { quorumHint } from '../../core/model/ops/quorum';
import { profileOf } from '../../core/rules/profiles';
import type { Person, PersonKind, ProtocolDocument } from '../../core/model/schema';
import { validateAttendance } from '../../core/model/validation';
import { AttendanceRow, REASONS, rosterName } from './attendance/AttendanceRow';
import { FindingsFields } from './attendance/FindingsFields';
import { STATUS_KEYS, statusForKey } from './attendance/keys';
import { quorumLaw } from './attendance/summary';
import { translator, type Translate } from '../ui/i18n';
import { Icon } from './icons';
import { useDomId } from './ids';
import { ConfirmDialog } from './people/ConfirmDialog';
import { PersonDialog } from './people/PersonDialog';
import { useUndoStack } from './undo';
import { UndoToast } from './UndoToast';
import '../ui/ui.css';
import './meeting.css';
import './attendance/attendance.css';

export interface AttendanceEditorProps {
  document: ProtocolDocument;
  onChange: (next: ProtocolDocument) => void;
  lang: Lang;
  readOnly?: boolean;
  /** How long the undo toast of a removal stays, in ms. */
  undoTimeout?: number;
  /** The roster alone, without attendance (per-item minutes have no attendance). */
  rosterOnly?: boolean;
  /** Reads a roster file (CSV, OParl) into the list; the button shows when given. */
  onImportRoster?: () => void;
  /** Writes the list as a CSV; the button shows when given. */
  onExportRoster?: () => void;
}

const SECTIONS: {
  kind: PersonKind;
  heading:
    'meeting.person.kinds.member' | 'meeting.person.kinds.staff' | 'meeting.person.kinds.guest';
  add:
    'meeting.attendance.addMember' | 'meeting.attendance.addStaff' | 'meeting.attendance.addGuest';
}[] = [
  { kind: 'member', heading: 'meeting.person.kinds.member', add: 'meeting.attendance.addMember' },
  { kind: 'staff', heading: 'meeting.person.kinds.staff', add: 'meeting.attendance.addStaff' },
  { kind: 'guest', heading: 'meeting.person.kinds.guest', add: 'meeting.attendance.addGuest' },
];

function describeReference(tr: Translate, ref: PersonReference): string {
  switch (ref.kind) {
    case 'chair':
      return tr('meeting.people.ref.chair');
    case 'clerk':
      return tr('meeting.people.ref.clerk');
    case 'signatory':
      return tr('meeting.people.ref.signatory', { label: ref.label });
    case 'signature':
      return tr('meeting.people.ref.signature', { label: ref.label });
    case 'mention':
      return tr('meeting.people.ref.mention', { number: ref.number });
  }
}

type Dialog =
  | { kind: 'new'; personKind: PersonKind }
  | { kind: 'edit'; person: Person }
  | { kind: 'confirmRemove'; person: Person; references: PersonReference[] }
  | { kind: 'blocked'; person: Person; references: PersonReference[] };

/**
 * The attendance of a whole-meeting Niederschrift: the roster by members, administration and
 * guests, each person's status (with the reason of an absence), late arrival and early
 * departure by agenda item, the live count and quorum hint, and the clerk's findings.
 *
 * Keyboard: the table has one tab stop (the active row's status); ↑/↓ change the row, the
 * status letters (A/E/U) mark a person and go on to the next, Tab reaches the row's other
 * fields, F2 edits the person, Ctrl+Z undoes a removal.
 */
export function AttendanceEditor({
  document,
  onChange,
  lang,
  readOnly = false,
  undoTimeout = 8000,
  rosterOnly = false,
  onImportRoster,
  onExportRoster,
}: AttendanceEditorProps) {
  const tr = translator(lang);
  const domId = useDomId();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');
  const undo = useUndoStack<RemovedPerson>(document.id, undoTimeout);
  const tableRef = useRef<HTMLTableElement>(null);
  const pendingFocus = useRef<{ personId: string; col: string } | null>(null);

  const people = SECTIONS.flatMap((s) => document.people.filter((p) => p.kind === s.kind));
  const active = people.find((p) => p.id === activeId) ?? people[0];
  const summary = attendanceSummary(document);
  const quorum = quorumHint(document);
  const stale = new Map(
    validateAttendance(document).map((f) => [f.personId, tr(f.messageKey, f.params)]),
  );

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const row = tableRef.current?.querySelector(
      `tr[data-person-id="${CSS.escape(target.personId)}"]`,
    );
    const element =
      target.col === 'status'
        ? row?.querySelector<HTMLElement>('[data-col="status"] input:checked')
        : row?.querySelector<HTMLElement>(`[data-col="${target.col}"]`);
    element?.focus();
  });

  const firstCol = rosterOnly ? 'edit' : 'status';
  const focusRow = (personId: string, col = firstCol) => {
    setActiveId(personId);
    pendingFocus.current = { personId, col };
  };

  const patch = (person: Person, change: AttendancePatch) => {
    const result = setAttendance(document, person.id, change);
    if (!result.ok) {
      setProblems((p) => ({ ...p, [person.id]: tr(result.reason, result.params) }));
      return false;
    }
    setProblems((p) => {
      const { [person.id]: _gone, ...rest } = p;
      return rest;
    });
    if (result.document !== document) onChange(result.document);
    return true;
  };

  const rolesOf = (person: Person): string[] => [
    ...(document.meeting.chairId === person.id ? [tr('meeting.people.ref.chair')] : []),
    ...(document.meeting.clerkId === person.id ? [tr('meeting.people.ref.clerk')] : []),
  ];

  const onRowKeyDown =
    (person: Person, index: number) => (event: KeyboardEvent<HTMLTableRowElement>) => {
      const target = event.target as HTMLElement;
      const onStatus = target.closest('[data-col="status"]') !== null;
      const col = target.closest<HTMLElement>('[data-col]')?.dataset.col ?? 'status';
      // In a text field Ctrl+Z is the field's own undo.
      const typing = target instanceof HTMLInputElement && target.type !== 'radio';
      const key = event.key;
      if ((key === 'ArrowDown' || key === 'ArrowUp') && (onStatus || target.tagName === 'BUTTON')) {
        event.preventDefault();
        const next = people[index + (key === 'ArrowDown' ? 1 : -1)];
        if (next) focusRow(next.id, rosterOnly ? 'edit' : col);
      } else if ((key === 'Home' || key === 'End') && event.ctrlKey) {
        event.preventDefault();
        const next = key === 'Home' ? people[0] : people.at(-1);
        if (next) focusRow(next.id, col);
      } else if (
        onStatus &&
        !event.ctrlKey &&
        !event.altKey &&
        !event.metaKey &&
        statusForKey(lang, key) &&
        !readOnly
      ) {
        event.preventDefault();
        const status = statusForKey(lang, key)!;
        if (patch(person, { status })) {
          setAnnouncement(`${rosterName(person)}: ${tr(`meeting.attendance.${status}`)}`);
          const next = people[index + 1];
          focusRow(next ? next.id : person.id);
        }
      } else if (key === 'F2' && !readOnly) {
        event.preventDefault();
        setDialog({ kind: 'edit', person });
      } else if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z' && !typing) {
        event.preventDefault();
        restore();
      }
    };

  const remove = (person: Person, clearRoles = false) => {
    const result = removePerson(document, person.id, { clearRoles });
    if (result.ok) {
      const index = people.indexOf(person);
      const neighbour = people[index + 1] ?? people[index - 1];
      onChange(result.document);
      setDialog(null);
      undo.push(tr('meeting.attendance.removed', { name: rosterName(person) }), result.removed);
      if (neighbour) focusRow(neighbour.id);
      return;
    }
    const blocking = result.references.some((r) => r.kind === 'mention' || r.kind === 'signature');
    setDialog({
      kind: blocking ? 'blocked' : 'confirmRemove',
      person,
      references: result.references,
    });
  };

  const restore = (entryId?: number) => {
    const entry = undo.take(entryId);
    if (!entry) return;
    onChange(restorePerson(document, entry.payload));
    focusRow(entry.payload.person.id);
    setAnnouncement(tr('meeting.attendance.restored', { name: rosterName(entry.payload.person) }));
  };

  const savePerson = (fields: PersonFields): string | null => {
    if (!dialog) return null;
    if (dialog.kind === 'new') {
      const result = addPerson(document, fields);
      if (!result.ok) return tr(result.reason, result.params);
      onChange(result.document);
      setDialog(null);
      focusRow(result.person.id);
      return null;
    }
    if (dialog.kind === 'edit') {
      const result = updatePerson(document, dialog.person.id, fields);
      if (!result.ok) return tr(result.reason, result.params);
      onChange(result.document);
      setDialog(null);
      focusRow(dialog.person.id);
    }
    return null;
  };

  const closeDialog = () => {
    const person = dialog && 'person' in dialog ? dialog.person : null;
    setDialog(null);
    if (person) focusRow(person.id, dialog?.kind === 'edit' ? 'edit' : 'remove');
  };

  const later = people.filter(
    (p) => p.kind === 'member' && attendanceRecord(document, p.id).arrivedAtItem,
  ).length;
  const earlier = people.filter(
    (p) => p.kind === 'member' && attendanceRecord(document, p.id).leftAfterItem,
  ).length;
  const keys = STATUS_KEYS[lang];
  const columns = rosterOnly ? 3 : 6;

  return (
    <section className="pk-att" aria-labelledby={domId('heading')}>
      <div className="pk-att__head">
        <h2 id={domId('heading')} className="pk-att__heading">
          {tr(rosterOnly ? 'meeting.roster.heading' : 'meeting.attendance.heading')}
        </h2>
        {(onImportRoster || onExportRoster) && (
          <div className="pk-att__tools">
            {onImportRoster && !readOnly && (
              <button
                type="button"
                className="pk-meeting-button"
                data-testid="roster-import"
                onClick={onImportRoster}
              >
                {tr('meeting.roster.import')}
              </button>
            )}
            {onExportRoster && (
              <button
                type="button"
                className="pk-meeting-button"
                data-testid="roster-export"
                onClick={onExportRoster}
              >
                {tr('meeting.roster.export')}
              </button>
            )}
          </div>
        )}
        {summary && !rosterOnly && (
          <div className="pk-att__summary">
            <p className="pk-att__count" role="status" data-testid="attendance-count">
              {tr('meeting.attendance.count', {
                present: summary.presentCount,
                total: summary.memberTotal,
              })}
              {(later > 0 || earlier > 0) && (
                <span className="pk-att__count-detail">
                  {' '}
                  {tr('meeting.attendance.countDetail', { later, earlier })}
                </span>
              )}
            </p>
            {quorum && (
              <p
                className={`pk-att__quorum ${quorum.reached ? 'is-reached' : 'is-missed'}`}
                data-testid="quorum-hint"
              >
                {tr(quorum.reached ? 'meeting.quorum.reached' : 'meeting.quorum.missed', {
                  atStart: quorum.presentAtStart,
                  required: quorum.required,
                  total: quorum.total,
                })}{' '}
                <span className="pk-att__law">
                  {tr(
                    quorumLaw(document.rules.profile, quorum).key,
                    quorumLaw(document.rules.profile, quorum).params,
                  )}
                </span>
              </p>
            )}
          </div>
        )}
      </div>

      {!rosterOnly && (
        <FindingsFields
          tr={tr}
          domId={domId}
          meeting={document.meeting}
          readOnly={readOnly}
          quorumReached={quorum?.reached ?? null}
          secondMeetingLaw={profileOf(document.rules.profile).quorum?.secondMeeting?.law ?? null}
          onChange={(findings) => onChange(setFindings(document, findings))}
        />
      )}

      <table
        ref={tableRef}
        className="pk-att__table"
        aria-labelledby={domId('heading')}
        aria-describedby={rosterOnly ? undefined : domId('keys')}
      >
        {rosterOnly ? (
          <colgroup>
            <col className="pk-att__col-name" />
            <col className="pk-att__col-role" />
            <col className="pk-att__col-actions" />
          </colgroup>
        ) : (
          <colgroup>
            <col className="pk-att__col-name" />
            <col className="pk-att__col-status" />
            <col className="pk-att__col-reason" />
            <col className="pk-att__col-time" />
            <col className="pk-att__col-time" />
            <col className="pk-att__col-actions" />
          </colgroup>
        )}
        <thead>
          <tr>
            <th scope="col">{tr('meeting.attendance.colName')}</th>
            {rosterOnly ? (
              <th scope="col">{tr('meeting.roster.colRole')}</th>
            ) : (
              <>
                <th scope="col">{tr('meeting.attendance.colStatus')}</th>
                <th scope="col">{tr('meeting.attendance.colReason')}</th>
                <th scope="col">{tr('meeting.attendance.colArrival')}</th>
                <th scope="col">{tr('meeting.attendance.colDeparture')}</th>
              </>
            )}
            <th scope="col">
              <span className="pk-visually-hidden">{tr('meeting.attendance.colActions')}</span>
            </th>
          </tr>
        </thead>
        {SECTIONS.map((section) => {
          const members = people.filter((p) => p.kind === section.kind);
          return (
            <tbody key={section.kind} className="pk-att__section">
              <tr className="pk-att__section-row">
                <th colSpan={columns} scope="colgroup">
                  <div className="pk-att__section-head">
                    <span className="pk-att__section-title">{tr(section.heading)}</span>
                    <span className="pk-att__section-count">{members.length}</span>
                    {!readOnly && (
                      <button
                        type="button"
                        className="pk-meeting-button pk-meeting-button--quiet pk-att__add"
                        onClick={() => setDialog({ kind: 'new', personKind: section.kind })}
                      >
                        <Icon name="plus" />
                        {tr(section.add)}
                      </button>
                    )}
                  </div>
                </th>
              </tr>
              {members.length === 0 && (
                <tr className="pk-att__empty-row">
                  <td colSpan={columns}>{tr('meeting.attendance.nobody')}</td>
                </tr>
              )}
              {members.map((person) => (
                <AttendanceRow
                  key={person.id}
                  lang={lang}
                  tr={tr}
                  domId={domId}
                  person={person}
                  record={attendanceRecord(document, person.id)}
                  items={document.items}
                  active={person.id === active?.id}
                  readOnly={readOnly}
                  roles={rolesOf(person)}
                  problem={problems[person.id] ?? stale.get(person.id) ?? null}
                  onActivate={() => person.id !== activeId && setActiveId(person.id)}
                  onPatch={(change) => patch(person, change)}
                  onKeyDown={onRowKeyDown(person, people.indexOf(person))}
                  onEdit={() => setDialog({ kind: 'edit', person })}
                  onRemove={() => remove(person)}
                  rosterOnly={rosterOnly}
                />
              ))}
            </tbody>
          );
        })}
      </table>
      <datalist id={domId('reasons')}>
        {REASONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {!rosterOnly && (
        <p id={domId('keys')} className="pk-att__keys">
          {tr('meeting.attendance.keys', {
            present: keys.present.toUpperCase(),
            excused: keys.excused.toUpperCase(),
            absent: keys.absent.toUpperCase(),
          })}
        </p>
      )}
      <UndoToast entry={undo.toast} tr={tr} onUndo={restore} onDismiss={undo.dismiss} />
      <div className="pk-visually-hidden" aria-live="polite">
        {announcement}
      </div>

      {(dialog?.kind === 'new' || dialog?.kind === 'edit') && (
        <PersonDialog
          lang={lang}
          title={tr(dialog.kind === 'new' ? 'meeting.person.newTitle' : 'meeting.person.editTitle')}
          initial={dialog.kind === 'new' ? emptyPerson(dialog.personKind) : fieldsOf(dialog.person)}
          onSave={savePerson}
          onCancel={closeDialog}
        />
      )}
      {dialog?.kind === 'confirmRemove' && (
        <ConfirmDialog
          tr={tr}
          title={tr('meeting.attendance.removeTitle', { name: rosterName(dialog.person) })}
          message={tr('meeting.attendance.removeRoles', {
            name: rosterName(dialog.person),
            roles: dialog.references.map((r) => describeReference(tr, r)).join(', '),
          })}
          confirm={tr('meeting.attendance.removeConfirm')}
          danger
          onConfirm={() => remove(dialog.person, true)}
          onCancel={closeDialog}
        />
      )}
      {dialog?.kind === 'blocked' && (
        <ConfirmDialog
          tr={tr}
          title={tr('meeting.attendance.removeTitle', { name: rosterName(dialog.person) })}
          message={tr('meeting.people.referenced', {
            name: rosterName(dialog.person),
            references: dialog.references
              .filter((r) => r.kind === 'mention' || r.kind === 'signature')
              .map((r) => describeReference(tr, r))
              .join(', '),
          })}
          onCancel={closeDialog}
        />
      )}
    </section>
  );
}
