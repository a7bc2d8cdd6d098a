import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attendanceSummary } from '../attendance/summary';
import { parseProtokoll } from '../file/format';
import { quorumHint } from '../model/ops/quorum';
import type { ProtocolDocument } from '../model/schema';
import { memberTotal, presenceAtItem } from '../votes/arithmetic';
import { votingMembers } from './chair';

const example = parseProtokoll(
  readFileSync(
    new URL('../../examples/kleinweiler-gemeinderat-2026-10-14.protokoll', import.meta.url),
    'utf8',
  ),
  'x',
);

/** A Bürgermeister entered as "Verwaltung" without a vote, as the old "Vorsitz › Neue Person" did. */
function chairAsStaff(profile: ProtocolDocument['rules']['profile']): ProtocolDocument {
  return {
    ...example,
    body: { ...example.body, memberCount: 0 },
    attendance: [],
    rules: { ...example.rules, profile },
    people: example.people.map((p) =>
      p.id === example.meeting.chairId
        ? { ...p, kind: 'staff', votingRight: false, role: 'Vorsitz' }
        : p,
    ),
  };
}

/** Attendance view, quorum hint and vote dialog, each as it counts. */
function counts(document: ProtocolDocument) {
  const item = document.items[0]!.id;
  const withAttendance = {
    ...document,
    attendance: document.people.map((p) => ({
      personId: p.id,
      status: 'present' as const,
      reason: '',
      arrivedAtItem: '',
      leftAfterItem: '',
    })),
  };
  return {
    attendance: [
      attendanceSummary(document)!.presentCount,
      attendanceSummary(document)!.memberTotal,
    ],
    quorum: [quorumHint(document)!.presentAtStart, quorumHint(document)!.total],
    vote: [presenceAtItem(withAttendance, item).entitled.length, memberTotal(document)],
  };
}

describe('the chair counts where the law says so, the same everywhere', () => {
  it('BW: the Bürgermeister is a voting member even when entered as administration', () => {
    const doc = chairAsStaff('bw-gemo-38');
    expect(votingMembers(doc)).toHaveLength(13);
    expect(counts(doc)).toEqual({ attendance: [13, 13], quorum: [13, 13], vote: [13, 13] });
  });

  it('a body with its own rules counts the roster entry only', () => {
    expect(counts(chairAsStaff('custom'))).toEqual({
      attendance: [12, 12],
      quorum: [12, 12],
      vote: [12, 12],
    });
  });

  it('a member without a vote counts nowhere', () => {
    const doc = {
      ...chairAsStaff('bw-gemo-38'),
      people: chairAsStaff('bw-gemo-38').people.map((p) =>
        p.familyName === 'Lang' ? { ...p, votingRight: false, role: 'stellv. Mitglied' } : p,
      ),
    };
    expect(counts(doc)).toEqual({ attendance: [12, 12], quorum: [12, 12], vote: [12, 12] });
  });
});
