import { z } from 'zod';
import { headerFieldSchema } from '../model/layout';
import {
  bodySchema,
  documentFormSchema,
  standingItemSchema,
  rulesProfileIdSchema,
  signatoryRoleSchema,
} from '../model/schema';

export const skeletonBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), text: z.string() }),
  z.strictObject({ kind: z.literal('numberedList'), items: z.array(z.string()).min(1) }),
]);

export const sectionTemplateSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string(),
  printTitle: z.boolean(),
  /** Shown in the empty section in the editor; never stored or printed. */
  placeholder: z.string(),
  /** A resolution or recorded outcome belongs here (the completeness check looks for it). */
  outcome: z.boolean().default(false),
  skeleton: z.array(skeletonBlockSchema),
});

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string(),
  description: z.string(),
  form: documentFormSchema,
  body: bodySchema,
  rules: z.strictObject({
    profile: rulesProfileIdSchema,
    signatories: z.array(z.strictObject({ role: signatoryRoleSchema, label: z.string() })),
  }),
  /** Title of the whole Niederschrift (meeting form); fields in braces are filled in. */
  title: z.string(),
  /** Header of the meeting (meeting form) or of each Niederschrift (per-item form). */
  header: z.array(headerFieldSchema).min(1),
  /** Short header under each item's heading (meeting form only). */
  itemHeader: z.array(headerFieldSchema),
  /** Whole-meeting minutes print the Tagesordnung after the header (layout.agendaOverview). */
  agendaOverview: z.boolean().default(false),
  /** "Verhandlung", "Beschluss" — the default treatment of a new item. */
  defaultTreatment: z.string(),
  /** Sections of every item's text, in order. */
  sections: z.array(sectionTemplateSchema).min(1),
  /**
   * Items every meeting of such a body has (Eröffnung, Genehmigung der Niederschrift,
   * Bekanntgaben, Anfragen): a follow-up meeting starts with them. Per-item templates have none.
   */
  standingItems: z.array(standingItemSchema).default([]),
});

export type SkeletonBlock = z.infer<typeof skeletonBlockSchema>;
export type SectionTemplate = z.infer<typeof sectionTemplateSchema>;
export type Template = z.infer<typeof templateSchema>;
