import { z } from 'zod';

/**
 * The model fields a header may show. A template picks which of them its header has, in which
 * order, with which label; the model stays one shape for every template.
 */
export const headerFieldKeySchema = z.enum([
  'body.name',
  'meeting.minutesNumber',
  'meeting.date',
  'meeting.start',
  'meeting.end',
  'meeting.place',
  'meeting.chair',
  'meeting.clerk',
  'item.minutesNumber',
  'item.number',
  'item.treatment',
  'item.paperRef',
  'item.fileRef',
  'item.sessionKind',
  'item.rapporteur',
  'item.title',
]);

export const headerFieldSchema = z.strictObject({
  key: headerFieldKeySchema,
  /** Label in the form. */
  label: z.string(),
  /** Label in print, as the reference prints it ("Sitzungstermin:"); "" prints the value alone. */
  printLabel: z.string(),
  type: z.enum(['text', 'multiline', 'date', 'time', 'paperRef', 'sessionKind', 'person']),
  required: z.boolean(),
  /** A regular expression the value must match, for free-text fields with a house format. */
  format: z.string().optional(),
  /** Shown in the form when the value does not match `format`. */
  formatHint: z.string().optional(),
  /** The title line above the header table instead of a table row. */
  placement: z.enum(['title', 'row']).default('row'),
});

export const layoutSchema = z.looseObject({
  /** Title of the whole Niederschrift (meeting form); fields in braces are filled in. */
  title: z.string().max(2_000),
  header: z.array(headerFieldSchema).max(100),
  itemHeader: z.array(headerFieldSchema).max(100),
  /** Whole-meeting minutes list the Tagesordnung after the header, as many councils print it. */
  agendaOverview: z.boolean().optional(),
});

export type HeaderFieldKey = z.infer<typeof headerFieldKeySchema>;
export type HeaderField = z.infer<typeof headerFieldSchema>;
export type Layout = z.infer<typeof layoutSchema>;
