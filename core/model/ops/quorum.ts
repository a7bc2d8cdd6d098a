import { attendanceSummary } from '../../attendance/summary';
import { isVotingMember } from '../../rules/chair';
import { judgeQuorum, profileOf, type QuorumRule as StateQuorumRule } from '../../rules/profiles';
import type { ProtocolDocument, RulesProfileId } from '../schema';
import { attendanceRecord } from './attendance';

/**
 * A hint on the quorum for the attendance view: how many members are needed and whether
 * enough were there at the start. The rule is the state's, from its rules profile
 * (assets/rules/*.json): BW § 37 Abs. 2 GemO "mindestens die Hälfte", most others more than
 * half, a second meeting on the same matter (meeting.secondConvening) its own minimum. Exclusions
 * for bias are per vote and belong to the vote checks (core/votes). Where no rule is on file the
 * hint assumes more than half and says so (renderer/meeting/attendance/summary.ts).
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
  /** The paragraph the number comes from; null where the state's rule is not on file. */
  law: string | null;
  /**
   * Whether that paragraph's wording was read in a text of the law (assets/rules); the hint says
   * so when it was not, so a number from an unread rule is never shown as the law's.
   */
  verified: boolean;
}

/** Where no rule is on file: more than half, the stricter reading. */
const ASSUMED: StateQuorumRule = {
  counts: 'present',
  threshold: 'moreThanHalf',
  law: '',
  verified: false,
};

export function quorumRule(profile: RulesProfileId): QuorumRule {
  return profileOf(profile).quorum?.threshold ?? 'moreThanHalf';
}

export function quorumHint(document: ProtocolDocument): QuorumHint | null {
  const summary = attendanceSummary(document);
  if (!summary || summary.memberTotal === 0) return null;
  const stateRule = profileOf(document.rules.profile).quorum;
  const total = summary.memberTotal;
  const presentAtStart = document.people.filter((p) => {
    if (!isVotingMember(document, p)) return false;
    const a = attendanceRecord(document, p.id);
    return a.status === 'present' && a.arrivedAtItem === '';
  }).length;
  const verdict = judgeQuorum(stateRule ?? ASSUMED, {
    members: total,
    counted: presentAtStart,
    excluded: 0,
    secondMeeting: document.meeting.secondConvening === true,
  });
  return {
    rule: quorumRule(document.rules.profile),
    total,
    present: summary.presentCount,
    presentAtStart,
    required: verdict.required,
    reached: verdict.reached,
    law: stateRule ? verdict.law : null,
    verified: stateRule ? verdict.verified : false,
  };
}
