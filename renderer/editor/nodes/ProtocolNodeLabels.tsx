import { createContext, useContext } from 'react';
import type { SpeakerArticle, VoteJSON } from '../../../core/content/nodes-protocol';

/**
 * How the editor shows the protocol's data nodes. A speaker or a vote stores ids and numbers,
 * never words; the words come from the document's roster and body, which the host knows and
 * the editor does not. The host passes these (e.g. from core/speakers/render and
 * core/votes/render); without them the editor shows a neutral fallback.
 */
export interface ProtocolNodeLabels {
  /**
   * The words for a mention. `mentionedBefore` holds the people named earlier in the item, in
   * document order, as print counts them: a first mention carries the group, later ones not.
   * `article` is the node's article before a shared plural title (undefined: "Die").
   */
  speaker(
    personIds: readonly string[],
    mentionedBefore: ReadonlySet<string>,
    article?: SpeakerArticle,
  ): string;
  /** The vote's lines; those excluded for bias are named as mentions (`mentionedBefore`). */
  vote(vote: VoteJSON, mentionedBefore?: ReadonlySet<string>): string[];
}

export const FALLBACK_LABELS: ProtocolNodeLabels = {
  speaker: (ids) => `@${ids.join(', @')}`,
  vote: (vote) => [`${vote.subject}: ${vote.outcome}`],
};

export const LabelsContext = createContext<ProtocolNodeLabels>(FALLBACK_LABELS);

export function useLabels(): ProtocolNodeLabels {
  return useContext(LabelsContext);
}

const NOBODY: ReadonlySet<string> = new Set();

/** Per speaker or vote node (by key): who was named before it. Kept by useSpeakerMentions. */
export const MentionsContext = createContext<ReadonlyMap<string, ReadonlySet<string>>>(new Map());

export function useMentionedBefore(nodeKey: string): ReadonlySet<string> {
  return useContext(MentionsContext).get(nodeKey) ?? NOBODY;
}
