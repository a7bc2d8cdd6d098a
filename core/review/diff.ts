import { contentToPlainText } from '../content/walk';
import type { AgendaItem } from '../model/schema';

export type DiffOp = { kind: 'equal' | 'insert' | 'delete'; text: string };

/** Words and the punctuation attached to them; white space only separates. */
export function tokenize(text: string): string[] {
  return text.split(/\s+/).filter((t) => t.length > 0);
}

/**
 * Myers' O(ND) difference of two token lists: the fewest insertions and deletions, so the
 * chair sees exactly the words that changed.
 */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  // Walk back through the trace to recover the edit script.
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK =
      k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'equal', text: a[x - 1]! });
      x--;
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: 'insert', text: b[y - 1]! });
    else ops.push({ kind: 'delete', text: a[x - 1]! });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'equal', text: a[x - 1]! });
    x--;
    y--;
  }
  ops.reverse();
  return mergeRuns(ops);
}

function mergeRuns(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    const last = out[out.length - 1];
    if (last && last.kind === op.kind) last.text += ` ${op.text}`;
    else out.push({ ...op });
  }
  return out;
}

export function diffWords(before: string, after: string): DiffOp[] {
  return diffTokens(tokenize(before), tokenize(after));
}

export interface ItemDiff {
  itemId: string;
  number: string;
  title: string;
  status: 'added' | 'removed' | 'changed' | 'same';
  ops: DiffOp[];
}

export type ItemText = (item: AgendaItem) => string;

/** The text of an item as the chair reads it: its header line and its text. */
export const defaultItemText: ItemText = (item) =>
  [`TOP ${item.number}: ${item.title}`, contentToPlainText(item.content)].join('\n');

/** Per item, word by word: what changed between two states of the agenda. */
export function diffItems(
  before: readonly AgendaItem[],
  after: readonly AgendaItem[],
  text: ItemText = defaultItemText,
): ItemDiff[] {
  const old = new Map(before.map((i) => [i.id, i]));
  const result: ItemDiff[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    old.delete(item.id);
    const ops = diffWords(previous ? text(previous) : '', text(item));
    const changed = ops.some((o) => o.kind !== 'equal');
    result.push({
      itemId: item.id,
      number: item.number,
      title: item.title,
      status: !previous ? 'added' : changed ? 'changed' : 'same',
      ops,
    });
  }
  for (const removed of old.values()) {
    result.push({
      itemId: removed.id,
      number: removed.number,
      title: removed.title,
      status: 'removed',
      ops: diffWords(text(removed), ''),
    });
  }
  return result;
}
