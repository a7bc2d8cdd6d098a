import { z } from 'zod';
import { contentSchema } from '../content/validate';
import { layoutSchema } from './layout';

/**
 * The document model of a Niederschrift. One schema for both forms:
 * - `per-item`: one Niederschrift per agenda item (large cities, like the Stuttgart reference);
 * - `meeting`: one Niederschrift for the whole meeting (smaller councils).
 * Dates are ISO (YYYY-MM-DD) and times HH:MM in the model; the house style formats them.
 */

const id = z.string().min(1).max(200);
const shortText = z.string().max(2_000);
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const time = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]);

export const personKindSchema = z.enum(['member', 'staff', 'guest']);

export const personSchema = z.looseObject({
  id,
  kind: personKindSchema,
  /** "Herr" / "Frau" / "" — used where no official title (Amtsbezeichnung) is given. */
  formOfAddress: shortText.default(''),
  /** Official title in the house style: "StR", "StRin", "BM", "OB", "EBM". */
  honorific: shortText.default(''),
  /** Academic title: "Dr.", "Prof. Dr.". */
  title: shortText.default(''),
  givenName: shortText.default(''),
  familyName: shortText.min(1),
  /** Fraktion / group for members ("SPD", "90/GRÜNE"). */
  group: shortText.default(''),
  /** Administrative unit for staff ("HauptPersA"). */
  unit: shortText.default(''),
  /** Role in the body: "Vorsitz", "Mitglied", "stellv. Mitglied", "Schriftführung", … */
  role: shortText.default(''),
  votingRight: z.boolean().default(false),
  /**
   * Amtszeit: kept in the body file (core/body/gremium.ts), so new minutes take only the people
   * in office on their date. Optional: files without it read and print as before.
   */
  term: z.looseObject({ from: isoDate.default(''), until: isoDate.default('') }).optional(),
});

export const attendanceStatusSchema = z.enum(['present', 'excused', 'absent']);

export const attendanceSchema = z.looseObject({
  personId: id,
  status: attendanceStatusSchema,
  /** Reason for an absence: "entschuldigt", "krank", "dienstlich verhindert", … */
  reason: shortText.default(''),
  /** The person arrived during the meeting, before this agenda item. */
  arrivedAtItem: z.string().max(200).default(''),
  /** The person left during the meeting, after this agenda item. */
  leftAfterItem: z.string().max(200).default(''),
});

export const agendaItemSchema = z.looseObject({
  id,
  /** TOP number as printed: "12", "3.1", "Ö 4". */
  number: shortText,
  /** Betreff. */
  title: z.string().max(10_000),
  public: z.boolean(),
  /** Drucksache / GRDrs reference, e.g. "288/2018". */
  paperRef: shortText.default(''),
  /** Geschäftszeichen, e.g. "AKR 0410-00". */
  fileRef: shortText.default(''),
  /** Berichterstattung; "-" when nobody reports. */
  rapporteur: shortText.default(''),
  /** How the item was dealt with, printed in the header: "Verhandlung", "Beschluss", "Bericht". */
  treatment: shortText.default(''),
  /** Niederschrift Nr. of this item (per-item form). */
  minutesNumber: shortText.default(''),
  content: contentSchema,
});

export const signatoryRoleSchema = z.enum(['chair', 'member', 'clerk', 'mayor', 'other']);

export const signatorySchema = z.looseObject({
  role: signatoryRoleSchema,
  /** Printed under the signature line: "Vorsitz", "Mitglied des Gemeinderats", "Schriftführung". */
  label: shortText,
  /** The person who signs, once known. */
  personId: z.string().max(200).default(''),
});

/** One rules profile per Flächenland (core/rules, assets/rules), and `custom` for a body's own rules. */
export const rulesProfileIdSchema = z.enum([
  'bw-gemo-38',
  'nrw-go-52',
  'by-go-54',
  'bb-bbgkverf',
  'he-hgo',
  'mv-kv',
  'ni-nkomvg',
  'rp-gemo',
  'sl-ksvg',
  'sn-saechsgemo',
  'st-kvg',
  'sh-go',
  'th-thuerko',
  'custom',
]);

/**
 * How a body numbers its papers. Each pattern uses `{n}` (running number; `{nnn}` pads it),
 * `{yyyy}`/`{yy}` (year); "" means the default (the minutes number is read off the previous
 * one, a Drucksache is "Nummer/Jahr").
 */
export const numberingSchema = z.looseObject({
  /** Niederschrift Nr.: "{n}/{yyyy}" → "9/2026". */
  minutes: shortText.default(''),
  /** Drucksache: "GR {yyyy}/{nnn}" → "GR 2024/021". */
  paperRef: shortText.default(''),
  /**
   * The non-public part of a whole meeting: "" continues the public numbers (1..n, n+1..),
   * a prefix restarts them ("NÖ " → "NÖ 1", "NÖ 2").
   */
  nonPublicPrefix: shortText.default(''),
});

/** An item every meeting of the body has ("Bekanntgaben"); see core/body/follow-up.ts. */
export const standingItemSchema = z.looseObject({
  /** Betreff; "{previousMinutes}" names the previous Niederschrift ("Nr. 9/2026"). */
  title: shortText,
  public: z.boolean().default(true),
  /** Before the meeting's own business (default) or after it ("Anfragen", "Verschiedenes"). */
  position: z.enum(['start', 'end']).optional(),
  /** How the item is dealt with: "Beschluss", "Bericht", "Fragestunde", "Anfrage". */
  treatment: shortText.optional(),
});

/** Council or one of its committees. */
export const bodyKindSchema = z.enum(['council', 'committee']);

/** At most this many signing places (and so signatures) in one Niederschrift. */
export const MAX_SIGNATORIES = 50;

export const bodySchema = z.looseObject({
  /** Full name as printed: "Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart". */
  name: shortText,
  /** Short name used in running text: "Der Verwaltungsausschuss". */
  shortName: shortText.default(''),
  kind: bodyKindSchema,
  /** Legal number of members including the chair, for quorum arithmetic. 0 when unknown. */
  memberCount: z.number().int().min(0).max(10_000).default(0),
  /*
   * What the clerk keeps about the body beyond one meeting (the body file, core/body/): all
   * optional, so files written before them read and print as they did.
   */
  numbering: numberingSchema.optional(),
  standingItems: z.array(standingItemSchema).max(50).optional(),
  /** Stellvertretung of the chair, in order (roster ids). */
  deputyIds: z.array(id).max(20).optional(),
  /** The name of the snippet set the body uses ("Gemeinderat (neutral)", "Stuttgart"). */
  snippetSet: shortText.optional(),
  /** Where the body's signing keys live (a folder on the file server), for the keyring. */
  keyring: shortText.optional(),
});

export const meetingSchema = z.looseObject({
  /** Niederschrift Nr. / Sitzungsnummer of a whole-meeting Niederschrift. */
  minutesNumber: shortText.default(''),
  date: isoDate,
  start: time.default(''),
  end: time.default(''),
  place: shortText.default(''),
  chairId: z.string().max(200).default(''),
  clerkId: z.string().max(200).default(''),
  /** "Die Sitzung wurde ordnungsgemäß einberufen" — null until the clerk states it. */
  convenedProperly: z.boolean().nullable().default(null),
  /** "Das Gremium ist beschlussfähig" — null until the clerk states it. */
  quorate: z.boolean().nullable().default(null),
  /**
   * The second meeting on matters deferred for lack of quorum, convened with the warning the
   * law requires: the state's second-meeting quorum applies (e.g. HGO § 53 Abs. 2: none).
   */
  secondConvening: z.boolean().optional(),
});

export const documentFormSchema = z.enum(['per-item', 'meeting']);

const timestamp = z.string().max(40);

/** Entwurf → In Prüfung (sent to the chair) → Freigegeben (signed off); back with remarks. */
export const workflowStateSchema = z.enum(['draft', 'review', 'approved']);

export const workflowSchema = z.looseObject({
  state: workflowStateSchema,
  history: z
    .array(
      z.looseObject({
        from: workflowStateSchema,
        to: workflowStateSchema,
        at: timestamp,
        by: shortText,
        /** The chair's remarks when sending a draft back. */
        note: z.string().max(100_000),
      }),
    )
    .max(10_000),
});

export const commentReplySchema = z.looseObject({
  id,
  author: shortText,
  createdAt: timestamp,
  text: z.string().max(100_000),
});

/** A comment thread, anchored in an item's text by Lexical mark nodes carrying its id. */
export const commentThreadSchema = z.looseObject({
  id,
  itemId: z.string().max(200),
  /** The text the comment was made on, for the side panel and for orphaned threads. */
  quote: z.string().max(10_000),
  author: shortText,
  createdAt: timestamp,
  text: z.string().max(100_000),
  resolved: z.boolean(),
  resolvedBy: shortText.default(''),
  resolvedAt: z.string().max(40).default(''),
  replies: z.array(commentReplySchema).max(10_000),
});

/** The content a version freezes and a signature covers (see core/review/content.ts). */
export const versionSchema = z.looseObject({
  id,
  createdAt: timestamp,
  author: shortText,
  note: z.string().max(10_000),
  reason: z.enum(['manual', 'state']),
  state: workflowStateSchema,
  /** The signable content at that moment, as canonical JSON. */
  content: z.string().max(64 * 1024 * 1024),
});

export const signatureSchema = z.looseObject({
  /** Index in rules.signatories this signature fulfils. */
  slot: z.number().int().min(0).max(MAX_SIGNATORIES),
  role: signatoryRoleSchema,
  label: shortText,
  personId: z.string().max(200),
  name: shortText,
  signedAt: timestamp,
  algorithm: z.literal('Ed25519'),
  /** Raw public key, base64. */
  publicKey: z.string().max(200),
  /** SHA-256 of the canonical content, hex. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Signature over the signing payload (content hash, earlier signatures, this signer), base64. */
  signature: z.string().max(400),
});

/** A correction after sign-off (Einwendung / Berichtigung): linked to, never written into, the text. */
export const correctionSchema = z.looseObject({
  id,
  createdAt: timestamp,
  author: shortText,
  /** Which part of the minutes it concerns: "TOP 12, Absatz 3". */
  concerns: z.string().max(2_000),
  text: z.string().max(100_000),
  /** The meeting that decided on it: "Sitzung des Verwaltungsausschusses vom 11.07.2018, TOP 1". */
  decidedIn: z.string().max(2_000),
  /** Content hash of the signed minutes it belongs to. */
  baseHash: z.string().regex(/^[0-9a-f]{64}$/),
  signatures: z.array(signatureSchema).max(MAX_SIGNATORIES),
});

export const protocolDocumentSchema = z.looseObject({
  id,
  templateId: shortText,
  form: documentFormSchema,
  /** Document language for exports (hyphenation, PDF /Lang). */
  language: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
    .default('de-DE'),
  body: bodySchema,
  /** The header layout, copied from the template so a file prints the same everywhere. */
  layout: layoutSchema,
  rules: z.looseObject({
    profile: rulesProfileIdSchema,
    signatories: z.array(signatorySchema).max(MAX_SIGNATORIES),
  }),
  meeting: meetingSchema,
  people: z.array(personSchema).max(5_000),
  attendance: z.array(attendanceSchema).max(5_000),
  items: z.array(agendaItemSchema).max(2_000),
  workflow: workflowSchema,
  comments: z.array(commentThreadSchema).max(100_000),
  versions: z.array(versionSchema).max(10_000),
  signatures: z.array(signatureSchema).max(MAX_SIGNATORIES),
  corrections: z.array(correctionSchema).max(1_000),
});

export type PersonKind = z.infer<typeof personKindSchema>;
export type Person = z.infer<typeof personSchema>;
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Signatory = z.infer<typeof signatorySchema>;
export type SignatoryRole = z.infer<typeof signatoryRoleSchema>;
export type RulesProfileId = z.infer<typeof rulesProfileIdSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Numbering = z.infer<typeof numberingSchema>;
export type StandingItem = z.infer<typeof standingItemSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type DocumentForm = z.infer<typeof documentFormSchema>;
export type WorkflowState = z.infer<typeof workflowStateSchema>;
export type Workflow = z.infer<typeof workflowSchema>;
export type CommentThread = z.infer<typeof commentThreadSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;
export type Version = z.infer<typeof versionSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type ProtocolDocument = z.infer<typeof protocolDocumentSchema>;
