import type { AgendaItem, ProtocolDocument } from '../schema';

/** A TOP number split into what stands before its first number and that number: "Ö 4". */
const LEADING_NUMBER = /^(\D*?)(\d+)/;

interface ParsedNumber {
  prefix: string;
  value: number;
}

function parseNumber(number: string): ParsedNumber | null {
  const m = LEADING_NUMBER.exec(number.trim());
  return m ? { prefix: m[1]!, value: Number(m[2]) } : null;
}

function highest(items: readonly AgendaItem[]): ParsedNumber | null {
  let best: ParsedNumber | null = null;
  for (const item of items) {
    const parsed = parseNumber(item.number);
    if (parsed && (!best || parsed.value >= best.value)) best = parsed;
  }
  return best;
}

/**
 * The number a new TOP would get at the end of its part: one after the highest main number
 * there, in the same style ("7" → "8", "Ö 4" → "Ö 5", "3.1" → "4"). A first non-public item
 * continues the public numbering ("6" → "7") unless the public part is marked "Ö", then it
 * starts "N 1", as councils that number the parts separately do.
 */
export function suggestItemNumber(document: ProtocolDocument, isPublic: boolean): string {
  const items = document.items;
  if (document.form !== 'meeting') {
    const top = highest(items);
    return top ? `${top.prefix}${top.value + 1}` : '1';
  }
  const part = items.filter((i) => i.public === isPublic);
  const own = highest(part);
  if (own) return `${own.prefix}${own.value + 1}`;
  if (isPublic) return '1';
  const publicTop = highest(items.filter((i) => i.public));
  if (!publicTop) return '1';
  if (/^Ö\s*$/i.test(publicTop.prefix)) return `N${publicTop.prefix.slice(1)}1`;
  return `${publicTop.prefix}${publicTop.value + 1}`;
}

/**
 * The next Niederschrift number of a per-item document (one Niederschrift per TOP, numbered on
 * per committee and year): one after the highest plain number, or "" when there is none.
 */
export function suggestMinutesNumber(document: ProtocolDocument): string {
  let max = -1;
  for (const item of document.items) {
    if (/^\d+$/.test(item.minutesNumber)) max = Math.max(max, Number(item.minutesNumber));
  }
  return max >= 0 ? String(max + 1) : '';
}
