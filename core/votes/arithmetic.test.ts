import { describe, expect, it } from 'vitest';
import { testMeeting } from '../../test/support/test-meeting';
import type { ProtocolDocument } from '../model/schema';
import { PROFILES, requiredFor } from '../rules/profiles';
import { memberTotal, presenceAtItem, quorumAtItem } from './arithmetic';

const ids = (people: { id: string }[]) => people.map((p) => p.id).sort();

function withAttendance(doc: ProtocolDocument, id: string, change: object): ProtocolDocument {
  return {
    ...doc,
    attendance: doc.attendance.map((a) => (a.personId === id ? { ...a, ...change } : a)),
  };
}

describe('who may vote at an item', () => {
  it('counts present members with voting right, not staff, not the excused', () => {
    const presence = presenceAtItem(testMeeting(), 'top-1');
    expect(presence.known).toBe(true);
    expect(presence.entitled).toHaveLength(8);
    expect(ids(presence.entitled)).not.toContain('p-h');
    expect(ids(presence.entitled)).not.toContain('p-clerk');
    expect(ids(presence.present)).toContain('p-clerk');
  });

  it('follows arrivals "from item X on" and departures "up to and including item Y"', () => {
    let doc = withAttendance(testMeeting(), 'p-a', { arrivedAtItem: 'top-2' });
    doc = withAttendance(doc, 'p-b', { leftAfterItem: 'top-2' });
    const at = (item: string) => ids(presenceAtItem(doc, item).entitled);
    expect(at('top-1')).not.toContain('p-a');
    expect(at('top-2')).toEqual(expect.arrayContaining(['p-a', 'p-b']));
    expect(at('top-3')).not.toContain('p-b');
    expect(at('top-3')).toContain('p-a');
  });

  it('takes out members excluded for bias', () => {
    const presence = presenceAtItem(testMeeting(), 'top-1', ['p-a', 'p-b']);
    expect(presence.entitled).toHaveLength(6);
    expect(ids(presence.excluded)).toEqual(['p-a', 'p-b']);
  });

  it('knows nothing when no attendance is recorded', () => {
    const doc = { ...testMeeting(), attendance: [] };
    expect(presenceAtItem(doc, 'top-1').known).toBe(false);
    expect(quorumAtItem(doc, 'top-1', PROFILES['bw-gemo-38'].quorum)).toBeNull();
  });
});

describe('quorum per rules profile', () => {
  it('thresholds: at least half, more than half, a quarter', () => {
    expect(requiredFor(9, 'atLeastHalf')).toBe(5);
    expect(requiredFor(10, 'atLeastHalf')).toBe(5);
    expect(requiredFor(10, 'moreThanHalf')).toBe(6);
    expect(requiredFor(9, 'moreThanHalf')).toBe(5);
    expect(requiredFor(9, 'atLeastQuarter')).toBe(3);
  });

  it('BW § 37 Abs. 2: at least half of all members present and entitled', () => {
    // 10 members, exactly 5 entitled: quorate in BW, not in Bavaria ("Mehrheit").
    const doc = testMeeting();
    doc.body.memberCount = 10;
    doc.attendance = doc.attendance.map((a) =>
      ['p-e', 'p-f', 'p-g'].includes(a.personId) ? { ...a, status: 'excused', reason: 'krank' } : a,
    );
    expect(presenceAtItem(doc, 'top-1').entitled).toHaveLength(5);
    expect(quorumAtItem(doc, 'top-1', PROFILES['bw-gemo-38'].quorum)!.reached).toBe(true);
    expect(quorumAtItem(doc, 'top-1', PROFILES['by-go-54'].quorum)!.reached).toBe(false);
    expect(quorumAtItem(doc, 'top-1', PROFILES['nrw-go-52'].quorum)!.reached).toBe(false);
  });

  it('BW: when more than half are biased, a quarter of all members suffices', () => {
    const doc = testMeeting();
    const biased = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e'];
    const quorum = quorumAtItem(doc, 'top-1', PROFILES['bw-gemo-38'].quorum, biased)!;
    expect(quorum.counted).toBe(3);
    expect(quorum.required).toBe(3);
    expect(quorum.reached).toBe(true);
    // Bavaria has no such rule.
    expect(quorumAtItem(doc, 'top-1', PROFILES['by-go-54'].quorum, biased)!.reached).toBe(false);
  });

  it('NRW § 49: counts members present, with or without voting right', () => {
    const doc = testMeeting();
    doc.people = doc.people.map((p) => (p.id === 'p-a' ? { ...p, votingRight: false } : p));
    expect(quorumAtItem(doc, 'top-1', PROFILES['nrw-go-52'].quorum)!.counted).toBe(8);
    expect(quorumAtItem(doc, 'top-1', PROFILES['bw-gemo-38'].quorum)!.counted).toBe(7);
  });

  it('measures against the legal member count, else the roster', () => {
    const doc = testMeeting();
    expect(memberTotal(doc)).toBe(9);
    doc.body.memberCount = 0;
    expect(memberTotal(doc)).toBe(9);
    doc.body.memberCount = 21;
    expect(quorumAtItem(doc, 'top-1', PROFILES['bw-gemo-38'].quorum)!.reached).toBe(false);
  });
});
