import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { attendanceSummary } from '../../attendance/summary';
import type { ProtocolDocument } from '../schema';
import { attendanceRecord, setAttendance, type AttendancePatch } from './attendance';
import { addPerson, emptyPerson } from './people';

const kleinweiler = () => buildKleinweilerExample();

function apply(doc: ProtocolDocument, personId: string, patch: AttendancePatch): ProtocolDocument {
  const result = setAttendance(doc, personId, patch);
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

describe('setAttendance', () => {
  it('marks a member excused with a reason, and the count follows', () => {
    const doc = kleinweiler();
    const before = attendanceSummary(doc)!.presentCount;
    const next = apply(doc, 'p-dietz', { status: 'excused', reason: 'Urlaub' });
    expect(attendanceRecord(next, 'p-dietz')).toMatchObject({
      status: 'excused',
      reason: 'Urlaub',
    });
    expect(attendanceSummary(next)!.presentCount).toBe(before - 1);
    expect(attendanceSummary(next)!.absent.map((e) => e.note)).toContain('Urlaub');
  });

  it('creates the record of a person who had none (present by default)', () => {
    const added = addPerson(kleinweiler(), { ...emptyPerson('member'), familyName: 'Neu' });
    if (!added.ok) throw new Error();
    expect(attendanceRecord(added.document, added.person.id).status).toBe('present');
    const next = apply(added.document, added.person.id, { status: 'absent' });
    expect(next.attendance.at(-1)).toEqual({
      personId: added.person.id,
      status: 'absent',
      reason: '',
      arrivedAtItem: '',
      leftAfterItem: '',
    });
  });

  it('drops what no longer applies when the status changes', () => {
    // Jung arrived at TOP 3; marked absent, the arrival goes; present again, the reason goes.
    const absent = apply(kleinweiler(), 'p-jung', { status: 'absent', reason: 'unentschuldigt' });
    expect(attendanceRecord(absent, 'p-jung')).toMatchObject({
      arrivedAtItem: '',
      reason: 'unentschuldigt',
    });
    const back = apply(absent, 'p-jung', { status: 'present' });
    expect(attendanceRecord(back, 'p-jung')).toMatchObject({ status: 'present', reason: '' });
  });

  it('sets arrival and departure in agenda order', () => {
    const doc = apply(kleinweiler(), 'p-engel', { arrivedAtItem: 'top-2', leftAfterItem: 'top-6' });
    expect(attendanceRecord(doc, 'p-engel')).toMatchObject({
      arrivedAtItem: 'top-2',
      leftAfterItem: 'top-6',
    });
    // Arriving at and leaving after the same item is fine: present for that one item.
    expect(setAttendance(doc, 'p-engel', { arrivedAtItem: 'top-6' }).ok).toBe(true);
    expect(setAttendance(doc, 'p-engel', { arrivedAtItem: 'top-7' })).toMatchObject({
      ok: false,
      reason: 'meeting.attendance.arrivalAfterDeparture',
      params: { arrived: '7', left: '6' },
    });
  });

  it('refuses reasons for present people, times for absent ones, unknown items and people', () => {
    const doc = kleinweiler();
    expect(setAttendance(doc, 'p-engel', { reason: 'krank' })).toMatchObject({
      ok: false,
      reason: 'meeting.attendance.reasonWhilePresent',
    });
    expect(setAttendance(doc, 'p-gross', { arrivedAtItem: 'top-2' })).toMatchObject({
      ok: false,
      reason: 'meeting.attendance.timesWhileAbsent',
    });
    expect(setAttendance(doc, 'p-engel', { leftAfterItem: 'top-99' })).toMatchObject({
      ok: false,
      reason: 'meeting.ops.unknownItem',
    });
    expect(setAttendance(doc, 'p-nobody', { status: 'absent' })).toMatchObject({
      ok: false,
      reason: 'meeting.people.unknown',
    });
  });

  it('returns the same document when nothing changes', () => {
    const doc = kleinweiler();
    const result = setAttendance(doc, 'p-gross', { status: 'excused', reason: 'krank' });
    expect(result.ok && result.document).toBe(doc);
  });
});
