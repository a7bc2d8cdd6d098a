import type { MessageKey } from '../../../core/i18n/catalog';
import type { RulesProfileId } from '../../../core/model/schema';

/** The law the quorum hint names, per rules profile. */
export const QUORUM_LAW: Record<RulesProfileId, MessageKey> = {
  'bw-gemo-38': 'meeting.quorum.law.bw',
  'nrw-go-52': 'meeting.quorum.law.nrw',
  'by-go-54': 'meeting.quorum.law.by',
  custom: 'meeting.quorum.law.custom',
};
