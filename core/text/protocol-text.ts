import type { ContentNode, NodeJSONBase } from '../content/nodes';
import { isSpeakerNode, isVoteNode } from '../content/nodes-protocol';
import type { CustomText } from '../content/walk';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import { speakerText } from '../speakers/render';
import { voteLines } from '../votes/render';

/**
 * The words of the protocol's own nodes (speakers, votes) as the minutes print them, for every
 * reader of the text: print and export, the completeness check, the archive and the review's
 * diff. One place, so a speaker reads the same everywhere ("die GRinnen …" keeps its article).
 * The words come from the roster and the body at the time of reading; nothing is stored in the
 * nodes. `mentioned` carries who was already named in the item (the first mention names the
 * group): walk one item once, in order.
 */
export type ProtocolNodeText =
  { kind: 'speaker'; text: string } | { kind: 'vote'; lines: string[] } | null;

export function protocolNodeText(
  content: ContentNode,
  document: ProtocolDocument,
  mentioned: Set<string>,
): ProtocolNodeText {
  // ContentNode does not list the protocol nodes; look at it as any serialized node.
  const node: NodeJSONBase = content;
  if (isSpeakerNode(node)) {
    return {
      kind: 'speaker',
      text: speakerText(document, node.personIds, mentioned, node.article),
    };
  }
  if (isVoteNode(node)) return { kind: 'vote', lines: voteLines(document, node, mentioned) };
  return null;
}

/**
 * The plain-text hook for contentToPlainText: renders speakers and votes of one item the way
 * print does. Make one per item and walk the item once, in order (first mentions).
 */
export function customText(
  document: ProtocolDocument,
  _item: AgendaItem,
  mentioned: Set<string> = new Set(),
): CustomText {
  return (content) => {
    const words = protocolNodeText(content, document, mentioned);
    if (!words) return null;
    return words.kind === 'speaker' ? words.text : words.lines.join('\n');
  };
}
