import type { ProtocolDocument } from '../../../core/model/schema';

/** Where a dragged item would land: before or after a row, or at the start of a part. */
export type DropTarget =
  { kind: 'item'; id: string; position: 'before' | 'after' } | { kind: 'part'; public: boolean };

/**
 * The arguments of moveItemTo for a drop: the index in the list without the dragged item, and
 * the part the drop means (the part of the row or label dropped on; none for per-item
 * documents, which have no parts).
 */
export function dropPlacement(
  document: ProtocolDocument,
  draggedId: string,
  target: DropTarget,
): { index: number; public?: boolean } | null {
  const rest = document.items.filter((i) => i.id !== draggedId);
  const withParts = document.form === 'meeting';
  if (target.kind === 'part') {
    if (!withParts) return { index: 0 };
    const publicCount = rest.filter((i) => i.public).length;
    return { index: target.public ? 0 : publicCount, public: target.public };
  }
  if (target.id === draggedId) return null;
  const at = rest.findIndex((i) => i.id === target.id);
  if (at < 0) return null;
  const index = target.position === 'before' ? at : at + 1;
  return withParts ? { index, public: rest[at]!.public } : { index };
}
