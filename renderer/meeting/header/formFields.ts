import { t, type Lang, type MessageKey } from '../../../core/i18n/catalog';
import type { HeaderField, HeaderFieldKey } from '../../../core/model/layout';
import { isItemField } from '../../../core/model/ops/header';
import { withBodyFormat } from '../../../core/style/minutes-number';
import type { ProtocolDocument } from '../../../core/model/schema';

/**
 * Which fields a header form shows, in the template's order:
 * - per-item documents: the whole layout.header is the item's header (meeting and item fields
 *   mixed, as the Stuttgart reference prints them); its meeting scope is the meeting fields;
 * - whole-meeting documents: layout.header is the meeting's header; an item's header is
 *   layout.itemHeader, led by number, subject and session kind (the item's heading), which
 *   templates leave out of the printed short header.
 */
export type HeaderScope = 'meeting' | 'item';

const ITEM_HEADING: HeaderField[] = [
  {
    key: 'item.number',
    label: 'TOP',
    printLabel: '',
    type: 'text',
    required: true,
    placement: 'row',
  },
  {
    key: 'item.title',
    label: 'Betreff',
    printLabel: '',
    type: 'multiline',
    required: true,
    placement: 'row',
  },
  {
    key: 'item.sessionKind',
    label: 'Sitzungsart',
    printLabel: '',
    type: 'sessionKind',
    required: true,
    placement: 'row',
  },
];

export function formFields(document: ProtocolDocument, scope: HeaderScope): HeaderField[] {
  // A Drucksache in the body's own pattern ("GR 2024/021") is no format warning.
  const fields = layoutFields(document, scope);
  if (!document.body.numbering?.paperRef) return fields;
  return fields.map((f) => withBodyFormat(f, document.body.numbering));
}

function layoutFields(document: ProtocolDocument, scope: HeaderScope): HeaderField[] {
  const { header, itemHeader } = document.layout;
  if (document.form === 'per-item') {
    return scope === 'item' ? header : header.filter((f) => !isItemField(f.key));
  }
  if (scope === 'meeting') return header;
  const own = new Set(itemHeader.map((f) => f.key));
  return [...ITEM_HEADING.filter((f) => !own.has(f.key)), ...itemHeader];
}

const EN_LABEL: Record<HeaderFieldKey, MessageKey> = {
  'body.name': 'meeting.field.body.name',
  'meeting.minutesNumber': 'meeting.field.meeting.minutesNumber',
  'meeting.date': 'meeting.field.meeting.date',
  'meeting.start': 'meeting.field.meeting.start',
  'meeting.end': 'meeting.field.meeting.end',
  'meeting.place': 'meeting.field.meeting.place',
  'meeting.chair': 'meeting.field.meeting.chair',
  'meeting.clerk': 'meeting.field.meeting.clerk',
  'item.minutesNumber': 'meeting.field.item.minutesNumber',
  'item.number': 'meeting.field.item.number',
  'item.treatment': 'meeting.field.item.treatment',
  'item.paperRef': 'meeting.field.item.paperRef',
  'item.fileRef': 'meeting.field.item.fileRef',
  'item.sessionKind': 'meeting.field.item.sessionKind',
  'item.rapporteur': 'meeting.field.item.rapporteur',
  'item.title': 'meeting.field.item.title',
};

/**
 * The label of a field in the form: in German the template's own wording ("Sitzungstermin",
 * "Protokollführung"); in other languages the catalog's name of the model field.
 */
export function fieldLabel(field: HeaderField, lang: Lang): string {
  return lang === 'de' ? field.label : t(lang, EN_LABEL[field.key]);
}
