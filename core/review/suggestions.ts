import { isElement, type ContentNode, type ItemContent } from '../content/nodes';
import { walkContent } from '../content/walk';
import type { ProtocolDocument } from '../model/schema';

/**
 * Suggestions (track changes): an inline element 'suggestion' wraps text the chair proposes to
 * insert or to delete, with author and time, instead of applying the change. Accepting an
 * insertion keeps its text; accepting a deletion removes it; rejecting does the opposite.
 */
export interface SuggestionInfo {
  id: string;
  kind: 'insert' | 'delete';
  author: string;
  createdAt: string;
  text: string;
}

export function isSuggestion(node: ContentNode): boolean {
  return node.type === 'suggestion';
}

const textOf = (node: ContentNode): string =>
  node.type === 'text' ? node.text : isElement(node) ? node.children.map(textOf).join('') : '';

export function listSuggestions(content: ItemContent): SuggestionInfo[] {
  const found: SuggestionInfo[] = [];
  for (const node of walkContent(content)) {
    if (node.type !== 'suggestion' || !isElement(node)) continue;
    found.push({
      id: node.id,
      kind: node.kind,
      author: node.author,
      createdAt: node.createdAt,
      text: textOf(node),
    });
  }
  return found;
}

/**
 * Resolves suggestions in a content tree. `decide(id)` returns 'accept', 'reject', or null to
 * leave the suggestion as it is. Returns a new tree; the input is not changed.
 */
export function resolveSuggestions(
  content: ItemContent,
  decide: (id: string) => 'accept' | 'reject' | null,
): ItemContent {
  const rebuild = (node: ContentNode): ContentNode[] => {
    if (!isElement(node)) return [node];
    const children = node.children.flatMap(rebuild);
    if (node.type === 'suggestion') {
      const decision = decide(node.id);
      if (decision === null) return [{ ...node, children }];
      const keep = (node.kind === 'insert') === (decision === 'accept');
      return keep ? children : [];
    }
    return [{ ...node, children }];
  };
  const [root] = rebuild(content.root);
  return { ...content, root: root as ItemContent['root'] };
}

export const acceptAll = (content: ItemContent) => resolveSuggestions(content, () => 'accept');
export const rejectAll = (content: ItemContent) => resolveSuggestions(content, () => 'reject');

/** A chair's accept or reject of suggestions in one item's text. */
export interface SuggestionDecision {
  itemId: string;
  /** The suggestions decided; 'all' for every suggestion of the item. */
  ids: readonly string[] | 'all';
  action: 'accept' | 'reject';
}

/** Applies accept/reject decisions to an item's text; the rest of the document is untouched. */
export function applySuggestionDecision(
  document: ProtocolDocument,
  decision: SuggestionDecision,
): ProtocolDocument {
  const chosen = decision.ids === 'all' ? null : new Set(decision.ids);
  return {
    ...document,
    items: document.items.map((item) =>
      item.id !== decision.itemId
        ? item
        : {
            ...item,
            content: resolveSuggestions(item.content, (id) =>
              chosen === null || chosen.has(id) ? decision.action : null,
            ),
          },
    ),
  };
}
