import { formalName } from '../style/names';
import { formatDate, formatTime, parseGermanDate } from '../style/dates';
import type { HeaderField, HeaderFieldKey } from './layout';
import type { AgendaItem, Person, ProtocolDocument } from './schema';

export function findPerson(document: ProtocolDocument, id: string): Person | undefined {
  return id ? document.people.find((p) => p.id === id) : undefined;
}

/** The form values of "Sitzungsart" (an item's `public` flag). */
export const SESSION_PUBLIC = 'public';
export const SESSION_NON_PUBLIC = 'nonpublic';

/** The stored value of a header field; item fields read "" without an item. */
export function headerFieldValue(
  document: ProtocolDocument,
  key: HeaderFieldKey,
  item?: AgendaItem,
): string {
  switch (key) {
    case 'body.name':
      return document.body.name;
    case 'meeting.minutesNumber':
      return document.meeting.minutesNumber;
    case 'meeting.date':
      return document.meeting.date;
    case 'meeting.start':
      return document.meeting.start;
    case 'meeting.end':
      return document.meeting.end;
    case 'meeting.place':
      return document.meeting.place;
    case 'meeting.chair':
      return document.meeting.chairId;
    case 'meeting.clerk':
      return document.meeting.clerkId;
    case 'item.minutesNumber':
      return item?.minutesNumber ?? '';
    case 'item.number':
      return item?.number ?? '';
    case 'item.treatment':
      return item?.treatment ?? '';
    case 'item.paperRef':
      return item?.paperRef ?? '';
    case 'item.fileRef':
      return item?.fileRef ?? '';
    case 'item.sessionKind':
      return item ? (item.public ? SESSION_PUBLIC : SESSION_NON_PUBLIC) : '';
    case 'item.rapporteur':
      return item?.rapporteur ?? '';
    case 'item.title':
      return item?.title ?? '';
  }
}

/**
 * The printed value of a header field, in the house style ("27.06.2018", "BM Dr. Mayer",
 * "öffentlich"). `item` is the item whose header it is; meeting fields ignore it.
 */
export function printedFieldValue(
  document: ProtocolDocument,
  item: AgendaItem | undefined,
  key: HeaderFieldKey,
): string {
  const value = headerFieldValue(document, key, item);
  switch (key) {
    case 'meeting.date':
      return formatDate(value);
    case 'meeting.start':
    case 'meeting.end':
      return formatTime(value);
    case 'meeting.chair':
    case 'meeting.clerk': {
      const person = findPerson(document, value);
      return person ? formalName(person) : '';
    }
    case 'item.sessionKind':
      return value === SESSION_PUBLIC
        ? 'öffentlich'
        : value === SESSION_NON_PUBLIC
          ? 'nichtöffentlich'
          : '';
    default:
      return value;
  }
}

export interface PrintedHeaderRow {
  field: HeaderField;
  label: string;
  value: string;
}

/** The header rows of a Niederschrift (or of an item in a whole-meeting one), in layout order. */
export function printedHeader(
  document: ProtocolDocument,
  item: AgendaItem | undefined,
  fields: readonly HeaderField[],
): PrintedHeaderRow[] {
  return fields.map((field) => ({
    field,
    label: field.printLabel,
    value: printedFieldValue(document, item, field.key),
  }));
}

/** Fills "{body.name}"-style placeholders of a layout title. */
export function fillTitle(pattern: string, document: ProtocolDocument, item?: AgendaItem): string {
  return pattern.replace(/\{([a-zA-Z.]+)\}/g, (match, key: string) => {
    try {
      return printedFieldValue(document, item, key as HeaderFieldKey) ?? match;
    } catch {
      return match;
    }
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseGermanDate(formatDate(value)) === value;
}

export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** Whether a key belongs to the item (and so needs one) rather than to the meeting. */
export function isItemField(key: HeaderFieldKey): boolean {
  return key.startsWith('item.');
}
