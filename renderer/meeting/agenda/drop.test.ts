import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { moveItemTo } from '../../../core/model/ops/items';
import { dropPlacement, type DropTarget } from './drop';

const doc = buildKleinweilerExample();
const drop = (dragged: string, target: DropTarget) => {
  const placement = dropPlacement(doc, dragged, target);
  if (!placement) return null;
  return moveItemTo(doc, dragged, placement.index, placement.public).items.map(
    (i) => `${i.id.slice(4)}${i.public ? '' : 'n'}`,
  );
};

describe('dropPlacement', () => {
  it('drops before and after rows of the same part', () => {
    expect(drop('top-5', { kind: 'item', id: 'top-2', position: 'before' })).toEqual([
      '1',
      '5',
      '2',
      '3',
      '4',
      '6',
      '7n',
      '8n',
    ]);
    expect(drop('top-1', { kind: 'item', id: 'top-3', position: 'after' })).toEqual([
      '2',
      '3',
      '1',
      '4',
      '5',
      '6',
      '7n',
      '8n',
    ]);
  });

  it('moves into the other part when dropped on one of its rows or its label', () => {
    expect(drop('top-2', { kind: 'item', id: 'top-7', position: 'after' })).toEqual([
      '1',
      '3',
      '4',
      '5',
      '6',
      '7n',
      '2n',
      '8n',
    ]);
    expect(drop('top-2', { kind: 'part', public: false })).toEqual([
      '1',
      '3',
      '4',
      '5',
      '6',
      '2n',
      '7n',
      '8n',
    ]);
    expect(drop('top-8', { kind: 'part', public: true })).toEqual([
      '8',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7n',
    ]);
    // Between the parts, the row decides: after the last public row stays public.
    expect(drop('top-8', { kind: 'item', id: 'top-6', position: 'after' })).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '8',
      '7n',
    ]);
    expect(drop('top-2', { kind: 'item', id: 'top-7', position: 'before' })).toEqual([
      '1',
      '3',
      '4',
      '5',
      '6',
      '2n',
      '7n',
      '8n',
    ]);
  });

  it('ignores a drop on the dragged row itself', () => {
    expect(drop('top-2', { kind: 'item', id: 'top-2', position: 'before' })).toBeNull();
  });

  it('has no parts in a per-item document', () => {
    const perItem = { ...doc, form: 'per-item' as const };
    expect(
      dropPlacement(perItem, 'top-2', { kind: 'item', id: 'top-7', position: 'after' }),
    ).toEqual({ index: 6 });
  });
});
