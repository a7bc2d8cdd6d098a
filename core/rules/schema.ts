import { z } from 'zod';
import { rulesProfileIdSchema, signatoryRoleSchema } from '../model/schema';

/**
 * The data shape of a state's rules profile (assets/rules/*.json). Every rule names its source
 * in the law; `verified` says whether that wording was read in a published text of the law
 * (true) or is taken from a municipality's document, a table of contents or memory (false).
 * The completeness check reports an unverified rule as a warning, never as an error: a false
 * "the law demands this" is worse than a gap.
 */

export const stateCodeSchema = z.enum([
  'BW',
  'BY',
  'BB',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
]);

export const lawSourceSchema = z.strictObject({
  /** As named in findings: "§ 41 Abs. 1 S. 3 GO SH"; only the law's name when the paragraph is not known. */
  cite: z.string().min(1),
  verified: z.boolean(),
  /** Where the wording was read. */
  seenAt: z.string().default(''),
  note: z.string().default(''),
});

const requirementSchema = z.strictObject({ required: z.boolean(), source: lawSourceSchema });

/** What the law says about attendance: BW and Saxony the count present and the absent by name. */
export const attendanceRuleSchema = z.enum([
  'presentCountAbsentNames',
  'presentNames',
  'presentAndAbsentNames',
]);

export const signatoryRequirementDataSchema = z.strictObject({
  /** Any of these roles fills the requirement (NRW: the Bürgermeister chairs the council). */
  roles: z.array(signatoryRoleSchema).min(1),
  count: z.number().int().min(1).max(10),
  /** The signatory must have taken part in the meeting (BW: "die an der Verhandlung teilgenommen haben"). */
  attended: z.boolean(),
  /** A member of the body (not staff). */
  member: z.boolean(),
  source: lawSourceSchema,
});

/**
 * The quorum of a second meeting on the same matter, convened after the first lacked its
 * quorum and with the warning the law asks for in the invitation: none at all (HGO § 53 Abs. 2,
 * NKomVG § 65 Abs. 2), three members (GemO RP § 39 Abs. 1 S. 2, GemO BW § 37 Abs. 3) or a fifth
 * of the legal number (KSVG § 44 Abs. 2).
 */
export const secondMeetingDataSchema = z.strictObject({
  minimum: z.enum(['none', 'atLeastThree', 'atLeastFifth']),
  source: lawSourceSchema,
});

export const quorumDataSchema = z.strictObject({
  counts: z.enum(['presentAndEntitled', 'present']),
  threshold: z.enum(['atLeastHalf', 'moreThanHalf']),
  /**
   * When more than half of all members are excluded for bias: a quarter (GemO BW § 37 Abs. 2
   * S. 2), more than a third (KV M-V § 30 Abs. 2), three members entitled to vote (KSVG § 44
   * Abs. 3, GO SH § 38 Abs. 2) or no minimum at all (HGO § 53 Abs. 3, NKomVG § 65 Abs. 3, KVG
   * LSA § 55 Abs. 3).
   */
  biasedMajority: z.enum(['atLeastQuarter', 'moreThanThird', 'atLeastThree', 'none']).optional(),
  /** GemO RP § 39 Abs. 2: as soon as a member is excluded, a third of the legal number suffices. */
  anyExcluded: z.literal('atLeastThird').optional(),
  /** GO SH § 38 Abs. 2 Nr. 2: the legal number is reduced by the members excluded for bias. */
  lessExcluded: z.boolean().optional(),
  /** The body counts as quorate until its lack of quorum is established. */
  presumed: z.boolean().optional(),
  /**
   * Below a third of the legal number (KV M-V § 30 Abs. 1 S. 6), or below a third or three
   * members (GO SH § 38 Abs. 1 S. 4), the lack of quorum must be established even without a
   * motion: the presumption ends there.
   */
  floor: z.enum(['third', 'thirdAndThree']).optional(),
  secondMeeting: secondMeetingDataSchema.optional(),
  source: lawSourceSchema,
});

const noteSchema = z.strictObject({ text: z.string().min(1), source: lawSourceSchema });

export const profileDataSchema = z.strictObject({
  id: rulesProfileIdSchema,
  state: stateCodeSchema,
  stateName: z.string().min(1),
  law: z.strictObject({ abbr: z.string().min(1), title: z.string().min(1) }),
  /** The paragraph on the Niederschrift as a whole: "§ 41 GO SH". */
  minutes: lawSourceSchema,
  requires: z.strictObject({
    chair: requirementSchema,
    attendance: requirementSchema.extend({ what: attendanceRuleSchema }),
    absenceReasons: requirementSchema,
    place: requirementSchema,
    outcomes: requirementSchema,
  }),
  signatories: z.strictObject({
    /** "geschaeftsordnung": the law leaves it to the body, whose slots (rules.signatories) are then checked. */
    setBy: z.enum(['law', 'geschaeftsordnung']),
    source: lawSourceSchema,
    required: z.array(signatoryRequirementDataSchema),
  }),
  quorum: quorumDataSchema.nullable(),
  /** Where no quorum rule is on file: which paragraph it would be and why it is not (read). */
  quorumNote: lawSourceSchema.optional(),
  /** How absence is recorded. */
  absence: noteSchema,
  /** How a member excluded for bias (Befangenheit, Mitwirkungsverbot) is recorded. */
  bias: noteSchema,
  /** Who approves the minutes, and when; how objections are decided. */
  approval: noteSchema,
  /** What the law leaves to the body's Geschäftsordnung. */
  geschaeftsordnung: z.array(z.string().min(1)),
  /** The body's usual names and its members' titles, for templates and the people list. */
  body: z.strictObject({
    names: z.array(z.string().min(1)).min(1),
    memberTitles: z.array(z.string().min(1)).min(1),
    chairTitles: z.array(z.string().min(1)).min(1),
  }),
});

export type StateCode = z.infer<typeof stateCodeSchema>;
export type LawSource = z.infer<typeof lawSourceSchema>;
export type AttendanceRule = z.infer<typeof attendanceRuleSchema>;
export type ProfileData = z.infer<typeof profileDataSchema>;
