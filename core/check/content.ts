import { isElement, type ContentNode, type ItemContent, type NodeJSONBase } from '../content/nodes';
import {
  isSpeakerNode,
  isVoteNode,
  type SpeakerJSON,
  type VoteJSON,
} from '../content/nodes-protocol';
import { contentToPlainText } from '../content/walk';
import { customText } from '../text/protocol-text';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import { templateOf } from '../templates/instantiate';

/** The protocol nodes of an item, each with its path from the content root. */
export interface Located<T> {
  node: T;
  path: number[];
}

export function protocolNodes(content: ItemContent): {
  speakers: Located<SpeakerJSON>[];
  votes: Located<VoteJSON>[];
} {
  const speakers: Located<SpeakerJSON>[] = [];
  const votes: Located<VoteJSON>[] = [];
  // Iterative and in document order, like walkContent, but keeping the path.
  const stack: { node: ContentNode; path: number[] }[] = [{ node: content.root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    const plain: NodeJSONBase = node;
    if (isSpeakerNode(plain)) speakers.push({ node: plain, path });
    else if (isVoteNode(plain)) votes.push({ node: plain, path });
    if (isElement(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push({ node: node.children[i]!, path: [...path, i] });
      }
    }
  }
  return { speakers, votes };
}

/** The section keys where a resolution belongs: the template's outcome sections, and "beschluss". */
export function outcomeSectionKeys(document: ProtocolDocument): Set<string> {
  const keys = new Set(['beschluss']);
  for (const section of templateOf(document)?.sections ?? []) {
    if (section.outcome) keys.add(section.key);
  }
  return keys;
}

/**
 * The text of the item's outcome sections (the resolution and its vote), or "" when there is
 * none. Vote nodes are rendered in words.
 */
export function outcomeText(document: ProtocolDocument, item: AgendaItem): string {
  const keys = outcomeSectionKeys(document);
  // One hook for the whole item, walked in order, so first mentions come out as in print.
  const hook = customText(document, item);
  const parts: string[] = [];
  for (const child of item.content.root.children) {
    const text = contentToPlainText({ root: { ...item.content.root, children: [child] } }, hook);
    if (child.type !== 'protocol-section' || !keys.has(child.section)) continue;
    const title = child.printTitle ? child.title.trim() : '';
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line, index) => line !== '' && !(index === 0 && title !== '' && line === title));
    if (lines.length > 0) parts.push(lines.join('\n'));
  }
  return parts.join('\n');
}

/** Whether an item records what came of it: a vote anywhere, or text in an outcome section. */
export function hasOutcome(document: ProtocolDocument, item: AgendaItem): boolean {
  if (protocolNodes(item.content).votes.length > 0) return true;
  return outcomeText(document, item) !== '';
}
