import type { MessageKey } from '../../../core/i18n/catalog';
import type { QuorumHint } from '../../../core/model/ops/quorum';
import type { RulesProfileId } from '../../../core/model/schema';
import { profileOf } from '../../../core/rules/profiles';

/**
 * The law the quorum hint names. BW, NRW and Bavaria say the rule in words; every other state
 * with a quorum rule on file names its paragraph ("nach § 53 Abs. 1 und 3 HGO"); a rule on file
 * whose wording was not read in a text of the law names its paragraph and says so; states whose
 * quorum paragraph is not on file (not read) say that the hint assumes more than half.
 */
const QUORUM_LAW: Partial<Record<RulesProfileId, MessageKey>> = {
  'bw-gemo-38': 'meeting.quorum.law.bw',
  'nrw-go-52': 'meeting.quorum.law.nrw',
  'by-go-54': 'meeting.quorum.law.by',
  custom: 'meeting.quorum.law.custom',
};

export function quorumLaw(
  profile: RulesProfileId,
  hint: Pick<QuorumHint, 'law' | 'verified'>,
): { key: MessageKey; params: { law: string } } {
  if (hint.law && !hint.verified) {
    return { key: 'meeting.quorum.law.citedUnverified', params: { law: hint.law } };
  }
  const key = QUORUM_LAW[profile];
  // The worded rule only while it is the one applied (not that of a second meeting).
  if (key && (hint.law === null || hint.law === (profileOf(profile).quorum?.law ?? null))) {
    return { key, params: { law: hint.law ?? '' } };
  }
  if (hint.law) return { key: 'meeting.quorum.law.cited', params: { law: hint.law } };
  return { key: 'meeting.quorum.law.unverified', params: { law: '' } };
}
