import type { ContentNode } from '../content/nodes';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import type { ContentPrinter, PrintBlock, PrintInline } from './print-model';

/**
 * The protocol's own nodes (speakers, votes) in print. Returns null for every other node, so
 * the generic printer handles it.
 */
export function customInline(
  _node: ContentNode,
  _document: ProtocolDocument,
  _item: AgendaItem,
  _printer: ContentPrinter,
): PrintInline[] | null {
  return null;
}

export function customBlock(
  _node: ContentNode,
  _document: ProtocolDocument,
  _item: AgendaItem,
  _printer: ContentPrinter,
): PrintBlock[] | null {
  return null;
}
