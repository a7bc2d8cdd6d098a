import type { ProtocolDocument } from '../../core/model/schema';
import { speakerText } from '../../core/speakers/render';
import { voteLines } from '../../core/votes/render';
import type { ProtocolNodeLabels } from './nodes/ProtocolNodeLabels';

/**
 * The words of speaker and vote nodes from a document, exactly as print makes them: the
 * house style's first mention with group or unit, the article of a joint mention, the vote's
 * sentence with those excluded for bias named as mentions.
 */
export function documentLabels(document: ProtocolDocument): ProtocolNodeLabels {
  return {
    speaker: (ids, before, article) => speakerText(document, ids, new Set(before), article),
    vote: (vote, before) => voteLines(document, vote, new Set(before ?? [])),
  };
}
