import { protocolNodes } from '../check/content';
import type { Attendance, Person, ProtocolDocument } from '../model/schema';
import { isVotingMember } from '../rules/chair';
import { formalName, listName } from '../style/names';
import { agendaOrder, presenceAtItem } from '../votes/arithmetic';

export interface AttendanceEntry {
  name: string;
  /** "ab TOP 3", "bis TOP 5", a reason of absence; "" when there is nothing to add. */
  note: string;
}

export interface AttendanceSummary {
  chair: string;
  members: AttendanceEntry[];
  absent: AttendanceEntry[];
  staff: AttendanceEntry[];
  guests: AttendanceEntry[];
  clerk: string;
  /** Members excluded for bias (befangen) at the item of an extract; empty for a meeting. */
  excluded: AttendanceEntry[];
  /** The TOP number of an extract's item: the summary is of that item alone; "" otherwise. */
  atItem: string;
  /**
   * In an extract: the members present and entitled to vote at the item. Otherwise: voting
   * members present at the start or later, the chair included where the state's law
   * gives the chair a vote (core/rules/chair.ts): the same people the quorum and votes count.
   */
  presentCount: number;
  /** Members with a seat: the body's legal number when set, else the roster's voting members. */
  memberTotal: number;
}

function itemNumber(document: ProtocolDocument, id: string): string {
  return document.items.find((i) => i.id === id)?.number ?? '';
}

function presenceNote(document: ProtocolDocument, a: Attendance | undefined): string {
  if (!a) return '';
  // Someone who came for one item only (a guest, a planner): "zu TOP 4", as minutes say it.
  if (a.arrivedAtItem && a.arrivedAtItem === a.leftAfterItem) {
    return `zu TOP ${itemNumber(document, a.arrivedAtItem)}`;
  }
  const notes: string[] = [];
  if (a.arrivedAtItem) notes.push(`ab TOP ${itemNumber(document, a.arrivedAtItem)}`);
  if (a.leftAfterItem) notes.push(`bis TOP ${itemNumber(document, a.leftAfterItem)}`);
  return notes.join(', ');
}

export function attendanceOf(document: ProtocolDocument, personId: string): Attendance | undefined {
  return document.attendance.find((a) => a.personId === personId);
}

/**
 * The attendance block of a whole-meeting Niederschrift, as real minutes print it: chair,
 * members present (with arrivals and departures), absent members with their reason,
 * administration, guests and clerk.
 */
export function attendanceSummary(document: ProtocolDocument): AttendanceSummary | null {
  if (document.people.length === 0) return null;
  const { chairId, clerkId } = document.meeting;
  const summary: AttendanceSummary = {
    chair: '',
    members: [],
    absent: [],
    staff: [],
    guests: [],
    clerk: '',
    excluded: [],
    atItem: '',
    presentCount: 0,
    memberTotal: 0,
  };
  const entry = (p: Person, note: string): AttendanceEntry => ({ name: rosterName(p), note });
  let rosterMembers = 0;
  for (const person of document.people) {
    const a = attendanceOf(document, person.id);
    const present = !a || a.status === 'present';
    const voting = isVotingMember(document, person);
    if (person.id === chairId) summary.chair = formalName(person);
    if (person.id === clerkId) summary.clerk = formalName(person);
    if (voting) rosterMembers++;
    if (voting && present) summary.presentCount++;
    if (person.id === chairId) continue;
    if (person.kind === 'member') {
      if (present) {
        summary.members.push(entry(person, presenceNote(document, a)));
      } else {
        const reason = a?.reason || (a?.status === 'excused' ? 'entschuldigt' : 'unentschuldigt');
        summary.absent.push(entry(person, reason));
      }
    } else if (person.id !== chairId && person.id !== clerkId && present) {
      (person.kind === 'staff' ? summary.staff : summary.guests).push(
        entry(person, presenceNote(document, a)),
      );
    }
  }
  summary.memberTotal = document.body.memberCount || rosterMembers;
  return summary;
}

/**
 * A name in the attendance list: members with their group, staff and guests with their
 * function when the roster gives one ("Herr Martin Braun, Ortsbaumeister (Bauamt)").
 */
function rosterName(person: Person): string {
  const name = listName(person);
  if (person.kind === 'member' || !person.role.trim()) return name;
  const bracket = name.lastIndexOf(' (');
  return bracket > 0 && name.endsWith(')')
    ? `${name.slice(0, bracket)}, ${person.role.trim()}${name.slice(bracket)}`
    : `${name}, ${person.role.trim()}`;
}

/** Why a member was not there at an item: the reason, or when they came or went. */
function absenceAtItem(document: ProtocolDocument, a: Attendance | undefined, index: number) {
  if (!a || a.status !== 'present') {
    return a?.reason || (a?.status === 'excused' ? 'entschuldigt' : 'unentschuldigt');
  }
  const order = agendaOrder(document);
  if (a.arrivedAtItem && (order.get(a.arrivedAtItem) ?? -1) > index) {
    return `ab TOP ${itemNumber(document, a.arrivedAtItem)}`;
  }
  if (a.leftAfterItem && (order.get(a.leftAfterItem) ?? Infinity) < index) {
    return `bis TOP ${itemNumber(document, a.leftAfterItem)}`;
  }
  return '';
}

/**
 * The attendance of an extract (Auszug): who was there at that item alone. Members present and
 * entitled to vote, members excluded for bias (befangen) at one of its votes, members absent
 * at that item (with the reason, or when they came or went), administration, guests and clerk
 * present at it. The count is of the members present and entitled, the number the item's vote
 * counts must add up to. Null when no attendance is recorded.
 */
export function attendanceAtItem(
  document: ProtocolDocument,
  itemId: string,
): AttendanceSummary | null {
  const item = document.items.find((i) => i.id === itemId);
  if (!item || document.people.length === 0) return null;
  const excludedIds = [
    ...new Set(protocolNodes(item.content).votes.flatMap((v) => v.node.excluded)),
  ];
  const presence = presenceAtItem(document, itemId, excludedIds);
  if (!presence.known) return null;
  const index = agendaOrder(document).get(itemId) ?? 0;
  const present = new Set(presence.present.map((p) => p.id));
  const entitled = new Set(presence.entitled.map((p) => p.id));
  const excluded = new Set(presence.excluded.map((p) => p.id));
  const { chairId, clerkId } = document.meeting;
  const entry = (p: Person, note = ''): AttendanceEntry => ({ name: rosterName(p), note });
  const summary: AttendanceSummary = {
    chair: '',
    members: [],
    absent: [],
    staff: [],
    guests: [],
    clerk: '',
    excluded: [],
    atItem: item.number,
    presentCount: presence.entitled.length,
    memberTotal: 0,
  };
  let rosterMembers = 0;
  for (const person of document.people) {
    const here = present.has(person.id);
    if (person.id === chairId && here) summary.chair = formalName(person);
    if (person.id === clerkId && here) summary.clerk = formalName(person);
    if (isVotingMember(document, person)) rosterMembers++;
    if (excluded.has(person.id)) {
      summary.excluded.push(entry(person));
    } else if (person.kind === 'member' || isVotingMember(document, person)) {
      if (entitled.has(person.id)) {
        if (person.id !== chairId) summary.members.push(entry(person));
      } else if (!here) {
        const a = attendanceOf(document, person.id);
        summary.absent.push(entry(person, absenceAtItem(document, a, index)));
      } else if (person.id !== chairId) {
        summary.members.push(entry(person, 'ohne Stimmrecht'));
      }
    } else if (here && person.id !== chairId && person.id !== clerkId) {
      (person.kind === 'staff' ? summary.staff : summary.guests).push(entry(person));
    }
  }
  summary.memberTotal = document.body.memberCount || rosterMembers;
  return summary;
}
