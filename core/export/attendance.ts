import type { Attendance, Person, ProtocolDocument } from '../model/schema';
import { isVotingMember } from '../rules/chair';
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
  /**
   * Voting members present at the start or later, the chair included where the state's law
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
