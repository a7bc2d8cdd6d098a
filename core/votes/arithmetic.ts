import { isVotingMember, votingMembers } from '../rules/chair';
import type { Attendance, Person, ProtocolDocument } from '../model/schema';
import { judgeQuorum, type QuorumRule } from '../rules/profiles';

/**
 * Who could vote at an agenda item, and whether the body had its quorum there. Arrivals count
 * "from item X on" and departures "up to and including item Y", in agenda order.
 */

/** Position of each item in the agenda. */
export function agendaOrder(document: ProtocolDocument): Map<string, number> {
  return new Map(document.items.map((item, index) => [item.id, index]));
}

/** Whether attendance was recorded at all; without it nothing about presence can be said. */
export function attendanceKnown(document: ProtocolDocument): boolean {
  return document.attendance.length > 0;
}

/**
 * Present at the item at `index`. A person without an attendance entry counts as present, as
 * in the printed attendance list; references to items that do not exist are ignored here (the
 * check reports them).
 */
export function presentAt(
  attendance: Attendance | undefined,
  index: number,
  order: ReadonlyMap<string, number>,
): boolean {
  if (!attendance) return true;
  if (attendance.status !== 'present') return false;
  const from = attendance.arrivedAtItem ? order.get(attendance.arrivedAtItem) : undefined;
  const until = attendance.leftAfterItem ? order.get(attendance.leftAfterItem) : undefined;
  if (from !== undefined && index < from) return false;
  if (until !== undefined && index > until) return false;
  return true;
}

/** Members of the body with a seat: the legal number when set, else the roster's voters. */
export function memberTotal(document: ProtocolDocument): number {
  return document.body.memberCount || votingMembers(document).length;
}

export interface ItemPresence {
  /** False when the document records no attendance: the lists below are then empty. */
  known: boolean;
  /** Everyone present at the item (members, staff, guests). */
  present: Person[];
  /** Present, with voting right, and not excluded for bias. */
  entitled: Person[];
  /** Voting members excluded for bias at this item (present or not). */
  excluded: Person[];
}

export function presenceAtItem(
  document: ProtocolDocument,
  itemId: string,
  excludedIds: readonly string[] = [],
): ItemPresence {
  const order = agendaOrder(document);
  const index = order.get(itemId);
  if (!attendanceKnown(document) || index === undefined) {
    return { known: false, present: [], entitled: [], excluded: [] };
  }
  const byPerson = new Map(document.attendance.map((a) => [a.personId, a]));
  const excludedSet = new Set(excludedIds);
  const present = document.people.filter((p) => presentAt(byPerson.get(p.id), index, order));
  return {
    known: true,
    present,
    entitled: present.filter((p) => isVotingMember(document, p) && !excludedSet.has(p.id)),
    excluded: document.people.filter((p) => excludedSet.has(p.id) && isVotingMember(document, p)),
  };
}

export interface QuorumResult {
  /** The legal number of members the quorum is measured against. */
  members: number;
  /** How many count towards the quorum at the item. */
  counted: number;
  /** How many are needed. */
  required: number;
  reached: boolean;
  /** Below the floor where no presumption of quorum holds (GO SH § 38 Abs. 1 S. 4). */
  belowFloor: boolean;
  /** The paragraph that applied (that of the second meeting, when the meeting is one). */
  law: string;
  /** Whether that paragraph's wording was read; a finding from an unread one is a warning. */
  verified: boolean;
  rule: QuorumRule;
}

/**
 * The quorum at an item under a profile's rule; null when it cannot be told (no rule, no
 * attendance recorded, or no member count).
 */
export function quorumAtItem(
  document: ProtocolDocument,
  itemId: string,
  rule: QuorumRule | null,
  excludedIds: readonly string[] = [],
): QuorumResult | null {
  if (!rule) return null;
  const presence = presenceAtItem(document, itemId, excludedIds);
  const members = memberTotal(document);
  if (!presence.known || members === 0) return null;
  const excluded = new Set(excludedIds);
  const counted =
    rule.counts === 'presentAndEntitled'
      ? presence.entitled.length
      : presence.present.filter(
          (p) => (p.kind === 'member' || isVotingMember(document, p)) && !excluded.has(p.id),
        ).length;
  const verdict = judgeQuorum(rule, {
    members,
    counted,
    excluded: presence.excluded.length,
    secondMeeting: document.meeting.secondConvening === true,
  });
  return { members, counted, ...verdict, rule };
}
