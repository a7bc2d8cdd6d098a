import { walkContent } from '../../content/walk';
import type { MessageKey } from '../../i18n/catalog';
import { createId } from '../ids';
import type { Attendance, Person, PersonKind, ProtocolDocument } from '../schema';
import { refuse, type OpResult } from './result';

/**
 * The roster: members, administration and guests. Removing a person others refer to is a
 * decision, not a side effect:
 * - their own attendance record goes with them (and comes back on undo);
 * - chair, clerk and signatory slots are cleared only when asked (`clearRoles`), else refused;
 * - a person who signed, or who is named in an item's text, is never removed: a signature
 *   cannot be unmade, and the text would name nobody.
 */

const TEXT_FIELDS = [
  'formOfAddress',
  'honorific',
  'title',
  'givenName',
  'familyName',
  'group',
  'unit',
  'role',
] as const;

/** A person's editable fields (everything but the id). */
export type PersonFields = Pick<Person, (typeof TEXT_FIELDS)[number] | 'kind' | 'votingRight'>;

export function emptyPerson(kind: PersonKind): PersonFields {
  return {
    kind,
    formOfAddress: '',
    honorific: '',
    title: '',
    givenName: '',
    familyName: '',
    group: '',
    unit: '',
    role: kind === 'member' ? 'Mitglied' : '',
    votingRight: kind === 'member',
  };
}

export function fieldsOf(person: Person): PersonFields {
  const { kind, votingRight } = person;
  const out = { ...emptyPerson(kind), kind, votingRight };
  for (const key of TEXT_FIELDS) out[key] = person[key];
  return out;
}

function trimmed(fields: PersonFields): PersonFields {
  const out = { ...fields };
  for (const key of TEXT_FIELDS) out[key] = out[key].trim();
  return out;
}

/** Lower case, single spaces, Unicode NFC: "  Dr.  Müller " and "dr. müller" are one name. */
export function nameKey(givenName: string, familyName: string): string {
  const norm = (s: string) =>
    s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
  return `${norm(givenName)}|${norm(familyName)}`;
}

/** The person of the roster with the same given and family name, if any. */
export function sameNamePerson(
  document: ProtocolDocument,
  fields: Pick<PersonFields, 'givenName' | 'familyName'>,
  exceptId = '',
): Person | undefined {
  const key = nameKey(fields.givenName, fields.familyName);
  return document.people.find(
    (p) => p.id !== exceptId && nameKey(p.givenName, p.familyName) === key,
  );
}

/**
 * Adds a person to the roster. The same name twice is refused (the clerk typed someone who is
 * there already) unless `allowSameName` says the roster import has judged it.
 */
export function addPerson(
  document: ProtocolDocument,
  fields: PersonFields,
  id: string = createId('p'),
  options: { allowSameName?: boolean } = {},
): OpResult<{ person: Person }> {
  const clean = trimmed(fields);
  if (clean.familyName === '') return refuse('meeting.people.familyNameRequired');
  if (document.people.some((p) => p.id === id)) return refuse('meeting.people.duplicateId');
  const twin = options.allowSameName ? undefined : sameNamePerson(document, clean);
  if (twin) {
    return refuse('meeting.people.sameName', {
      name: [twin.givenName, twin.familyName].filter(Boolean).join(' '),
    });
  }
  const person: Person = { ...clean, id };
  return { ok: true, document: { ...document, people: [...document.people, person] }, person };
}

export function updatePerson(
  document: ProtocolDocument,
  id: string,
  patch: Partial<PersonFields>,
): OpResult {
  const index = document.people.findIndex((p) => p.id === id);
  if (index < 0) return refuse('meeting.people.unknown');
  const current = document.people[index]!;
  const clean = trimmed({ ...fieldsOf(current), ...patch });
  if (clean.familyName === '') return refuse('meeting.people.familyNameRequired');
  const people = [...document.people];
  people[index] = { ...document.people[index]!, ...clean };
  return { ok: true, document: { ...document, people } };
}

export type PersonReference =
  | { kind: 'chair' }
  | { kind: 'clerk' }
  | { kind: 'signatory'; index: number; label: string }
  | { kind: 'signature'; label: string }
  | { kind: 'mention'; itemId: string; number: string };

/**
 * Whether a node of an item's text names the person. Protocol nodes refer to people by id:
 * a speaker (`personIds`), a vote's roll call (`namedVotes[].personId`) and its members
 * excluded for bias (`excluded`); `personId` covers single-person nodes.
 */
function mentions(node: unknown, id: string): boolean {
  const n = node as {
    personId?: unknown;
    personIds?: unknown;
    excluded?: unknown;
    namedVotes?: unknown;
  };
  const has = (list: unknown) => Array.isArray(list) && list.includes(id);
  return (
    n.personId === id ||
    has(n.personIds) ||
    has(n.excluded) ||
    (Array.isArray(n.namedVotes) &&
      n.namedVotes.some((v) => (v as { personId?: unknown } | null)?.personId === id))
  );
}

/** Everywhere the document refers to a person, apart from their attendance record. */
export function personReferences(document: ProtocolDocument, id: string): PersonReference[] {
  const refs: PersonReference[] = [];
  if (document.meeting.chairId === id) refs.push({ kind: 'chair' });
  if (document.meeting.clerkId === id) refs.push({ kind: 'clerk' });
  document.rules.signatories.forEach((s, index) => {
    if (s.personId === id) refs.push({ kind: 'signatory', index, label: s.label });
  });
  for (const s of document.signatures) {
    if (s.personId === id) refs.push({ kind: 'signature', label: s.label });
  }
  for (const item of document.items) {
    for (const node of walkContent(item.content)) {
      if (mentions(node, id)) {
        refs.push({ kind: 'mention', itemId: item.id, number: item.number });
        break;
      }
    }
  }
  return refs;
}

/** What it takes to undo a removal. */
export interface RemovedPerson {
  person: Person;
  index: number;
  attendance: Attendance | null;
  attendanceIndex: number;
  /** Roles cleared with `clearRoles`, restored on undo where still empty. */
  chair: boolean;
  clerk: boolean;
  signatorySlots: number[];
}

export type RemovePersonResult =
  | { ok: true; document: ProtocolDocument; removed: RemovedPerson }
  | {
      ok: false;
      reason: MessageKey;
      params: Record<string, string | number>;
      /** What stands in the way (empty when the person is unknown). */
      references: PersonReference[];
    };

export function removePerson(
  document: ProtocolDocument,
  id: string,
  options: { clearRoles?: boolean } = {},
): RemovePersonResult {
  const index = document.people.findIndex((p) => p.id === id);
  if (index < 0) return { ...refuse('meeting.people.unknown'), references: [] };
  const references = personReferences(document, id);
  const blocking = references.filter(
    (r) => r.kind === 'signature' || r.kind === 'mention' || !options.clearRoles,
  );
  if (blocking.length > 0) {
    return { ok: false, reason: 'meeting.people.referenced', params: {}, references: blocking };
  }
  const attendanceIndex = document.attendance.findIndex((a) => a.personId === id);
  const signatorySlots = references.flatMap((r) => (r.kind === 'signatory' ? [r.index] : []));
  const chair = document.meeting.chairId === id;
  const clerk = document.meeting.clerkId === id;
  return {
    ok: true,
    document: {
      ...document,
      people: document.people.filter((p) => p.id !== id),
      attendance:
        attendanceIndex < 0
          ? document.attendance
          : document.attendance.filter((a) => a.personId !== id),
      meeting:
        chair || clerk
          ? {
              ...document.meeting,
              chairId: chair ? '' : document.meeting.chairId,
              clerkId: clerk ? '' : document.meeting.clerkId,
            }
          : document.meeting,
      rules:
        signatorySlots.length > 0
          ? {
              ...document.rules,
              signatories: document.rules.signatories.map((s) =>
                s.personId === id ? { ...s, personId: '' } : s,
              ),
            }
          : document.rules,
    },
    removed: {
      person: document.people[index]!,
      index,
      attendance: attendanceIndex < 0 ? null : document.attendance[attendanceIndex]!,
      attendanceIndex,
      chair,
      clerk,
      signatorySlots,
    },
  };
}

/** Undoes `removePerson`; roles come back only where nobody else has taken them since. */
export function restorePerson(
  document: ProtocolDocument,
  removed: RemovedPerson,
): ProtocolDocument {
  const { person } = removed;
  if (document.people.some((p) => p.id === person.id)) return document;
  const people = [...document.people];
  people.splice(Math.min(removed.index, people.length), 0, person);
  const attendance = [...document.attendance];
  if (removed.attendance) {
    attendance.splice(Math.min(removed.attendanceIndex, attendance.length), 0, removed.attendance);
  }
  const meeting = { ...document.meeting };
  if (removed.chair && meeting.chairId === '') meeting.chairId = person.id;
  if (removed.clerk && meeting.clerkId === '') meeting.clerkId = person.id;
  const signatories = document.rules.signatories.map((s, i) =>
    removed.signatorySlots.includes(i) && s.personId === '' ? { ...s, personId: person.id } : s,
  );
  return {
    ...document,
    people,
    attendance,
    meeting,
    rules: { ...document.rules, signatories },
  };
}
