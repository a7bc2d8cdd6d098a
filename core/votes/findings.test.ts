import { describe, expect, it } from 'vitest';
import { voteNode, type VoteInit } from '../content/nodes-protocol';
import { testMeeting } from '../../test/support/test-meeting';
import { t } from '../i18n/catalog';
import { PROFILES } from '../rules/profiles';
import { checkVote } from './findings';

function findingsFor(init: VoteInit, change?: (doc: ReturnType<typeof testMeeting>) => void) {
  const doc = testMeeting();
  change?.(doc);
  const item = doc.items[0]!;
  return checkVote(doc, item, voteNode(init), [2, 1], PROFILES['bw-gemo-38']);
}
const keys = (init: VoteInit, change?: Parameters<typeof findingsFor>[1]) =>
  findingsFor(init, change).map((f) => f.messageKey);

describe('vote arithmetic against the attendance', () => {
  it('accepts counts that fit the 8 members present and entitled', () => {
    expect(
      keys({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 5, no: 1, abstain: 2 } }),
    ).toEqual([]);
    expect(keys({ outcome: 'einmuetig', counts: { yes: 6, no: 0, abstain: 2 } })).toEqual([]);
  });

  it('flags 6/1/2 when only 8 are present and entitled, naming item and node', () => {
    const [finding, ...rest] = findingsFor({
      outcome: 'mehrheitlich-zugestimmt',
      counts: { yes: 6, no: 1, abstain: 2 },
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      messageKey: 'check.vote.countsExceedEntitled',
      itemId: 'top-1',
      field: 'vote',
      nodePath: [2, 1],
    });
    expect(t('de', finding!.messageKey, finding!.params)).toBe(
      'Erfasst sind 9 Stimmen (Ja 6, Nein 1, Enthaltung 2), bei diesem TOP waren aber nur 8 Mitglieder anwesend und stimmberechtigt.',
    );
  });

  it('checks the words against the numbers', () => {
    expect(keys({ outcome: 'einstimmig', counts: { yes: 7, no: 0, abstain: 1 } })).toEqual([
      'check.vote.einstimmigNotUnanimous',
    ]);
    expect(keys({ outcome: 'einmuetig', counts: { yes: 7, no: 1, abstain: 0 } })).toEqual([
      'check.vote.einmuetigWithNo',
    ]);
    expect(keys({ outcome: 'mehrheitlich-zugestimmt' })).toEqual(['check.vote.countsMissing']);
    expect(keys({ outcome: 'mehrheitlich-abgelehnt' })).toEqual(['check.vote.countsMissing']);
    // A tie rejects.
    expect(
      keys({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 4, no: 4, abstain: 0 } }),
    ).toEqual(['check.vote.majorityContradicts']);
    expect(
      keys({ outcome: 'mehrheitlich-abgelehnt', counts: { yes: 4, no: 4, abstain: 0 } }),
    ).toEqual([]);
    expect(
      keys({ outcome: 'mehrheitlich-abgelehnt', counts: { yes: 5, no: 3, abstain: 0 } }),
    ).toEqual(['check.vote.majorityContradicts']);
  });

  it('takes members excluded for bias out of those entitled', () => {
    expect(
      keys({ outcome: 'einmuetig', counts: { yes: 8, no: 0, abstain: 0 }, excluded: ['p-a'] }),
    ).toEqual(['check.vote.countsExceedEntitled']);
    expect(
      keys({ outcome: 'einmuetig', counts: { yes: 7, no: 0, abstain: 0 }, excluded: ['p-a'] }),
    ).toEqual([]);
  });

  it('checks roll-call votes: who, how often, and against the counts', () => {
    expect(
      keys({
        outcome: 'mehrheitlich-zugestimmt',
        counts: { yes: 2, no: 1, abstain: 0 },
        namedVotes: [
          { personId: 'p-a', vote: 'ja' },
          { personId: 'p-b', vote: 'ja' },
          { personId: 'p-c', vote: 'enthaltung' },
        ],
      }),
    ).toEqual(['check.vote.namedVotesContradictCounts']);
    expect(
      keys({
        outcome: 'einstimmig',
        namedVotes: [
          { personId: 'p-a', vote: 'ja' },
          { personId: 'p-a', vote: 'ja' },
          { personId: 'p-h', vote: 'ja' },
          { personId: 'p-b', vote: 'ja' },
        ],
        excluded: ['p-b'],
      }),
    ).toEqual([
      'check.vote.namedVoteTwice',
      'check.vote.excludedVoted',
      'check.vote.namedVoterNotEntitled',
    ]);
    expect(keys({ outcome: 'einstimmig', namedVotes: [{ personId: 'p-x', vote: 'ja' }] })).toEqual([
      'check.vote.unknownPerson',
    ]);
  });

  it('reports a missing quorum for decisions, not for a report taken note of', () => {
    const thin = (doc: ReturnType<typeof testMeeting>) => {
      doc.attendance = doc.attendance.map((a) =>
        ['p-a', 'p-b', 'p-c', 'p-d'].includes(a.personId)
          ? { ...a, status: 'absent', reason: 'krank' }
          : a,
      );
    };
    const [finding] = findingsFor({ outcome: 'einstimmig' }, thin);
    expect(finding!.messageKey).toBe('check.vote.quorumNotReached');
    expect(t('de', finding!.messageKey, finding!.params)).toBe(
      'Nicht beschlussfähig: nur 4 von 9 Mitgliedern anwesend und stimmberechtigt, nötig sind 5 (§ 37 Abs. 2 GemO BW).',
    );
    expect(keys({ outcome: 'zur-kenntnis-genommen' }, thin)).toEqual([]);
    // NRW presumes the quorum until its lack is established: a warning there.
    const doc = testMeeting();
    thin(doc);
    const nrw = checkVote(
      doc,
      doc.items[0]!,
      voteNode({ outcome: 'einstimmig' }),
      [],
      PROFILES['nrw-go-52'],
    );
    expect(nrw.map((f) => [f.messageKey, f.severity])).toEqual([
      ['check.vote.quorumNotReached', 'warning'],
    ]);
  });

  it('cannot judge counts without attendance, but still the words', () => {
    const none = (doc: ReturnType<typeof testMeeting>) => {
      doc.attendance = [];
    };
    expect(
      keys({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 60, no: 1, abstain: 2 } }, none),
    ).toEqual([]);
    expect(keys({ outcome: 'einmuetig', counts: { yes: 6, no: 1, abstain: 0 } }, none)).toEqual([
      'check.vote.einmuetigWithNo',
    ]);
  });
});
