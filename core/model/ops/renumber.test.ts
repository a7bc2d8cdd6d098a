import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { findTemplate } from '../../templates/registry';
import { instantiateTemplate } from '../../templates/instantiate';
import type { Correction, ProtocolDocument } from '../schema';
import { addItem, deleteItem, moveItem, moveItemTo, renameItem, setItemPublic } from './items';
import {
  afterAdd,
  afterDelete,
  afterMove,
  parseTopNumber,
  renumberItems,
  rewriteTopReferences,
  undoAgendaStep,
} from './renumber';

const numbers = (doc: ProtocolDocument) =>
  doc.items.map((i) => `${i.number}${i.public ? '' : 'n'}`);
const numberOf = (doc: ProtocolDocument, id: string) => doc.items.find((i) => i.id === id)!.number;
const kleinweiler = () => buildKleinweilerExample();

function renamed(doc: ProtocolDocument, id: string, number: string): ProtocolDocument {
  const result = renameItem(doc, id, { number });
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

function correction(concerns: string): Correction {
  return {
    id: 'c-1',
    createdAt: '2026-11-11T10:00:00Z',
    author: 'Schriftführung',
    concerns,
    text: 'Statt „einstimmig“ muss es „einmütig“ heißen.',
    decidedIn: '',
    baseHash: '0'.repeat(64),
    signatures: [],
  };
}

describe('TOP numbers as the body numbers them', () => {
  it('reads main numbers, prefixes and sub-items', () => {
    expect(parseTopNumber('12')).toEqual({ prefix: '', main: 12, sub: '' });
    expect(parseTopNumber('Ö 4')).toEqual({ prefix: 'Ö ', main: 4, sub: '' });
    expect(parseTopNumber('3a')).toEqual({ prefix: '', main: 3, sub: 'letter' });
    expect(parseTopNumber('NÖ 3.1')).toEqual({ prefix: 'NÖ ', main: 3, sub: 'dot' });
    expect(parseTopNumber('Bekanntgaben')).toBeNull();
  });

  it('an added public item takes its place and the non-public part moves on', () => {
    const before = kleinweiler();
    const { document, item } = addItem(before, { public: true });
    // Without renumbering the new item and the first non-public one would both be "7".
    expect(numbers(document)).toEqual(['1', '2', '3', '4', '5', '6', '7', '7n', '8n']);
    const step = afterAdd(before, document, item.id);
    expect(numbers(step.document)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8n', '9n']);
    expect(numberOf(step.document, item.id)).toBe('7');
    // One undo: the item goes and the numbers are back.
    const undone = undoAgendaStep(step.document, step.undo);
    expect(undone.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
    expect(numbers(undone)).toEqual(numbers(before));
  });

  it('a move renumbers; arrivals keep naming the item, not the number', () => {
    const before = kleinweiler();
    const moved = moveItem(before, 'top-3', 'down');
    const step = afterMove(before, moved, 'top-3');
    expect(step.document.items.map((i) => i.id).slice(0, 4)).toEqual([
      'top-1',
      'top-2',
      'top-4',
      'top-3',
    ]);
    expect(numbers(step.document)).toEqual(['1', '2', '3', '4', '5', '6', '7n', '8n']);
    expect(numberOf(step.document, 'top-3')).toBe('4');
    // Jung came "ab TOP 3" (the Bebauungsplan): now that item is TOP 4, and so is the arrival.
    const jung = step.document.attendance.find((a) => a.personId === 'p-jung')!;
    expect(jung.arrivedAtItem).toBe('top-3');
    const undone = undoAgendaStep(step.document, step.undo);
    expect(undone.items).toEqual(before.items);
  });

  it('moving into the other part renumbers both parts; undo puts it back', () => {
    const before = kleinweiler();
    const step = afterMove(before, setItemPublic(before, 'top-4', false), 'top-4');
    expect(numbers(step.document)).toEqual(['1', '2', '3', '4', '5', '6n', '7n', '8n']);
    expect(numberOf(step.document, 'top-4')).toBe('6');
    expect(numberOf(step.document, 'top-5')).toBe('4');
    expect(undoAgendaStep(step.document, step.undo).items).toEqual(before.items);
    const dropped = moveItemTo(before, 'top-8', 0, true);
    expect(numbers(afterMove(before, dropped, 'top-8').document)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8n',
    ]);
  });

  it('a deletion closes the gap; undo brings back item, arrival and numbers', () => {
    const before = kleinweiler();
    const result = deleteItem(before, 'top-3');
    if (!result.ok) throw new Error(result.reason);
    const step = afterDelete(before, result.document, result.deleted);
    expect(numbers(step.document)).toEqual(['1', '2', '3', '4', '5', '6n', '7n']);
    expect(step.document.attendance.find((a) => a.personId === 'p-jung')!.arrivedAtItem).toBe('');
    const undone = undoAgendaStep(step.document, step.undo);
    expect(undone.items).toEqual(before.items);
    expect(undone.attendance).toEqual(before.attendance);
  });

  it('the non-public part restarts under the body\'s prefix ("NÖ 1")', () => {
    const doc = kleinweiler();
    doc.body.numbering = { minutes: '', paperRef: '', nonPublicPrefix: 'NÖ' };
    expect(numbers(renumberItems(doc))).toEqual(['1', '2', '3', '4', '5', '6', 'NÖ 1n', 'NÖ 2n']);
    // A prefix the document already uses is kept without the body naming it.
    let own = renamed(renamed(kleinweiler(), 'top-7', 'N 1'), 'top-8', 'N 5');
    own = renumberItems(own);
    expect(numbers(own)).toEqual(['1', '2', '3', '4', '5', '6', 'N 1n', 'N 2n']);
    // Public "Ö 1…": the first non-public item starts "N 1" (as suggestItemNumber does).
    let parts = kleinweiler();
    for (const item of parts.items)
      parts = renamed(parts, item.id, item.public ? `Ö ${item.number}` : item.number);
    parts = renamed(renamed(parts, 'top-7', 'N 1'), 'top-8', 'N 2');
    const result = deleteItem(parts, 'top-2');
    if (!result.ok) throw new Error(result.reason);
    expect(numbers(afterDelete(parts, result.document, result.deleted).document)).toEqual([
      'Ö 1',
      'Ö 2',
      'Ö 3',
      'Ö 4',
      'Ö 5',
      'N 1n',
      'N 2n',
    ]);
  });

  it('sub-items stay sub-items of the item before them, lettered in order', () => {
    let doc = renamed(renamed(kleinweiler(), 'top-4', '3a'), 'top-5', '3b');
    doc = renumberItems(doc);
    expect(numbers(doc)).toEqual(['1', '2', '3', '3a', '3b', '4', '5n', '6n']);
    // Moving 3a below 3b swaps the letters; moving the main item up takes no sub-item along.
    const swapped = afterMove(doc, moveItem(doc, 'top-4', 'down'), 'top-4').document;
    expect(swapped.items.map((i) => `${i.id}:${i.number}`).slice(2, 5)).toEqual([
      'top-3:3',
      'top-5:3a',
      'top-4:3b',
    ]);
    const dotted = renumberItems(renamed(kleinweiler(), 'top-3', '2.1'));
    expect(numbers(dotted)).toEqual(['1', '2', '2.1', '3', '4', '5', '6n', '7n']);
    // A sub-item with no main item before it in its part becomes a main item.
    expect(numbers(renumberItems(renamed(kleinweiler(), 'top-1', '1a')))[0]).toBe('1');
  });

  it('leaves numbers that are no TOP numbers, and per-item minutes, as they are', () => {
    const doc = renumberItems(renamed(kleinweiler(), 'top-2', 'Bekanntgaben'));
    expect(numbers(doc)).toEqual(['1', 'Bekanntgaben', '2', '3', '4', '5', '6n', '7n']);
    const perItem = instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);
    const twelve = renamed(perItem, perItem.items[0]!.id, '12');
    expect(renumberItems(twelve)).toBe(twelve);
  });

  it('a correction naming a TOP follows the item', () => {
    const before = { ...kleinweiler(), corrections: [correction('TOP 4, Absatz 2; vgl. TOP 3')] };
    const step = afterMove(before, moveItem(before, 'top-3', 'down'), 'top-3');
    expect(step.document.corrections[0]!.concerns).toBe('TOP 3, Absatz 2; vgl. TOP 4');
    expect(undoAgendaStep(step.document, step.undo).corrections[0]!.concerns).toBe(
      'TOP 4, Absatz 2; vgl. TOP 3',
    );
  });

  it('rewrites references all at once, in any spelling of the number', () => {
    const swap = new Map([
      ['3', '4'],
      ['4', '3'],
      ['ö4', 'Ö 5'],
    ]);
    expect(rewriteTopReferences('TOP 3 und TOP 4, nicht TOP 30', swap)).toBe(
      'TOP 4 und TOP 3, nicht TOP 30',
    );
    expect(rewriteTopReferences('siehe TOP Ö4.', swap)).toBe('siehe TOP Ö 5.');
    expect(rewriteTopReferences('TOP 3a bleibt', swap)).toBe('TOP 3a bleibt');
  });
});
