import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { findTemplate } from '../../templates/registry';
import { instantiateTemplate } from '../../templates/instantiate';
import type { SectionJSON } from '../../content/nodes';
import type { ProtocolDocument } from '../schema';
import {
  addItem,
  deleteItem,
  moveItem,
  moveItemTo,
  renameItem,
  restoreItem,
  setItemPublic,
} from './items';

const numbers = (doc: ProtocolDocument) => doc.items.map((i) => i.number);
const ids = (doc: ProtocolDocument) => doc.items.map((i) => i.id);
const parts = (doc: ProtocolDocument) => doc.items.map((i) => (i.public ? 'Ö' : 'N')).join('');
const sectionKeys = (doc: ProtocolDocument, index: number) =>
  doc.items[index]!.content.root.children.map((c) => (c as SectionJSON).section);

const kleinweiler = () => buildKleinweilerExample();
const stuttgart = () => instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);

describe('addItem', () => {
  it('appends a public item at the end of the public part, numbered on, with the skeleton', () => {
    const doc = kleinweiler();
    const { document, item } = addItem(doc);
    expect(numbers(document)).toEqual(['1', '2', '3', '4', '5', '6', '7', '7', '8']);
    expect(document.items[6]).toBe(item);
    expect(item.public).toBe(true);
    expect(item.treatment).toBe('Beschluss');
    expect(sectionKeys(document, 6)).toEqual(['sachverhalt', 'aussprache', 'beschluss']);
    expect(doc.items).toHaveLength(8); // the input is untouched
  });

  it('appends a non-public item at the very end', () => {
    const { document, item } = addItem(kleinweiler(), { public: false, title: 'Bauvoranfrage' });
    expect(document.items.at(-1)).toBe(item);
    expect(item).toMatchObject({ number: '9', public: false, title: 'Bauvoranfrage' });
  });

  it('in a per-item document, numbers on and gives the next Niederschrift number', () => {
    const doc = stuttgart();
    doc.items[0] = { ...doc.items[0]!, number: '12', minutesNumber: '233' };
    const { document, item } = addItem(doc);
    expect(item).toMatchObject({ number: '13', minutesNumber: '234', treatment: 'Verhandlung' });
    expect(sectionKeys(document, 1)).toEqual([
      'beratungsunterlage',
      'beschlussantrag',
      'verhandlung',
      'feststellung',
      'beschluss',
    ]);
  });

  it('without a known template, copies the section structure of the first item, emptied', () => {
    const doc = { ...kleinweiler(), templateId: 'gone' };
    const { item } = addItem(doc);
    expect(item.content.root.children.map((c) => (c as SectionJSON).section)).toEqual([
      'sachverhalt',
      'aussprache',
      'beschluss',
    ]);
    expect(JSON.stringify(item.content)).not.toContain('Vorsitzende');
  });

  it('takes an explicit number', () => {
    expect(addItem(kleinweiler(), { number: '6a' }).item.number).toBe('6a');
  });
});

describe('renameItem', () => {
  it('changes number and title, trimming the number', () => {
    const result = renameItem(kleinweiler(), 'top-3', { number: ' 3a ', title: 'Neuer Betreff' });
    expect(result.ok && result.document.items[2]).toMatchObject({
      number: '3a',
      title: 'Neuer Betreff',
    });
  });

  it('refuses an empty number and unknown items', () => {
    expect(renameItem(kleinweiler(), 'top-3', { number: '  ' })).toMatchObject({
      ok: false,
      reason: 'meeting.ops.emptyNumber',
    });
    expect(renameItem(kleinweiler(), 'nope', { title: 'x' })).toMatchObject({
      ok: false,
      reason: 'meeting.ops.unknownItem',
    });
  });

  it('returns the same document when nothing changes', () => {
    const doc = kleinweiler();
    const result = renameItem(doc, 'top-3', { number: '3' });
    expect(result.ok && result.document).toBe(doc);
  });
});

describe('moveItem', () => {
  it('swaps with the neighbour', () => {
    const doc = kleinweiler();
    expect(ids(moveItem(doc, 'top-3', 'up')).slice(0, 4)).toEqual([
      'top-1',
      'top-3',
      'top-2',
      'top-4',
    ]);
    expect(ids(moveItem(doc, 'top-3', 'down')).slice(0, 4)).toEqual([
      'top-1',
      'top-2',
      'top-4',
      'top-3',
    ]);
    expect(ids(doc).slice(0, 3)).toEqual(['top-1', 'top-2', 'top-3']);
  });

  it('stops at the edges of the list and of its part', () => {
    const doc = kleinweiler();
    expect(moveItem(doc, 'top-1', 'up')).toBe(doc);
    expect(moveItem(doc, 'top-6', 'down')).toBe(doc); // last public item
    expect(moveItem(doc, 'top-7', 'up')).toBe(doc); // first non-public item
    expect(moveItem(doc, 'top-8', 'down')).toBe(doc);
    expect(moveItem(doc, 'nope', 'down')).toBe(doc);
  });

  it('has no parts in a per-item document', () => {
    const base = stuttgart();
    const second = addItem(base, { public: false }).document;
    const moved = moveItem(second, second.items[1]!.id, 'up');
    expect(moved.items[0]!.public).toBe(false);
  });
});

describe('moveItemTo', () => {
  it('moves within the part to the index of the resulting list', () => {
    const doc = kleinweiler();
    expect(ids(moveItemTo(doc, 'top-5', 1)).slice(0, 6)).toEqual([
      'top-1',
      'top-5',
      'top-2',
      'top-3',
      'top-4',
      'top-6',
    ]);
  });

  it('clamps into the part: a public item dropped among non-public ones stays public and last', () => {
    const doc = kleinweiler();
    const moved = moveItemTo(doc, 'top-2', 7);
    expect(parts(moved)).toBe('ÖÖÖÖÖÖNN');
    expect(ids(moved)[5]).toBe('top-2');
  });

  it('changes the part when asked, keeping public items first', () => {
    const doc = kleinweiler();
    const moved = moveItemTo(doc, 'top-2', 6, false);
    expect(parts(moved)).toBe('ÖÖÖÖÖNNN');
    expect(ids(moved)).toEqual([
      'top-1',
      'top-3',
      'top-4',
      'top-5',
      'top-6',
      'top-7',
      'top-2',
      'top-8',
    ]);
    const back = moveItemTo(moved, 'top-8', 0, true);
    expect(ids(back)[0]).toBe('top-8');
    expect(back.items[0]!.public).toBe(true);
  });

  it('returns the same document when nothing moves', () => {
    const doc = kleinweiler();
    expect(moveItemTo(doc, 'top-3', 2)).toBe(doc);
  });
});

describe('setItemPublic', () => {
  it('moves an item to the start of the non-public part', () => {
    const moved = setItemPublic(kleinweiler(), 'top-3', false);
    expect(ids(moved).slice(4)).toEqual(['top-6', 'top-3', 'top-7', 'top-8']);
    expect(parts(moved)).toBe('ÖÖÖÖÖNNN');
  });

  it('moves an item to the end of the public part', () => {
    const moved = setItemPublic(kleinweiler(), 'top-8', true);
    expect(ids(moved).slice(5)).toEqual(['top-6', 'top-8', 'top-7']);
    expect(parts(moved)).toBe('ÖÖÖÖÖÖÖN');
  });

  it('only flips the flag in a per-item document', () => {
    const doc = stuttgart();
    const moved = setItemPublic(doc, doc.items[0]!.id, false);
    expect(moved.items[0]!.public).toBe(false);
    expect(setItemPublic(moved, doc.items[0]!.id, false)).toBe(moved);
  });
});

describe('deleteItem and restoreItem', () => {
  it('deletes, clears arrivals and departures naming it, and restores both', () => {
    const doc = kleinweiler();
    const result = deleteItem(doc, 'top-3');
    if (!result.ok) throw new Error(result.reason);
    expect(ids(result.document)).not.toContain('top-3');
    const arrivals = (d: ProtocolDocument) =>
      d.attendance
        .filter((a) => a.arrivedAtItem || a.leftAfterItem)
        .map((a) => [a.personId, a.arrivedAtItem, a.leftAfterItem]);
    // Jung came at TOP 3 and Vogel for TOP 3 alone; Hahn left after TOP 5.
    expect(arrivals(result.document)).toEqual([['p-hahn', '', 'top-5']]);
    expect(result.deleted.index).toBe(2);
    const restored = restoreItem(result.document, result.deleted);
    expect(restored).toEqual(doc);
    expect(restoreItem(restored, result.deleted)).toBe(restored);
  });

  it('restores at the old position in a list changed since, keeping parts in order', () => {
    const doc = kleinweiler();
    const result = deleteItem(doc, 'top-7');
    if (!result.ok) throw new Error(result.reason);
    // Meanwhile two public items go: index 6 now lies beyond the public part's end.
    const shorter = {
      ...result.document,
      items: result.document.items.filter((i) => i.id !== 'top-1' && i.id !== 'top-2'),
    };
    const restored = restoreItem(shorter, result.deleted);
    expect(ids(restored)).toEqual(['top-3', 'top-4', 'top-5', 'top-6', 'top-7', 'top-8']);
  });

  it('does not overwrite an arrival entered after the deletion', () => {
    const doc = kleinweiler();
    const result = deleteItem(doc, 'top-3');
    if (!result.ok) throw new Error(result.reason);
    const changed = {
      ...result.document,
      attendance: result.document.attendance.map((a) =>
        a.personId === 'p-jung' ? { ...a, arrivedAtItem: 'top-4' } : a,
      ),
    };
    const restored = restoreItem(changed, result.deleted);
    expect(restored.attendance.find((a) => a.personId === 'p-jung')!.arrivedAtItem).toBe('top-4');
    expect(restored.attendance.find((a) => a.personId === 'p-vogel')!.leftAfterItem).toBe('top-3');
  });

  it('refuses to delete the only item of a per-item document and unknown items', () => {
    const doc = stuttgart();
    expect(deleteItem(doc, doc.items[0]!.id)).toMatchObject({
      ok: false,
      reason: 'meeting.ops.lastItem',
    });
    expect(deleteItem(kleinweiler(), 'nope')).toMatchObject({
      ok: false,
      reason: 'meeting.ops.unknownItem',
    });
  });
});

describe('restoreItem without its old neighbours', () => {
  it('falls back to the old index, inside its part', () => {
    const doc = kleinweiler();
    const result = deleteItem(doc, 'top-2');
    if (!result.ok) throw new Error(result.reason);
    const without = {
      ...result.document,
      items: result.document.items.filter((i) => i.id !== 'top-1' && i.id !== 'top-3'),
    };
    expect(ids(restoreItem(without, result.deleted))).toEqual([
      'top-4',
      'top-2',
      'top-5',
      'top-6',
      'top-7',
      'top-8',
    ]);
  });
});
