import type { Attendance, AttendanceStatus, ProtocolDocument } from '../schema';
import { itemIndex } from './items';
import { refuse, type OpResult } from './result';

/**
 * Attendance of one person. Without a record a person counts as present (as in
 * attendanceSummary), so the first change creates one. The record stays consistent:
 * - only an absent person has a reason ("krank"), only a present one arrives or leaves;
 *   switching the status drops what no longer applies;
 * - arrival ("ab TOP 4") and departure ("nach TOP 6") name existing items, and the arrival
 *   is not after the departure in agenda order.
 */

export interface AttendancePatch {
  status?: AttendanceStatus;
  reason?: string;
  /** Item id, or "" for "from the start". */
  arrivedAtItem?: string;
  /** Item id, or "" for "until the end". */
  leftAfterItem?: string;
}

export function defaultAttendance(personId: string): Attendance {
  return { personId, status: 'present', reason: '', arrivedAtItem: '', leftAfterItem: '' };
}

export function attendanceRecord(document: ProtocolDocument, personId: string): Attendance {
  return document.attendance.find((a) => a.personId === personId) ?? defaultAttendance(personId);
}

export function setAttendance(
  document: ProtocolDocument,
  personId: string,
  patch: AttendancePatch,
): OpResult {
  if (!document.people.some((p) => p.id === personId)) return refuse('meeting.people.unknown');
  const current = attendanceRecord(document, personId);
  const status = patch.status ?? current.status;
  const present = status === 'present';
  if (present && patch.reason) return refuse('meeting.attendance.reasonWhilePresent');
  if (!present && (patch.arrivedAtItem || patch.leftAfterItem)) {
    return refuse('meeting.attendance.timesWhileAbsent');
  }
  const next: Attendance = {
    ...current,
    status,
    reason: present ? '' : (patch.reason ?? current.reason).trim(),
    arrivedAtItem: present ? (patch.arrivedAtItem ?? current.arrivedAtItem) : '',
    leftAfterItem: present ? (patch.leftAfterItem ?? current.leftAfterItem) : '',
  };
  const arrival = next.arrivedAtItem ? itemIndex(document, next.arrivedAtItem) : -1;
  const departure = next.leftAfterItem ? itemIndex(document, next.leftAfterItem) : -1;
  if ((next.arrivedAtItem && arrival < 0) || (next.leftAfterItem && departure < 0)) {
    return refuse('meeting.ops.unknownItem');
  }
  if (arrival >= 0 && departure >= 0 && arrival > departure) {
    return refuse('meeting.attendance.arrivalAfterDeparture', {
      arrived: document.items[arrival]!.number,
      left: document.items[departure]!.number,
    });
  }
  const unchanged =
    next.status === current.status &&
    next.reason === current.reason &&
    next.arrivedAtItem === current.arrivedAtItem &&
    next.leftAfterItem === current.leftAfterItem;
  const exists = document.attendance.some((a) => a.personId === personId);
  if (unchanged && exists) return { ok: true, document };
  const attendance = exists
    ? document.attendance.map((a) => (a.personId === personId ? next : a))
    : [...document.attendance, next];
  return { ok: true, document: { ...document, attendance } };
}
