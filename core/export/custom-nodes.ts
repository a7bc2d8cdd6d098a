import type { ContentNode, NodeJSONBase } from '../content/nodes';
import { isSpeakerNode, isVoteNode } from '../content/nodes-protocol';
import type { CustomText } from '../content/walk';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import { speakerText } from '../speakers/render';
import { voteLines } from '../votes/render';
import type { ContentPrinter, PrintBlock, PrintInline } from './print-model';

/**
 * The protocol's own nodes (speakers, votes) in print. Returns null for every other node, so
 * the generic printer handles it. The words come from the roster and the body at print time;
 * nothing printed is stored in the nodes.
 */
export function customInline(
  content: ContentNode,
  document: ProtocolDocument,
  _item: AgendaItem,
  printer: ContentPrinter,
): PrintInline[] | null {
  // ContentNode does not list the protocol nodes; look at it as any serialized node.
  const node: NodeJSONBase = content;
  if (isSpeakerNode(node)) {
    return [{ text: speakerText(document, node.personIds, printer.mentioned, node.article) }];
  }
  // A vote that ended up inside a paragraph still prints, on its own line.
  if (isVoteNode(node)) {
    return [{ text: voteLines(document, node, printer.mentioned).join('\n') }];
  }
  return null;
}

export function customBlock(
  content: ContentNode,
  document: ProtocolDocument,
  _item: AgendaItem,
  printer: ContentPrinter,
): PrintBlock[] | null {
  const node: NodeJSONBase = content;
  if (isVoteNode(node)) {
    return voteLines(document, node, printer.mentioned).map((line) => ({
      kind: 'paragraph',
      inlines: [{ text: line }],
      role: 'vote',
    }));
  }
  if (isSpeakerNode(node)) {
    // A mention at block level (pasted oddly): keep it visible as a paragraph of its own.
    return [
      {
        kind: 'paragraph',
        inlines: [{ text: speakerText(document, node.personIds, printer.mentioned, node.article) }],
      },
    ];
  }
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
    const node: NodeJSONBase = content;
    if (isSpeakerNode(node)) return speakerText(document, node.personIds, mentioned, node.article);
    if (isVoteNode(node)) return voteLines(document, node, mentioned).join('\n');
    return null;
  };
}
