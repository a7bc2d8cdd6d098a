import { UserError } from '../errors';
import type { MessageParams } from '../i18n/catalog';
import { scanJson } from '../file/json-scan';
import type { Attendance, Person } from '../model/schema';
import {
  MAX_IMPORTED_ITEMS,
  type ImportedAgenda,
  type ImportedItem,
  type ImportWarning,
} from './agenda';
import { bodyKind, runningTextName } from './body-name';
import { oparlLocalTime } from './oparl-time';

/**
 * An agenda and roster from OParl 1.0/1.1 JSON (https://schema.oparl.org/1.1/): a Meeting with
 * its agendaItem embedded, an object list ({"data": [...]}) or an array of objects, whose
 * references are resolved by id. A reference to an object that is not in the file (OParl
 * servers link to objects on other pages, and the spec's own Meeting example names a
 * Consultation and an Organization it does not hold) is skipped with a warning that says what
 * was left out; only a meeting with no agenda item left is refused.
 *
 * A file Protokollant exported carries what OParl has no field for in properties prefixed
 * "protokollant:" (docs/oparl-extension.md); they are read back, so export → import keeps the
 * attendance with reasons, arrivals and departures, the clerk, the numbers and the body's kind.
 */

export type OParlObject = Record<string, unknown>;

interface Indexed {
  type: string;
  object: OParlObject;
}

const TYPE_PATTERN = /^https?:\/\/(?:schema\.oparl\.org|oparl\.org\/schema)\/1\.[01]\/([A-Za-z]+)$/;

export const isRecord = (v: unknown): v is OParlObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "https://schema.oparl.org/1.1/Meeting" → "Meeting"; null for anything else. */
export function oparlTypeName(type: unknown): string | null {
  if (typeof type !== 'string') return null;
  return TYPE_PATTERN.exec(type)?.[1] ?? null;
}

export const short = (id: string): string => (id.length > 120 ? `${id.slice(0, 117)}…` : id);

export class OParlIndex {
  readonly byId = new Map<string, Indexed>();

  /** Every object with an id and an OParl type, top-level or embedded at any depth. */
  add(root: unknown): void {
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const value = stack.pop();
      // Children go on the stack last-first, so objects are met in the order of the file.
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
        continue;
      }
      if (!isRecord(value)) continue;
      const type = oparlTypeName(value.type);
      if (type && typeof value.id === 'string' && value.id !== '') {
        const existing = this.byId.get(value.id);
        if (existing && existing.type !== type) {
          throw new UserError('import.oparl.idConflict', {
            id: short(value.id),
            type: existing.type,
            other: type,
          });
        }
        // The same object embedded twice: keep the fuller copy.
        if (!existing || Object.keys(value).length > Object.keys(existing.object).length) {
          this.byId.set(value.id, { type, object: value });
        }
      }
      const children = Object.values(value).filter((v) => typeof v === 'object' && v !== null);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }

  ofType(type: string): OParlObject[] {
    return [...this.byId.values()].filter((e) => e.type === type).map((e) => e.object);
  }
}

/** What a reference points from, for messages. */
export interface From {
  type: string;
  id: string;
}

export function refId(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (isRecord(value) && typeof value.id === 'string' && value.id !== '') return value.id;
  return null;
}

export function idOf(object: OParlObject): string {
  return typeof object.id === 'string' ? object.id : '';
}

export class Resolver {
  readonly warnings: ImportWarning[] = [];

  constructor(private readonly index: OParlIndex) {}

  /**
   * The object a reference names: an embedded object is used as it is (embedded objects may
   * omit their type), an id is looked up. Not in the file: null, and a warning naming what was
   * skipped. Of the wrong type or no reference at all: a UserError.
   */
  resolve(from: From, field: string, value: unknown, expected: string): OParlObject | null {
    if (isRecord(value)) {
      const type = oparlTypeName(value.type);
      if (type && type !== expected) {
        throw new UserError('import.oparl.wrongType', {
          type: from.type,
          id: short(from.id),
          field,
          ref: short(idOf(value)),
          actual: type,
        });
      }
      const indexed = typeof value.id === 'string' ? this.index.byId.get(value.id) : undefined;
      return indexed && indexed.type === expected ? indexed.object : value;
    }
    const id = refId(value);
    if (id === null) {
      throw new UserError('import.oparl.badField', {
        type: from.type,
        id: short(from.id),
        field,
        expected: `${expected}-URL`,
      });
    }
    const found = this.index.byId.get(id);
    if (!found) {
      this.warn('import.oparl.skipped', {
        type: from.type,
        id: short(from.id),
        field,
        refType: expected,
        ref: short(id),
      });
      return null;
    }
    if (found.type !== expected) {
      throw new UserError('import.oparl.wrongType', {
        type: from.type,
        id: short(from.id),
        field,
        ref: short(id),
        actual: found.type,
      });
    }
    return found.object;
  }

  list(from: From, field: string, value: unknown, expected: string): OParlObject[] {
    if (value === undefined || value === null) return [];
    const entries = Array.isArray(value) ? value : [value];
    return entries
      .map((entry) => this.resolve(from, field, entry, expected))
      .filter((o): o is OParlObject => o !== null);
  }

  warn(code: ImportWarning['code'], params: MessageParams): void {
    // A list of thousands of missing persons says no more than its first hundred.
    if (this.warnings.length < 100) this.warnings.push({ code, params });
  }
}

export function text(object: OParlObject, field: string): string {
  const value = object[field];
  return typeof value === 'string' ? value.trim() : '';
}

function badField(from: From, field: string, expected: string): UserError {
  return new UserError('import.oparl.badField', {
    type: from.type,
    id: short(from.id),
    field,
    expected,
  });
}

/** The top-level objects of the three accepted shapes. */
export function entriesOf(raw: unknown, file: string): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (isRecord(raw) && Array.isArray(raw.data)) return raw.data;
  if (isRecord(raw) && 'type' in raw) return [raw];
  throw new UserError('import.oparl.noObjects', { file });
}

export function checkEntries(entries: unknown[], file: string): void {
  if (entries.length === 0) throw new UserError('import.oparl.noObjects', { file });
  entries.forEach((entry, i) => {
    if (!isRecord(entry)) throw new UserError('import.oparl.notObject', { index: i + 1 });
    const type = oparlTypeName(entry.type);
    if (typeof entry.id !== 'string' || entry.id === '') {
      throw new UserError('import.oparl.noId', { type: type ?? 'Objekt', index: i + 1 });
    }
    if (typeof entry.type !== 'string') {
      throw new UserError('import.oparl.noType', { id: short(entry.id) });
    }
  });
}

/** The date part of an OParl date or date-time ("2026-10-14" or "2026-10-14T18:30:00+02:00"). */
function datePart(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

export function activeAt(membership: OParlObject, date: string): boolean {
  if (!date) return true;
  const start = datePart(text(membership, 'startDate'));
  const end = datePart(text(membership, 'endDate'));
  return (!start || start <= date) && (!end || end >= date);
}

/** "Vorsitzender | Vorsitzende" → "Vorsitzender": OParl gives both forms in one string. */
export function firstForm(role: string): string {
  return role.split('|')[0]!.trim();
}

export function isChairRole(role: string): boolean {
  return /vorsitz/i.test(role) && !/stellv|vertret/i.test(role);
}

/** Roles that say no more than "member": not worth brackets after a name. */
export const PLAIN_MEMBER_ROLE =
  /^(mitglied|ordentliches mitglied|ratsmitglied|ratsherr|ratsfrau|stadtr|gemeinder|kreisr|member)/i;

/** The official title of a council member, from the role OParl gives: "Stadtrat" → "StR". */
export function honorificFor(role: string, formOfAddress: string): string {
  const female = /^frau/i.test(formOfAddress);
  if (/^stadtr/i.test(role)) return female ? 'StRin' : 'StR';
  if (/^gemeinder/i.test(role)) return female ? 'GRin' : 'GR';
  if (/^kreisr/i.test(role)) return female ? 'KRin' : 'KR';
  return '';
}

interface PersonDraft {
  person: Person & { oparlId: string };
  member: boolean;
}

export function personFrom(
  object: OParlObject,
  id: string,
  from: From,
): Person & { oparlId: string } {
  const name = text(object, 'name');
  const title = Array.isArray(object.title)
    ? object.title.filter((t): t is string => typeof t === 'string').join(' ')
    : text(object, 'title');
  let familyName = text(object, 'familyName');
  let givenName = text(object, 'givenName');
  if (!familyName && name) {
    // "Prof. Dr. Max Mustermann": the last word is the family name, titles are dropped.
    const words = name.split(/\s+/).filter((w) => !/\.$/.test(w));
    familyName = words.pop() ?? '';
    if (!givenName) givenName = words.join(' ');
  }
  if (!familyName) {
    throw new UserError('import.oparl.noName', { type: 'Person', id: short(from.id) });
  }
  // A file Protokollant exported carries what OParl has no field for.
  const kind = object['protokollant:kind'];
  return {
    id,
    kind: kind === 'staff' ? 'staff' : 'guest',
    formOfAddress: text(object, 'formOfAddress'),
    honorific: text(object, 'protokollant:honorific'),
    title,
    givenName,
    familyName,
    unit: text(object, 'protokollant:unit'),
    group: text(object, 'protokollant:group'),
    role: text(object, 'protokollant:role'),
    votingRight: false,
    oparlId: idOf(object),
  };
}

export function agendaFromOparl(json: string, file: string): ImportedAgenda {
  const body = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  const problem = scanJson(body);
  if (problem?.kind === 'tooDeep') throw new UserError('file.tooDeep', { file });
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'JSON';
    throw new UserError('import.oparl.notJson', { file, detail });
  }
  const entries = entriesOf(raw, file);
  checkEntries(entries, file);
  const index = new OParlIndex();
  index.add(entries);
  const resolver = new Resolver(index);

  const meetings = index.ofType('Meeting');
  if (meetings.length === 0) throw new UserError('import.oparl.noMeeting', { file });
  if (meetings.length > 1) {
    throw new UserError('import.oparl.severalMeetings', {
      file,
      count: meetings.length,
      ids:
        meetings
          .slice(0, 3)
          .map((m) => short(idOf(m)))
          .join(', ') + (meetings.length > 3 ? ', …' : ''),
    });
  }
  const meeting = meetings[0]!;
  const meetingId = idOf(meeting);
  const fromMeeting: From = { type: 'Meeting', id: meetingId };

  const times = (field: 'start' | 'end') => {
    const value = meeting[field];
    if (value === undefined || value === null || value === '') return null;
    const parsed = typeof value === 'string' ? oparlLocalTime(value) : null;
    if (!parsed) throw badField(fromMeeting, field, 'date-time (ISO 8601)');
    return parsed;
  };
  const start = times('start');
  const end = times('end');
  const date = start?.date ?? end?.date ?? '';

  // Agenda items: as the meeting lists them, else the AgendaItems that point to it.
  const listed = meeting.agendaItem;
  let agendaItems =
    listed === undefined
      ? index.ofType('AgendaItem').filter((a) => refId(a.meeting) === meetingId)
      : resolver.list(fromMeeting, 'agendaItem', listed, 'AgendaItem');
  if (agendaItems.length === 0)
    throw new UserError('import.oparl.noItems', { id: short(meetingId) });
  // The extension speaks of items by their OParl id; the document numbers them top-1, top-2, …
  // in the order they end up in (documentFromAgenda).
  if (agendaItems.length > MAX_IMPORTED_ITEMS) {
    throw new UserError('import.tooManyItems', { file, max: MAX_IMPORTED_ITEMS });
  }
  if (agendaItems.every((a) => typeof a.order === 'number')) {
    agendaItems = [...agendaItems].sort((a, b) => (a.order as number) - (b.order as number));
  }
  const consultations = index.ofType('Consultation');
  const items: ImportedItem[] = agendaItems.map((ai, i) => {
    const from: From = { type: 'AgendaItem', id: idOf(ai) || `${meetingId}#${i + 1}` };
    if (ai.public !== undefined && typeof ai.public !== 'boolean') {
      throw badField(from, 'public', 'true/false');
    }
    if (ai.number !== undefined && typeof ai.number !== 'string' && typeof ai.number !== 'number') {
      throw badField(from, 'number', 'Text');
    }
    const number =
      String(ai.number ?? '').trim() ||
      (typeof ai.order === 'number' ? String(ai.order) : String(i + 1));
    const consultation =
      ai.consultation !== undefined && ai.consultation !== null
        ? resolver.list(from, 'consultation', ai.consultation, 'Consultation')[0]
        : consultations.find((c) => refId(c.agendaItem) === from.id);
    let paperRef = '';
    if (consultation && consultation.paper !== undefined && consultation.paper !== null) {
      const paper = resolver.resolve(
        { type: 'Consultation', id: idOf(consultation) },
        'paper',
        consultation.paper,
        'Paper',
      );
      if (paper) paperRef = text(paper, 'reference');
    }
    const extra = (field: string) => text(ai, `protokollant:${field}`).slice(0, 2_000);
    const imported: ImportedItem = {
      number: number.replace(/\.$/, '').slice(0, 50),
      title: text(ai, 'name').slice(0, 10_000),
      public: ai.public !== false,
      paperRef: paperRef.slice(0, 2_000),
      ...(idOf(ai) ? { oparlId: idOf(ai) } : {}),
    };
    if (extra('rapporteur')) imported.rapporteur = extra('rapporteur');
    if (extra('fileRef')) imported.fileRef = extra('fileRef');
    if (extra('minutesNumber')) imported.minutesNumber = extra('minutesNumber');
    if (extra('treatment')) imported.treatment = extra('treatment');
    return imported;
  });
  const itemIdOf = new Map(agendaItems.map((ai, i) => [idOf(ai), `top-${i + 1}`] as const));
  itemIdOf.delete('');
  const ours = typeof meeting['protokollant:version'] === 'number';

  const organizations = resolver.list(
    fromMeeting,
    'organization',
    meeting.organization,
    'Organization',
  );
  const organizationIds = new Set(organizations.map(idOf));
  const lead = organizations[0];
  if (!lead) {
    resolver.warn('import.oparl.noBody', { id: short(meetingId) });
  }

  // Memberships in the meeting's bodies, from the list and from each person's own list.
  // Embedded in a person, a membership may leave out its "person": the person is its owner.
  const owner = new Map<string, string>();
  const embedded: { membership: OParlObject; personRef: unknown }[] = [];
  for (const person of index.ofType('Person')) {
    const list: unknown[] = Array.isArray(person.membership) ? person.membership : [];
    for (const entry of list) {
      const id = refId(entry);
      if (id) owner.set(id, idOf(person));
      if (isRecord(entry) && !(id && index.byId.has(id))) {
        embedded.push({ membership: entry, personRef: idOf(person) });
      }
    }
  }
  const memberships = [
    ...index.ofType('Membership').map((m) => ({
      membership: m,
      personRef: m.person ?? owner.get(idOf(m)),
    })),
    ...embedded,
  ];
  const active = memberships.filter(
    ({ membership }) =>
      organizationIds.has(refId(membership.organization) ?? '') && activeAt(membership, date),
  );

  const drafts = new Map<string, PersonDraft>();
  const draftFor = (object: OParlObject, from: From): PersonDraft => {
    const key = idOf(object);
    let draft = drafts.get(key);
    if (!draft) {
      draft = { person: personFrom(object, `p-${drafts.size + 1}`, from), member: false };
      drafts.set(key, draft);
    }
    return draft;
  };
  let chairId = '';
  for (const { membership, personRef } of active) {
    const from: From = { type: 'Membership', id: idOf(membership) };
    const object = resolver.resolve(from, 'person', personRef, 'Person');
    if (!object) continue;
    const draft = draftFor(object, { type: 'Person', id: idOf(object) });
    const role = firstForm(text(membership, 'role'));
    let group = '';
    if (membership.onBehalfOf !== undefined && membership.onBehalfOf !== null) {
      const party = resolver.resolve(from, 'onBehalfOf', membership.onBehalfOf, 'Organization');
      if (party) group = text(party, 'shortName') || text(party, 'name');
    }
    draft.member = true;
    draft.person.kind = 'member';
    const roleAsGroup = isChairRole(role) || PLAIN_MEMBER_ROLE.test(role) ? '' : role;
    draft.person.group ||= group || roleAsGroup;
    draft.person.role ||= role;
    draft.person.honorific ||= honorificFor(role, draft.person.formOfAddress);
    draft.person.votingRight ||= membership.votingRight !== false;
    if (!chairId && isChairRole(role)) chairId = draft.person.id;
  }
  const participants = resolver.list(fromMeeting, 'participant', meeting.participant, 'Person');
  const present = new Set<string>();
  for (const object of participants) {
    draftFor(object, { type: 'Person', id: idOf(object) });
    present.add(idOf(object));
  }
  // Our own export lists the whole roster as Persons, the absent and the clerk included.
  const recorded = ours ? attendanceRecords(meeting['protokollant:attendance']) : [];
  if (ours) {
    for (const object of index.ofType('Person')) {
      draftFor(object, { type: 'Person', id: idOf(object) });
    }
  }

  // The roster in the order of the minutes: chair, members, then everyone else, by name.
  const rank = (d: PersonDraft) => (d.person.id === chairId ? 0 : d.member ? 1 : 2);
  const ordered = [...drafts.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.person.familyName.localeCompare(b.person.familyName, 'de') ||
      a.person.givenName.localeCompare(b.person.givenName, 'de'),
  );
  // Ids follow the roster order, so the same meeting gives the same file from any shape.
  const renamed = new Map<string, string>();
  ordered.forEach((d, i) => {
    renamed.set(d.person.id, `p-${i + 1}`);
    d.person.id = `p-${i + 1}`;
  });
  if (chairId) chairId = renamed.get(chairId) ?? '';
  const people = ordered.map((d) => d.person);
  const personIdOf = (ref: unknown) => drafts.get(refId(ref) ?? '')?.person.id ?? '';
  let clerkId = '';
  if (ours) {
    chairId = personIdOf(meeting['protokollant:chair']) || chairId;
    clerkId = personIdOf(meeting['protokollant:clerk']);
  }
  const byPerson = new Map(recorded.map((r) => [personIdOf(r.person), r] as const));
  byPerson.delete('');
  const attendance: Attendance[] =
    byPerson.size > 0
      ? ordered
          .filter((draft) => byPerson.has(draft.person.id))
          .map((draft) => {
            const r = byPerson.get(draft.person.id)!;
            return {
              personId: draft.person.id,
              status: r.status,
              reason: r.reason,
              arrivedAtItem: itemIdOf.get(r.arrivedAtItem) ?? '',
              leftAfterItem: itemIdOf.get(r.leftAfterItem) ?? '',
            };
          })
      : participants.length === 0
        ? []
        : ordered.map((draft) => ({
            personId: draft.person.id,
            status: present.has(draft.person.oparlId) ? 'present' : 'absent',
            reason: '',
            arrivedAtItem: '',
            leftAfterItem: '',
          }));

  let place = '';
  if (meeting.location !== undefined && meeting.location !== null) {
    const location = resolver.resolve(fromMeeting, 'location', meeting.location, 'Location') ?? {};
    const town = [text(location, 'postalCode'), text(location, 'locality')]
      .filter(Boolean)
      .join(' ');
    place =
      text(location, 'description') ||
      [text(location, 'room'), text(location, 'streetAddress'), town].filter(Boolean).join(', ');
  }

  const extension = (field: string) => meeting[`protokollant:${field}`];
  const ownDate = text(meeting, 'protokollant:date');
  const flag = (field: string) => {
    const value = extension(field);
    return typeof value === 'boolean' ? value : null;
  };
  const agenda: ImportedAgenda = {
    meeting: {
      date: date || (ours && /^\d{4}-\d{2}-\d{2}$/.test(ownDate) ? ownDate : ''),
      start: start?.time ?? '',
      end: end?.time ?? '',
      place: place.slice(0, 2_000),
      chairId,
      oparlId: meetingId,
      ...(ours
        ? {
            clerkId,
            minutesNumber: text(meeting, 'protokollant:minutesNumber').slice(0, 2_000),
            quorate: flag('quorate'),
            convenedProperly: flag('convenedProperly'),
          }
        : {}),
    },
    items,
    people,
    attendance,
    warnings: resolver.warnings,
  };
  if (lead) {
    const name = text(lead, 'name') || text(lead, 'shortName');
    const leadId = idOf(lead);
    const voting = new Set(
      active
        .filter(({ membership }) => refId(membership.organization) === leadId)
        .filter(({ membership }) => membership.votingRight !== false)
        .map(({ personRef }) => refId(personRef)),
    );
    const ownKind = lead['protokollant:kind'];
    const ownCount = lead['protokollant:memberCount'];
    agenda.body = {
      name: name.slice(0, 2_000),
      shortName:
        text(lead, 'protokollant:shortName').slice(0, 2_000) ||
        runningTextName(text(lead, 'shortName')) ||
        runningTextName(name),
      kind:
        ownKind === 'council' || ownKind === 'committee'
          ? ownKind
          : bodyKind(name, text(lead, 'classification'), text(lead, 'organizationType')),
      memberCount:
        typeof ownCount === 'number' && Number.isInteger(ownCount) && ownCount >= 0
          ? Math.min(ownCount, 10_000)
          : voting.size,
      ...(leadId ? { oparlId: leadId } : {}),
    };
  } else {
    // No Organization in the file: the meeting's name still says whose meeting it was
    // ("4. Sitzung des Finanzausschusses"), which beats the template's Gemeinderat.
    const name = bodyFromMeetingName(text(meeting, 'name'));
    if (name) {
      const organizationRef = Array.isArray(meeting.organization)
        ? refId(meeting.organization[0])
        : refId(meeting.organization);
      agenda.body = {
        name,
        shortName: runningTextName(name),
        kind: bodyKind(name, '', ''),
        memberCount: 0,
        ...(organizationRef ? { oparlId: organizationRef } : {}),
      };
    }
  }
  return agenda;
}

interface RecordedAttendance {
  person: string;
  status: Attendance['status'];
  reason: string;
  arrivedAtItem: string;
  leftAfterItem: string;
}

/** The "protokollant:attendance" list of our own export; entries of another shape are ignored. */
function attendanceRecords(value: unknown): RecordedAttendance[] {
  if (!Array.isArray(value)) return [];
  const out: RecordedAttendance[] = [];
  for (const entry of value) {
    if (!isRecord(entry)) continue;
    const status = entry.status;
    if (status !== 'present' && status !== 'excused' && status !== 'absent') continue;
    const person = refId(entry.person);
    if (!person) continue;
    out.push({
      person,
      status,
      reason: typeof entry.reason === 'string' ? entry.reason.slice(0, 2_000) : '',
      arrivedAtItem: refId(entry.arrivedAtItem) ?? '',
      leftAfterItem: refId(entry.leftAfterItem) ?? '',
    });
  }
  return out;
}

/**
 * The body named in a meeting's name, in the nominative: "4. Sitzung des Finanzausschusses" →
 * "Finanzausschuss", "Sitzung des Gemeinderates" → "Gemeinderat"; "" when the name says none.
 */
export function bodyFromMeetingName(name: string): string {
  const m = /Sitzung\s+(des|der)\s+(.+)$/i.exec(name.trim());
  if (!m) return '';
  const words = m[2]!.split(/\s+/);
  if (m[1]!.toLowerCase() === 'des') {
    // Genitive singular of the head noun: -sses → -ss, -es/-s dropped.
    const head = words[0]!;
    words[0] = /sses$/.test(head) ? head.slice(0, -2) : head.replace(/e?s$/, '');
  }
  return words.join(' ').slice(0, 2_000);
}
