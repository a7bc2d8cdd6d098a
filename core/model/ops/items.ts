import { paragraph, section, content, emptyContent } from '../../content/build';
import type { ItemContent, SectionJSON } from '../../content/nodes';
import { newItem, templateOf } from '../../templates/instantiate';
import type { Template } from '../../templates/schema';
import { createId } from '../ids';
import type { AgendaItem, ProtocolDocument } from '../schema';
import { suggestItemNumber, suggestMinutesNumber } from './numbering';
import { refuse, type OpResult } from './result';

/**
 * Edits of the agenda. Whole-meeting minutes print the public part before the non-public one,
 * so for them every operation keeps public items first; an item changes part only through
 * `setItemPublic` or an explicit part in `moveItemTo`. Per-item documents (one Niederschrift per
 * TOP) have no parts: each item's session kind is its own.
 */

export function hasParts(document: ProtocolDocument): boolean {
  return document.form === 'meeting';
}

export function itemIndex(document: ProtocolDocument, id: string): number {
  return document.items.findIndex((i) => i.id === id);
}

/** Public items first, each part in its given order. */
function partitioned(document: ProtocolDocument, items: AgendaItem[]): AgendaItem[] {
  if (!hasParts(document)) return items;
  return [...items.filter((i) => i.public), ...items.filter((i) => !i.public)];
}

/** Index range [first, end) the part of `isPublic` occupies in a partitioned list. */
function partRange(document: ProtocolDocument, isPublic: boolean): [number, number] {
  if (!hasParts(document)) return [0, document.items.length];
  const publicCount = document.items.filter((i) => i.public).length;
  return isPublic ? [0, publicCount] : [publicCount, document.items.length];
}

/** The section skeleton of an existing item, emptied: for documents whose template is gone. */
export function skeletonOf(item: AgendaItem | undefined): ItemContent {
  const sections = item?.content.root.children.filter(
    (c): c is SectionJSON => c.type === 'protocol-section',
  );
  if (!sections || sections.length === 0) return emptyContent();
  return content(sections.map((s) => section(s.section, s.title, s.printTitle, [paragraph()])));
}

export interface AddItemOptions {
  /** Public or non-public part; default public. */
  public?: boolean;
  /** Default: the next number in its part (suggestItemNumber). */
  number?: string;
  title?: string;
  /** Default: the document's template; without one, the first item's sections. */
  template?: Template;
}

/** Adds a TOP at the end of its part, with the template's section skeleton. */
export function addItem(
  document: ProtocolDocument,
  options: AddItemOptions = {},
): { document: ProtocolDocument; item: AgendaItem } {
  const isPublic = options.public ?? true;
  const number = options.number ?? suggestItemNumber(document, isPublic);
  const template = options.template ?? templateOf(document);
  const base: AgendaItem = template
    ? newItem(template, { number, public: isPublic, title: options.title ?? '' })
    : {
        id: createId('top'),
        number,
        title: options.title ?? '',
        public: isPublic,
        paperRef: '',
        fileRef: '',
        rapporteur: '',
        treatment: document.items[0]?.treatment ?? '',
        minutesNumber: '',
        content: skeletonOf(document.items[0]),
      };
  // One Niederschrift per TOP: each gets the next Niederschrift number.
  const item = hasParts(document)
    ? base
    : { ...base, minutesNumber: suggestMinutesNumber(document) };
  const [, end] = partRange(document, isPublic);
  const items = [...document.items];
  items.splice(end, 0, item);
  return { document: { ...document, items }, item };
}

export interface ItemRename {
  number?: string;
  title?: string;
}

export function renameItem(document: ProtocolDocument, id: string, rename: ItemRename): OpResult {
  const index = itemIndex(document, id);
  if (index < 0) return refuse('meeting.ops.unknownItem');
  const item = document.items[index]!;
  const next: AgendaItem = {
    ...item,
    number: rename.number === undefined ? item.number : rename.number.trim(),
    title: rename.title === undefined ? item.title : rename.title,
  };
  if (next.number === '') return refuse('meeting.ops.emptyNumber');
  if (next.number === item.number && next.title === item.title) return { ok: true, document };
  const items = [...document.items];
  items[index] = next;
  return { ok: true, document: { ...document, items } };
}

/**
 * Moves an item one place up or down within its part. At the edge of its part it stays where
 * it is (the same document is returned): crossing into the other part is a deliberate
 * `setItemPublic`, never a side effect of reordering.
 */
export function moveItem(
  document: ProtocolDocument,
  id: string,
  direction: 'up' | 'down',
): ProtocolDocument {
  const index = itemIndex(document, id);
  if (index < 0) return document;
  const [first, end] = partRange(document, document.items[index]!.public);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (
    !hasParts(document)
      ? target < 0 || target >= document.items.length
      : target < first || target >= end
  ) {
    return document;
  }
  const items = [...document.items];
  [items[index], items[target]] = [items[target]!, items[index]!];
  return { ...document, items };
}

/**
 * Moves an item to `toIndex` of the resulting list (as a drop does). `toPublic` changes its
 * part on purpose (a drop into the other part); the index is then clamped into the part, so
 * public items stay first.
 */
export function moveItemTo(
  document: ProtocolDocument,
  id: string,
  toIndex: number,
  toPublic?: boolean,
): ProtocolDocument {
  const index = itemIndex(document, id);
  if (index < 0) return document;
  const item = document.items[index]!;
  const moved =
    toPublic === undefined || toPublic === item.public ? item : { ...item, public: toPublic };
  const rest = document.items.filter((_, i) => i !== index);
  let at = Math.max(0, Math.min(Math.trunc(toIndex), rest.length));
  if (hasParts(document)) {
    const publicCount = rest.filter((i) => i.public).length;
    at = moved.public ? Math.min(at, publicCount) : Math.max(at, publicCount);
  }
  if (at === index && moved === item) return document;
  const items = [...rest];
  items.splice(at, 0, moved);
  return { ...document, items };
}

/**
 * Sets the session kind of an item. In whole-meeting minutes the item moves to the border of
 * its new part (the end of the public part, the start of the non-public part), the smallest
 * move that keeps the parts in order.
 */
export function setItemPublic(
  document: ProtocolDocument,
  id: string,
  isPublic: boolean,
): ProtocolDocument {
  const index = itemIndex(document, id);
  if (index < 0 || document.items[index]!.public === isPublic) return document;
  if (!hasParts(document)) {
    const items = [...document.items];
    items[index] = { ...items[index]!, public: isPublic };
    return { ...document, items };
  }
  const publicCount = document.items.filter((i) => i.public).length;
  // After removal the border sits at publicCount - 1 when a public item leaves, else publicCount.
  return moveItemTo(document, id, isPublic ? publicCount : publicCount - 1, isPublic);
}

/** What it takes to put a deleted item back where it was. */
export interface DeletedItem {
  item: AgendaItem;
  index: number;
  /** Its neighbours then, so it returns between them even when the list changed since. */
  previousId: string | null;
  nextId: string | null;
  /** Arrivals and departures that named the item; deleting it cleared them. */
  attendanceRefs: { personId: string; field: 'arrivedAtItem' | 'leftAfterItem' }[];
}

export function deleteItem(
  document: ProtocolDocument,
  id: string,
): OpResult<{ deleted: DeletedItem }> {
  const index = itemIndex(document, id);
  if (index < 0) return refuse('meeting.ops.unknownItem');
  // A per-item document is the Niederschrift of its TOP; without any it is no document.
  if (!hasParts(document) && document.items.length === 1) return refuse('meeting.ops.lastItem');
  const attendanceRefs: DeletedItem['attendanceRefs'] = [];
  const attendance = document.attendance.map((a) => {
    if (a.arrivedAtItem !== id && a.leftAfterItem !== id) return a;
    const next = { ...a };
    if (a.arrivedAtItem === id) {
      attendanceRefs.push({ personId: a.personId, field: 'arrivedAtItem' });
      next.arrivedAtItem = '';
    }
    if (a.leftAfterItem === id) {
      attendanceRefs.push({ personId: a.personId, field: 'leftAfterItem' });
      next.leftAfterItem = '';
    }
    return next;
  });
  const item = document.items[index]!;
  return {
    ok: true,
    document: {
      ...document,
      items: document.items.filter((_, i) => i !== index),
      attendance: attendanceRefs.length > 0 ? attendance : document.attendance,
    },
    deleted: {
      item,
      index,
      previousId: document.items[index - 1]?.id ?? null,
      nextId: document.items[index + 1]?.id ?? null,
      attendanceRefs,
    },
  };
}

/**
 * Undoes `deleteItem` on the document as it is now: the item returns after its old predecessor
 * (else before its old successor, else at its old index; always inside its part) and the arrivals and departures that named it are restored
 * where nothing else has been entered since. Restoring twice changes nothing.
 */
export function restoreItem(document: ProtocolDocument, deleted: DeletedItem): ProtocolDocument {
  if (itemIndex(document, deleted.item.id) >= 0) return document;
  const items = [...document.items];
  const previous = deleted.previousId ? itemIndex(document, deleted.previousId) : -1;
  const next = deleted.nextId ? itemIndex(document, deleted.nextId) : -1;
  const at =
    previous >= 0 ? previous + 1 : next >= 0 ? next : Math.min(deleted.index, items.length);
  items.splice(at, 0, deleted.item);
  const attendance = document.attendance.map((a) => {
    const refs = deleted.attendanceRefs.filter((r) => r.personId === a.personId);
    if (refs.length === 0) return a;
    const next = { ...a };
    for (const ref of refs)
      if (next[ref.field] === '' && next.status === 'present') next[ref.field] = deleted.item.id;
    return next;
  });
  return { ...document, items: partitioned(document, items), attendance };
}
