import { attendanceSummary } from '../../export/attendance';
import { isVotingMember } from '../../rules/chair';
import type { ProtocolDocument, RulesProfileId } from '../schema';
import { attendanceRecord } from './attendance';
import { profileOf } from '../../rules/profiles';

/**
 * A hint on the quorum for the attendance view: how many members are needed and whether
 * enough were there at the start. The full per-vote rules (bias, second meeting) belong to the
 * later checks.
 *
 * The rule depends on the state's law:
 * - Baden-Württemberg GemO §37(2): "mindestens die Hälfte aller Mitglieder anwesend und
 *   stimmberechtigt" — at least half;
 * - NRW GO §49(1) and Bavaria GO Art. 47(2): more than half (a majority) of the members.
 * The rule comes from the rules profile; profiles without a verified quorum rule use the
 * stricter majority.
 */

export type QuorumRule = 'atLeastHalf' | 'moreThanHalf';

export interface QuorumHint {
  rule: QuorumRule;
  /** Members with a seat (the body's legal number, else the roster's members). */
  total: number;
  /** Members present at some point (attendanceSummary's count). */
  present: number;
  /** Members present from the start (no later arrival). */
  presentAtStart: number;
  /** Members needed for a quorum. */
  required: number;
  /** Whether presentAtStart reaches `required`. */
  reached: boolean;
}

export function quorumRule(profile: RulesProfileId): QuorumRule {
  return profileOf(profile).quorum?.threshold ?? 'moreThanHalf';
}

export function quorumHint(document: ProtocolDocument): QuorumHint | null {
  const summary = attendanceSummary(document);
  if (!summary || summary.memberTotal === 0) return null;
  const rule = quorumRule(document.rules.profile);
  const total = summary.memberTotal;
  const required = rule === 'atLeastHalf' ? Math.ceil(total / 2) : Math.floor(total / 2) + 1;
  const presentAtStart = document.people.filter((p) => {
    if (!isVotingMember(document, p)) return false;
    const a = attendanceRecord(document, p.id);
    return a.status === 'present' && a.arrivedAtItem === '';
  }).length;
  return {
    rule,
    total,
    present: summary.presentCount,
    presentAtStart,
    required,
    reached: presentAtStart >= required,
  };
}
