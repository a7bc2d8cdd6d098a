import { createContext, useContext } from 'react';
import type { VoteJSON } from '../../../core/content/nodes-protocol';

/**
 * How the editor shows the protocol's data nodes. A speaker or a vote stores ids and numbers,
 * never words; the words come from the document's roster and body, which the host knows and
 * the editor does not. The host passes these (e.g. from core/speakers/render and
 * core/votes/render); without them the editor shows a neutral fallback.
 */
export interface ProtocolNodeLabels {
  speaker(personIds: readonly string[]): string;
  vote(vote: VoteJSON): string[];
}

export const FALLBACK_LABELS: ProtocolNodeLabels = {
  speaker: (ids) => `@${ids.join(', @')}`,
  vote: (vote) => [`${vote.subject}: ${vote.outcome}`],
};

export const LabelsContext = createContext<ProtocolNodeLabels>(FALLBACK_LABELS);

export function useLabels(): ProtocolNodeLabels {
  return useContext(LabelsContext);
}
