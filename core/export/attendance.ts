import type { Attendance, Person, ProtocolDocument } from '../model/schema';
import { formalName, listName } from '../style/names';

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
  /** Members present at the start or later (chair included when a member with voting right). */
  presentCount: number;
  /** Members with a seat: the body's legal number when set, else the roster's member count. */
  memberTotal: number;
}

function itemNumber(document: ProtocolDocument, id: string): string {
  return document.items.find((i) => i.id === id)?.number ?? '';
}

function presenceNote(document: ProtocolDocument, a: Attendance | undefined): string {
  if (!a) return '';
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
    presentCount: 0,
    memberTotal: 0,
  };
  const entry = (p: Person, note: string): AttendanceEntry => ({ name: listName(p), note });
  let rosterMembers = 0;
  for (const person of document.people) {
    const a = attendanceOf(document, person.id);
    const present = !a || a.status === 'present';
    if (person.id === chairId) summary.chair = formalName(person);
    if (person.id === clerkId) summary.clerk = formalName(person);
    if (person.kind === 'member') {
      rosterMembers++;
      if (person.id === chairId) {
        if (present) summary.presentCount++;
        continue;
      }
      if (present) {
        summary.presentCount++;
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
