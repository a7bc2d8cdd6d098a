import { withBodyFormat } from '../style/minutes-number';
import type { MessageKey } from '../i18n/catalog';
import { parseGermanDate } from '../style/dates';
import type { HeaderField, HeaderFieldKey } from './layout';
import { headerFieldValue, isIsoDate, isItemField, isTime } from './fields';
import type { AgendaItem, ProtocolDocument } from './schema';

/**
 * Validation of header fields, in catalog terms so every surface (form, completeness check,
 * CLI) says the same thing. Two sources of values:
 * - `checkFieldInput` judges what a user typed ("27.06.2018", "18.30") and turns it into the
 *   model value, or says why it cannot;
 * - `validateField` / `validateHeader` judge what the model holds.
 *
 * Severity: "error" for values that cannot be right or are missing, "warning" for a value off
 * the template's house format (the model keeps it; a Drucksache may be unusual on purpose).
 */

export type FindingSeverity = 'error' | 'warning';

export interface FieldFinding {
  fieldKey: HeaderFieldKey;
  itemId?: string;
  severity: FindingSeverity;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

/** The house format of a Drucksache when the template names none: "288/2018". */
export const DEFAULT_PAPER_REF_FORMAT = '^\\d{1,5}/\\d{4}$';

/** "18:30", "18.30", "1830", "9:05", "18:30 Uhr" → "HH:MM"; null when it is no time of day. */
export function parseTimeInput(text: string): string | null {
  const m = /^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*(?:Uhr)?\s*$/i.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function formatOf(field: HeaderField): string | undefined {
  return field.format ?? (field.type === 'paperRef' ? DEFAULT_PAPER_REF_FORMAT : undefined);
}

function matchesFormat(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    // A broken pattern in a template is the template's fault; it must not block the clerk.
    return true;
  }
}

function finding(
  field: HeaderField,
  item: AgendaItem | undefined,
  severity: FindingSeverity,
  messageKey: MessageKey,
  params: Record<string, string | number> = {},
): FieldFinding {
  return {
    fieldKey: field.key,
    ...(item && isItemField(field.key) ? { itemId: item.id } : {}),
    severity,
    messageKey,
    params: { label: field.label, ...params },
  };
}

function formatFinding(
  field: HeaderField,
  item: AgendaItem | undefined,
  value: string,
): FieldFinding | null {
  const pattern = formatOf(field);
  if (!pattern || value === '' || matchesFormat(pattern, value)) return null;
  if (field.formatHint) {
    return finding(field, item, 'warning', 'meeting.validation.format', {
      input: value,
      hint: field.formatHint,
    });
  }
  if (field.type === 'paperRef') {
    return finding(field, item, 'warning', 'meeting.validation.paperRef', { input: value });
  }
  return finding(field, item, 'warning', 'meeting.validation.formatNoHint', { input: value });
}

export type InputCheck =
  { ok: true; value: string; finding: FieldFinding | null } | { ok: false; finding: FieldFinding };

/**
 * Turns typed text into the model value of a field. Dates are German ("27.06.2018") and stored
 * ISO; times are stored "HH:MM". Empty input is a valid "no value" (the required check is
 * `validateField`'s). A format warning comes with an accepted value.
 */
export function checkFieldInput(field: HeaderField, text: string, item?: AgendaItem): InputCheck {
  const trimmed = field.type === 'multiline' ? text : text.trim();
  if (trimmed.trim() === '') return { ok: true, value: '', finding: null };
  switch (field.type) {
    case 'date': {
      const iso = parseGermanDate(trimmed);
      return iso
        ? { ok: true, value: iso, finding: null }
        : {
            ok: false,
            finding: finding(field, item, 'error', 'meeting.validation.date', { input: trimmed }),
          };
    }
    case 'time': {
      const time = parseTimeInput(trimmed);
      return time
        ? { ok: true, value: time, finding: null }
        : {
            ok: false,
            finding: finding(field, item, 'error', 'meeting.validation.time', { input: trimmed }),
          };
    }
    default:
      return { ok: true, value: trimmed, finding: formatFinding(field, item, trimmed) };
  }
}

/** Findings on the stored value of one field. `item` is the item whose header it is. */
export function validateField(
  document: ProtocolDocument,
  field: HeaderField,
  item?: AgendaItem,
): FieldFinding[] {
  if (isItemField(field.key) && !item) return [];
  const value = headerFieldValue(document, field.key, item);
  if (value.trim() === '') {
    return field.required ? [finding(field, item, 'error', 'meeting.validation.required')] : [];
  }
  switch (field.type) {
    case 'date':
      return isIsoDate(value)
        ? []
        : [finding(field, item, 'error', 'meeting.validation.date', { input: value })];
    case 'time':
      return isTime(value)
        ? []
        : [finding(field, item, 'error', 'meeting.validation.time', { input: value })];
    case 'person':
      return document.people.some((p) => p.id === value)
        ? []
        : [finding(field, item, 'error', 'meeting.validation.personMissing')];
    case 'sessionKind':
      return [];
    default: {
      const f = formatFinding(withBodyFormat(field, document.body.numbering), item, value);
      return f ? [f] : [];
    }
  }
}

/**
 * Findings of a header: each field, and across fields the meeting's end after its start
 * (reported at the end field, where the clerk fixes it).
 */
export function validateHeader(
  document: ProtocolDocument,
  fields: readonly HeaderField[],
  item?: AgendaItem,
): FieldFinding[] {
  const findings = fields.flatMap((field) => validateField(document, field, item));
  const endField = fields.find((f) => f.key === 'meeting.end');
  const { start, end } = document.meeting;
  if (endField && isTime(start) && isTime(end) && end <= start) {
    findings.push(
      finding(endField, item, 'error', 'meeting.validation.endBeforeStart', { start, end }),
    );
  }
  return findings;
}

/**
 * Every header finding of a document: per-item documents validate the header once per item;
 * whole-meeting minutes validate the meeting header once and each item's short header.
 */
export function validateDocumentHeaders(document: ProtocolDocument): FieldFinding[] {
  const { header, itemHeader } = document.layout;
  if (document.form === 'per-item') {
    // The header mixes meeting and item fields; the meeting's are checked once.
    const meetingFields = header.filter((f) => !isItemField(f.key));
    const itemFields = header.filter((f) => isItemField(f.key));
    return [
      ...validateHeader(document, meetingFields),
      ...document.items.flatMap((item) => validateHeader(document, itemFields, item)),
    ];
  }
  return [
    ...validateHeader(document, header),
    ...document.items.flatMap((item) => validateHeader(document, itemHeader, item)),
  ];
}

export interface AttendanceFinding {
  personId: string;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

/**
 * Attendance that no longer fits the agenda (after a reorder or a deleted item): an arrival
 * after the departure, or an item that is gone.
 */
export function validateAttendance(document: ProtocolDocument): AttendanceFinding[] {
  const index = (id: string): number => document.items.findIndex((i) => i.id === id);
  const out: AttendanceFinding[] = [];
  for (const a of document.attendance) {
    if (!document.people.some((p) => p.id === a.personId)) {
      out.push({ personId: a.personId, messageKey: 'meeting.people.unknown', params: {} });
      continue;
    }
    const arrival = a.arrivedAtItem ? index(a.arrivedAtItem) : -1;
    const departure = a.leftAfterItem ? index(a.leftAfterItem) : -1;
    if ((a.arrivedAtItem && arrival < 0) || (a.leftAfterItem && departure < 0)) {
      out.push({ personId: a.personId, messageKey: 'meeting.ops.unknownItem', params: {} });
    } else if (arrival >= 0 && departure >= 0 && arrival > departure) {
      out.push({
        personId: a.personId,
        messageKey: 'meeting.attendance.arrivalAfterDeparture',
        params: {
          arrived: document.items[arrival]!.number,
          left: document.items[departure]!.number,
        },
      });
    }
  }
  return out;
}
