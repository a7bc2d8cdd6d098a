import type { RulesProfileId, SignatoryRole } from '../model/schema';

/**
 * What the law of a state asks of a Niederschrift, per rules profile: its required contents,
 * who signs it and when the body has a quorum. The completeness check reads these; the legal
 * reference travels with each rule so a finding can name it.
 *
 * Sources (wording checked against the published texts):
 * - Baden-Württemberg, Gemeindeordnung (GemO):
 *   § 38 Abs. 1: the Niederschrift names the chair, the number of members present and the
 *   names of absent members with the reason, the items, motions, vote and election results and
 *   the wording of the resolutions. § 38 Abs. 2: signed by the chair, two members who took part
 *   in the meeting, and the Schriftführer. § 39 Abs. 5 applies §§ 33, 34, 36 to 38 to decision-
 *   making committees, so a committee's Niederschrift (also one per TOP) is signed the same way.
 *   § 37 Abs. 2: quorate when at least half of all members are present and entitled to vote;
 *   when more than half are excluded for bias, at least a quarter suffices.
 * - Nordrhein-Westfalen, Gemeindeordnung (GO NRW):
 *   § 52 Abs. 1: the Schriftführer records the resolutions; signed by the Bürgermeister (the
 *   chair) and the Schriftführer. What else it holds is left to the council's Geschäftsordnung.
 *   § 49 Abs. 1: quorate when more than half of the statutory number of members is present; the
 *   council counts as quorate until its lack of quorum is established.
 * - Bayern, Gemeindeordnung (GO):
 *   Art. 54 Abs. 1: day and place, the members present and the absent ones with the reason,
 *   the items, the resolutions and the vote results; Abs. 2: signed by the chair and the
 *   Schriftführer, approved by the council.
 *   Art. 47 Abs. 2: quorate when all members were duly invited and the majority of members is
 *   present and entitled to vote.
 */

export interface QuorumRule {
  /** Who counts towards the quorum. Members excluded for bias never count. */
  counts: 'presentAndEntitled' | 'present';
  /** The share of the legal number of members (body.memberCount) that must be reached. */
  threshold: 'atLeastHalf' | 'moreThanHalf';
  /** BW § 37 Abs. 2 S. 2: when more than half of all members are biased, a quarter suffices. */
  biasedMajority?: 'atLeastQuarter';
  /**
   * NRW § 49 Abs. 1 S. 2: the council counts as quorate until its lack of quorum is
   * established, so a count below the threshold is a warning there, not an error.
   */
  presumed?: boolean;
  law: string;
}

export interface SignatoryRequirement {
  /** Any of these roles fills the requirement (NRW: the Bürgermeister chairs the council). */
  roles: readonly SignatoryRole[];
  count: number;
  /** The signatory must have taken part in the meeting (BW: "die an der Verhandlung teilgenommen haben"). */
  attended: boolean;
  /** A member of the body (not staff). */
  member: boolean;
}

export interface RulesProfile {
  id: RulesProfileId;
  /** "§ 38 GemO BW": named in findings. */
  law: string;
  requires: {
    chair: boolean;
    /** The number of members present (and so attendance being recorded). */
    presentCount: boolean;
    /** Names of absent members and the reason of their absence. */
    absenceReasons: boolean;
    /** Date and place of the meeting. */
    place: boolean;
    /** Every item has its resolution or recorded outcome. */
    outcomes: boolean;
  };
  signatories: readonly SignatoryRequirement[];
  quorum: QuorumRule | null;
}

export const PROFILES: Record<RulesProfileId, RulesProfile> = {
  'bw-gemo-38': {
    id: 'bw-gemo-38',
    law: '§ 38 GemO BW',
    requires: {
      chair: true,
      presentCount: true,
      absenceReasons: true,
      place: false,
      outcomes: true,
    },
    signatories: [
      { roles: ['chair'], count: 1, attended: false, member: false },
      { roles: ['member'], count: 2, attended: true, member: true },
      { roles: ['clerk'], count: 1, attended: false, member: false },
    ],
    quorum: {
      counts: 'presentAndEntitled',
      threshold: 'atLeastHalf',
      biasedMajority: 'atLeastQuarter',
      law: '§ 37 Abs. 2 GemO BW',
    },
  },
  'nrw-go-52': {
    id: 'nrw-go-52',
    law: '§ 52 GO NRW',
    requires: {
      chair: true,
      presentCount: false,
      absenceReasons: false,
      place: false,
      outcomes: true,
    },
    signatories: [
      { roles: ['mayor', 'chair'], count: 1, attended: false, member: false },
      { roles: ['clerk'], count: 1, attended: false, member: false },
    ],
    quorum: {
      counts: 'present',
      threshold: 'moreThanHalf',
      presumed: true,
      law: '§ 49 Abs. 1 GO NRW',
    },
  },
  'by-go-54': {
    id: 'by-go-54',
    law: 'Art. 54 GO Bayern',
    requires: {
      chair: true,
      presentCount: true,
      absenceReasons: true,
      place: true,
      outcomes: true,
    },
    signatories: [
      { roles: ['chair'], count: 1, attended: false, member: false },
      { roles: ['clerk'], count: 1, attended: false, member: false },
    ],
    quorum: {
      counts: 'presentAndEntitled',
      threshold: 'moreThanHalf',
      law: 'Art. 47 Abs. 2 GO Bayern',
    },
  },
  // A body with its own rules: only what holds for every Niederschrift is checked.
  custom: {
    id: 'custom',
    law: '',
    requires: {
      chair: true,
      presentCount: false,
      absenceReasons: false,
      place: false,
      outcomes: false,
    },
    signatories: [],
    quorum: null,
  },
};

export function profileOf(id: RulesProfileId): RulesProfile {
  return PROFILES[id];
}

/** The smallest number that satisfies a threshold of `total`. */
export function requiredFor(
  total: number,
  threshold: QuorumRule['threshold'] | 'atLeastQuarter',
): number {
  switch (threshold) {
    case 'atLeastHalf':
      return Math.ceil(total / 2);
    case 'moreThanHalf':
      return Math.floor(total / 2) + 1;
    case 'atLeastQuarter':
      return Math.ceil(total / 4);
  }
}
