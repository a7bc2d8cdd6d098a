import type { ProtocolDocument } from '../../core/model/schema';
import { speakerText } from '../../core/speakers/render';
import { voteLines } from '../../core/votes/render';
import type { ProtocolNodeLabels } from '../editor/nodes/ProtocolNodeLabels';

/** The words the editor shows for speakers and votes, from the document's roster and body. */
export function labelsFor(document: ProtocolDocument): ProtocolNodeLabels {
  return {
    speaker: (ids, before) => speakerText(document, ids, new Set(before)),
    vote: (vote) => voteLines(document, vote, new Set()),
  };
}
