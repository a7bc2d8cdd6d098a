import type { MessageKey } from '../../../core/i18n/catalog';
import type { RulesProfileId } from '../../../core/model/schema';

/**
 * The law the quorum hint names, per rules profile. States whose quorum paragraph is not in the
 * profile data (not verified) say that the hint assumes more than half.
 */
const QUORUM_LAW: Partial<Record<RulesProfileId, MessageKey>> = {
  'bw-gemo-38': 'meeting.quorum.law.bw',
  'nrw-go-52': 'meeting.quorum.law.nrw',
  'by-go-54': 'meeting.quorum.law.by',
  custom: 'meeting.quorum.law.custom',
};

export function quorumLawKey(profile: RulesProfileId): MessageKey {
  return QUORUM_LAW[profile] ?? 'meeting.quorum.law.unverified';
}
