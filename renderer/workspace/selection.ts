import type { ProtocolDocument } from '../../core/model/schema';

/** What the workspace shows: the meeting (header, attendance) or one agenda item. */
export type Selection =
  | { kind: 'meeting' }
  /** The roster of per-item minutes (whole-meeting minutes keep it on the meeting page). */
  | { kind: 'people' }
  | { kind: 'item'; itemId: string };

/** A selection that still exists in `document`, falling back to the first item. */
export function validSelection(document: ProtocolDocument, selection: Selection): Selection {
  if (selection.kind === 'people') {
    return document.form === 'meeting' ? { kind: 'meeting' } : selection;
  }
  if (selection.kind === 'meeting') {
    return document.form === 'meeting' || document.items.length === 0
      ? selection
      : { kind: 'item', itemId: document.items[0]!.id };
  }
  if (document.items.some((i) => i.id === selection.itemId)) return selection;
  const first = document.items[0];
  if (first) return { kind: 'item', itemId: first.id };
  return { kind: 'meeting' };
}

export function initialSelection(document: ProtocolDocument): Selection {
  const first = document.items[0];
  return first ? { kind: 'item', itemId: first.id } : { kind: 'meeting' };
}
