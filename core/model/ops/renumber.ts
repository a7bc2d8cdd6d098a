import type { AgendaItem, ProtocolDocument } from '../schema';
import {
  deleteItem,
  hasParts,
  itemIndex,
  moveItemTo,
  restoreItem,
  type DeletedItem,
} from './items';

/**
 * TOP numbers as a body numbers them, kept up to date when the agenda changes. Whole-meeting
 * minutes number their public items 1..n; the non-public part continues (n+1..) or, when the
 * body (numbering.nonPublicPrefix) or the document itself uses a prefix of its own there
 * ("NÖ 1"), restarts under it. A sub-item ("3a", "3.1") stays a sub-item of the main item before
 * it and is lettered (numbered) in order. A number that is no TOP number ("Bekanntgaben") is
 * left as it is and counts for nothing. Per-item documents are never renumbered: there each
 * item carries the number it had on its meeting's agenda.
 *
 * What names an item by its number follows the item: arrivals and departures hold the item's
 * id already; a correction's "concerns" ("TOP 7, Absatz 2") is rewritten with the new number.
 */

interface ParsedTop {
  prefix: string;
  main: number;
  /** "" for a main item; "letter" for "3a", "dot" for "3.1". */
  sub: '' | 'letter' | 'dot';
}

const TOP_NUMBER = /^(\D*?)(\d+)(?:([a-z])|\.(\d+))?$/;

export function parseTopNumber(number: string): ParsedTop | null {
  const m = TOP_NUMBER.exec(number.trim());
  if (!m) return null;
  return {
    prefix: m[1]!,
    main: Number(m[2]),
    sub: m[3] !== undefined ? 'letter' : m[4] !== undefined ? 'dot' : '',
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function subSuffix(kind: 'letter' | 'dot', index: number): string {
  if (kind === 'dot') return `.${index}`;
  // a..z, then aa, ab, …: more than 26 sub-items is rare but must not break.
  let n = index - 1;
  let out = '';
  do {
    out = LETTERS[n % 26]! + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** The prefix most public items carry ("Ö "), "" for plain numbers. */
function publicPrefixOf(document: ProtocolDocument): string {
  const seen = new Map<string, number>();
  for (const item of document.items) {
    const parsed = item.public ? parseTopNumber(item.number) : null;
    if (parsed) seen.set(parsed.prefix, (seen.get(parsed.prefix) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [prefix, n] of seen) {
    if (n > bestCount) [best, bestCount] = [prefix, n];
  }
  return best;
}

/** The prefix the non-public part restarts under, or null when it continues the public count. */
function nonPublicRestart(document: ProtocolDocument, publicPrefix: string): string | null {
  const own = document.body.numbering?.nonPublicPrefix ?? '';
  if (own.trim() !== '') return /\s$/.test(own) ? own : `${own} `;
  const first = document.items
    .filter((i) => !i.public)
    .map((i) => parseTopNumber(i.number))
    .find((p) => p !== null);
  if (first && first.prefix.trim() !== '' && first.prefix !== publicPrefix) return first.prefix;
  return null;
}

/** The numbers the agenda should carry, by item id. */
export function schemeNumbers(document: ProtocolDocument): Map<string, string> {
  const numbers = new Map<string, string>();
  if (!hasParts(document)) {
    for (const item of document.items) numbers.set(item.id, item.number);
    return numbers;
  }
  const publicPrefix = publicPrefixOf(document);
  const restart = nonPublicRestart(document, publicPrefix);
  let counter = 0;
  let prefix = publicPrefix;
  let inNonPublic = false;
  let lastMain: string | null = null;
  let subIndex = 0;
  for (const item of document.items) {
    if (!item.public && !inNonPublic) {
      inNonPublic = true;
      lastMain = null;
      if (restart !== null) {
        counter = 0;
        prefix = restart;
      }
    }
    const parsed = parseTopNumber(item.number);
    if (!parsed) {
      numbers.set(item.id, item.number);
      continue;
    }
    if (parsed.sub !== '' && lastMain !== null) {
      subIndex++;
      numbers.set(item.id, `${lastMain}${subSuffix(parsed.sub, subIndex)}`);
      continue;
    }
    counter++;
    lastMain = `${prefix}${counter}`;
    subIndex = 0;
    numbers.set(item.id, lastMain);
  }
  return numbers;
}

/** A number as it may be written in a reference: "TOP Ö4" names "Ö 4". */
const normal = (number: string) => number.replace(/\s+/g, '').toLowerCase();

/** "TOP 7", "TOP 3a", "TOP 3.1", "TOP NÖ 2" in running text. */
const TOP_REFERENCE = /\bTOP\s+((?:[A-Za-zÄÖÜäöü]{1,3}\s?)?\d+(?:[a-z](?![a-zäöüß])|\.\d+)?)/g;

/** Rewrites the TOP numbers a text names, all at once (3 → 4 and 4 → 3 swap cleanly). */
export function rewriteTopReferences(text: string, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return text;
  return text.replace(TOP_REFERENCE, (whole, number: string) => {
    const next = renamed.get(normal(number));
    return next === undefined ? whole : `TOP ${next}`;
  });
}

/**
 * Gives the items the numbers in `numbers` (by id; items not named keep theirs) and makes the
 * references to them follow. Returns the same document when nothing changes.
 */
export function applyNumbers(
  document: ProtocolDocument,
  numbers: ReadonlyMap<string, string>,
): ProtocolDocument {
  const changed = document.items.filter((i) => {
    const next = numbers.get(i.id);
    return next !== undefined && next !== i.number;
  });
  if (changed.length === 0) return document;
  // Only a number that names one item can be followed: an old duplicate stays as written.
  const count = new Map<string, number>();
  for (const item of document.items)
    count.set(normal(item.number), (count.get(normal(item.number)) ?? 0) + 1);
  const renamed = new Map<string, string>();
  for (const item of changed) {
    if (count.get(normal(item.number)) === 1)
      renamed.set(normal(item.number), numbers.get(item.id)!);
  }
  const items: AgendaItem[] = document.items.map((i) => {
    const next = numbers.get(i.id);
    return next === undefined || next === i.number ? i : { ...i, number: next };
  });
  const corrections = document.corrections.some(
    (c) => rewriteTopReferences(c.concerns, renamed) !== c.concerns,
  )
    ? document.corrections.map((c) => ({
        ...c,
        concerns: rewriteTopReferences(c.concerns, renamed),
      }))
    : document.corrections;
  return { ...document, items, corrections };
}

/** Renumbers the agenda by the body's scheme (whole-meeting minutes only). */
export function renumberItems(document: ProtocolDocument): ProtocolDocument {
  return applyNumbers(document, schemeNumbers(document));
}

/** The numbers of the agenda now, by item id: what an undo gives back. */
export function currentNumbers(document: ProtocolDocument): Map<string, string> {
  return new Map(document.items.map((i) => [i.id, i.number]));
}

/**
 * One step of the agenda, renumbered, and what undoes it in one step: the edit and the
 * renumbering it caused go back together.
 */
export type AgendaUndo =
  | { kind: 'add'; itemId: string; numbers: [string, string][] }
  | { kind: 'move'; itemId: string; index: number; public: boolean; numbers: [string, string][] }
  | { kind: 'delete'; deleted: DeletedItem; numbers: [string, string][] };

export interface AgendaStep {
  document: ProtocolDocument;
  undo: AgendaUndo;
}

/** After an add: renumbered; the undo removes the item again. */
export function afterAdd(
  before: ProtocolDocument,
  after: ProtocolDocument,
  itemId: string,
): AgendaStep {
  return {
    document: renumberItems(after),
    undo: { kind: 'add', itemId, numbers: [...currentNumbers(before)] },
  };
}

/** After a move (within or across the parts): renumbered; the undo puts it back. */
export function afterMove(
  before: ProtocolDocument,
  after: ProtocolDocument,
  itemId: string,
): AgendaStep {
  const index = itemIndex(before, itemId);
  return {
    document: renumberItems(after),
    undo: {
      kind: 'move',
      itemId,
      index,
      public: before.items[index]?.public ?? true,
      numbers: [...currentNumbers(before)],
    },
  };
}

/** After a deletion: renumbered; the undo restores the item and its references. */
export function afterDelete(
  before: ProtocolDocument,
  after: ProtocolDocument,
  deleted: DeletedItem,
): AgendaStep {
  return {
    document: renumberItems(after),
    undo: { kind: 'delete', deleted, numbers: [...currentNumbers(before)] },
  };
}

/**
 * Undoes one agenda step on the document as it is now (other edits since stay): the item goes
 * back (or away, for an add) and the numbers are those from before the step.
 */
export function undoAgendaStep(document: ProtocolDocument, undo: AgendaUndo): ProtocolDocument {
  let next = document;
  if (undo.kind === 'add') {
    const result = deleteItem(document, undo.itemId);
    if (result.ok) next = result.document;
  } else if (undo.kind === 'move') {
    next = moveItemTo(document, undo.itemId, undo.index, undo.public);
  } else {
    next = restoreItem(document, undo.deleted);
  }
  const present = new Set(next.items.map((i) => i.id));
  return applyNumbers(next, new Map(undo.numbers.filter(([id]) => present.has(id))));
}
