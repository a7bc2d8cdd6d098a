import bb from '../../assets/rules/bb.json';
import bw from '../../assets/rules/bw.json';
import by from '../../assets/rules/by.json';
import he from '../../assets/rules/he.json';
import mv from '../../assets/rules/mv.json';
import ni from '../../assets/rules/ni.json';
import nw from '../../assets/rules/nw.json';
import rp from '../../assets/rules/rp.json';
import sh from '../../assets/rules/sh.json';
import sl from '../../assets/rules/sl.json';
import sn from '../../assets/rules/sn.json';
import st from '../../assets/rules/st.json';
import th from '../../assets/rules/th.json';
import type { RulesProfileId, SignatoryRole } from '../model/schema';
import {
  profileDataSchema,
  type AttendanceRule,
  type LawSource,
  type ProfileData,
  type StateCode,
} from './schema';

/**
 * What the law of a state asks of a Niederschrift, per rules profile: its required contents,
 * who signs it, when the body has a quorum, how absence and bias are recorded and who approves
 * the minutes. The rules are data (assets/rules/<state>.json), one file per Flächenland, each
 * rule with the paragraph it comes from and whether that wording was read in a published text
 * of the law (`verified`). The completeness check reads them through this module and names the
 * paragraph in every finding; a rule whose source is not verified yields a warning only.
 */

export interface QuorumRule {
  /** Who counts towards the quorum. Members excluded for bias never count. */
  counts: 'presentAndEntitled' | 'present';
  /** The share of the legal number of members (body.memberCount) that must be reached. */
  threshold: 'atLeastHalf' | 'moreThanHalf';
  /**
   * When more than half of all members are excluded for bias: BW § 37 Abs. 2 S. 2 a quarter,
   * KV M-V § 30 Abs. 2 more than a third, KSVG § 44 Abs. 3 and GO SH § 38 Abs. 2 three
   * members, HGO/NKomVG/KVG LSA no minimum.
   */
  biasedMajority?: 'atLeastQuarter' | 'moreThanThird' | 'atLeastThree' | 'none';
  /** GemO RP § 39 Abs. 2: once a member is excluded for bias, a third of the legal number. */
  anyExcluded?: 'atLeastThird';
  /** GO SH § 38 Abs. 2 Nr. 2: the legal number is reduced by the members excluded for bias. */
  lessExcluded?: boolean;
  /**
   * The body counts as quorate until its lack of quorum is established (NRW § 49 Abs. 1 S. 2,
   * HGO § 53 Abs. 1 S. 2, NKomVG § 65 Abs. 1 S. 3, KVG LSA § 55 Abs. 1 S. 5, GO SH § 38 Abs. 1),
   * so a count below the threshold during the meeting is a warning there, not an error.
   */
  presumed?: boolean;
  /** Below a third (KV M-V § 30 Abs. 1 S. 6), or a third or three members (GO SH § 38 Abs. 1 S. 4), the presumption ends. */
  floor?: 'third' | 'thirdAndThree';
  /** The quorum of a second meeting on the same matter (meeting.secondConvening). */
  secondMeeting?: {
    minimum: 'none' | 'atLeastThree' | 'atLeastFifth';
    law: string;
    verified: boolean;
  };
  law: string;
  /** Whether the paragraph's wording was read; if not, a missed quorum is a warning only. */
  verified: boolean;
}

export interface SignatoryRequirement {
  /** Any of these roles fills the requirement (NRW: the Bürgermeister chairs the council). */
  roles: readonly SignatoryRole[];
  count: number;
  /** The signatory must have taken part in the meeting (BW: "die an der Verhandlung teilgenommen haben"). */
  attended: boolean;
  /** A member of the body (not staff). */
  member: boolean;
  /** The paragraph named in a finding: "§ 41 Abs. 1 S. 3 GO SH". */
  law: string;
  /** Whether that paragraph's wording was read; if not, a missing signatory is a warning. */
  verified: boolean;
}

/** A required content with the paragraph that requires it. */
export interface Requirement {
  required: boolean;
  law: string;
  verified: boolean;
}

export interface RulesProfile {
  id: RulesProfileId;
  /** The paragraph on the Niederschrift, "§ 38 GemO BW": named when nothing is missing. */
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
  /** The source of each required content, for the finding's citation. */
  cites: Record<keyof RulesProfile['requires'], Requirement>;
  /** What the law says the attendance shows, for the wording of a finding. */
  attendance: AttendanceRule;
  /** "geschaeftsordnung": the law leaves the signatories to the body, which sets them in rules.signatories. */
  signatoriesSetBy: 'law' | 'geschaeftsordnung';
  /** The paragraph that leaves the signatories to the Geschäftsordnung, or names them. */
  signatoriesLaw: string;
  /** Whether that paragraph's wording was read; an empty slot of the body is then an error. */
  signatoriesVerified: boolean;
  signatories: readonly SignatoryRequirement[];
  quorum: QuorumRule | null;
  /** The whole data of a state's profile (null for `custom`). */
  data: ProfileData | null;
}

const RAW: unknown[] = [bw, by, bb, he, mv, ni, nw, rp, sl, sn, st, sh, th];

const requirement = (r: { required: boolean; source: LawSource }): Requirement => ({
  required: r.required,
  law: r.source.cite,
  verified: r.source.verified,
});

function quorumFromData(quorum: NonNullable<ProfileData['quorum']>): QuorumRule {
  const { source, secondMeeting, ...rule } = quorum;
  return {
    ...rule,
    ...(secondMeeting
      ? {
          secondMeeting: {
            minimum: secondMeeting.minimum,
            law: secondMeeting.source.cite,
            verified: secondMeeting.source.verified,
          },
        }
      : {}),
    law: source.cite,
    verified: source.verified,
  };
}

function fromData(data: ProfileData): RulesProfile {
  const { requires } = data;
  const cites = {
    chair: requirement(requires.chair),
    presentCount: requirement(requires.attendance),
    absenceReasons: requirement(requires.absenceReasons),
    place: requirement(requires.place),
    outcomes: requirement(requires.outcomes),
  };
  return {
    id: data.id,
    law: data.minutes.cite,
    requires: {
      chair: cites.chair.required,
      presentCount: cites.presentCount.required,
      absenceReasons: cites.absenceReasons.required,
      place: cites.place.required,
      outcomes: cites.outcomes.required,
    },
    cites,
    attendance: requires.attendance.what,
    signatoriesSetBy: data.signatories.setBy,
    signatoriesLaw: data.signatories.source.cite,
    signatoriesVerified: data.signatories.source.verified,
    signatories: data.signatories.required.map((s) => ({
      roles: s.roles,
      count: s.count,
      attended: s.attended,
      member: s.member,
      law: s.source.cite,
      verified: s.source.verified,
    })),
    quorum: data.quorum ? quorumFromData(data.quorum) : null,
    data,
  };
}

const none: Requirement = { required: false, law: '', verified: false };

// A body with its own rules: only what holds for every Niederschrift is checked.
const CUSTOM: RulesProfile = {
  id: 'custom',
  law: '',
  requires: {
    chair: true,
    presentCount: false,
    absenceReasons: false,
    place: false,
    outcomes: false,
  },
  cites: {
    chair: { required: true, law: '', verified: true },
    presentCount: none,
    absenceReasons: none,
    place: none,
    outcomes: none,
  },
  attendance: 'presentNames',
  signatoriesSetBy: 'geschaeftsordnung',
  signatoriesLaw: '',
  signatoriesVerified: true,
  signatories: [],
  quorum: null,
  data: null,
};

/**
 * Each state's data is validated and turned into its profile when first asked for: a CLI run
 * or an export needs the profile of one body, and parsing all thirteen on every start cost a
 * cold export more than its print model. test/rules-data checks that every file parses.
 */
function build(): Record<RulesProfileId, RulesProfile> {
  const profiles = {} as Record<RulesProfileId, RulesProfile>;
  for (const raw of RAW) {
    const id = (raw as { id: RulesProfileId }).id;
    let profile: RulesProfile | undefined;
    Object.defineProperty(profiles, id, {
      enumerable: true,
      get: () => (profile ??= fromData(profileDataSchema.parse(raw))),
    });
  }
  profiles.custom = CUSTOM;
  return profiles;
}

export const PROFILES: Readonly<Record<RulesProfileId, RulesProfile>> = build();

export function profileOf(id: RulesProfileId): RulesProfile {
  return PROFILES[id];
}

/** The thirteen Flächenländer in the order a clerk looks for them (alphabetical by name). */
export function stateProfiles(): (RulesProfile & { data: ProfileData })[] {
  return Object.values(PROFILES)
    .filter((p): p is RulesProfile & { data: ProfileData } => p.data !== null)
    .sort((a, b) => a.data.stateName.localeCompare(b.data.stateName, 'de'));
}

export function stateOf(id: RulesProfileId): { code: StateCode; name: string } | null {
  const data = PROFILES[id].data;
  return data ? { code: data.state, name: data.stateName } : null;
}

/** The smallest number that satisfies a threshold of `total`. */
export function requiredFor(
  total: number,
  threshold: QuorumRule['threshold'] | 'atLeastQuarter' | 'atLeastThird' | 'atLeastFifth',
): number {
  switch (threshold) {
    case 'atLeastHalf':
      return Math.ceil(total / 2);
    case 'moreThanHalf':
      return Math.floor(total / 2) + 1;
    case 'atLeastQuarter':
      return Math.ceil(total / 4);
    case 'atLeastThird':
      return Math.ceil(total / 3);
    case 'atLeastFifth':
      return Math.ceil(total / 5);
  }
}

export interface QuorumCount {
  /** The legal number of members. */
  members: number;
  /** How many count towards the quorum (present, with a vote, not excluded). */
  counted: number;
  /** Members excluded for bias at this point. */
  excluded: number;
  /** The meeting is the second one on the same matter (meeting.secondConvening). */
  secondMeeting: boolean;
}

export interface QuorumVerdict {
  required: number;
  reached: boolean;
  /** Below the floor no presumption holds (GO SH § 38 Abs. 1 S. 4). */
  belowFloor: boolean;
  /** The paragraph that applied: the rule's, or that of the second meeting. */
  law: string;
  verified: boolean;
}

/**
 * The quorum under a state's rule, in the order the laws put it: a second meeting has its own
 * minimum; when more than half are excluded for bias the smaller quorum applies; RP lowers it
 * as soon as one member is excluded; otherwise the threshold of the (SH: reduced) legal number.
 */
export function judgeQuorum(rule: QuorumRule, count: QuorumCount): QuorumVerdict {
  const { members, counted, excluded } = count;
  let law = rule.law;
  let verified = rule.verified;
  let required: number;
  let floor = 0;
  if (count.secondMeeting && rule.secondMeeting) {
    const minimum = rule.secondMeeting.minimum;
    required =
      minimum === 'none'
        ? 0
        : minimum === 'atLeastThree'
          ? 3
          : requiredFor(members, 'atLeastFifth');
    law = rule.secondMeeting.law;
    verified = rule.secondMeeting.verified;
  } else if (rule.biasedMajority && excluded * 2 > members) {
    const minimum = rule.biasedMajority;
    required =
      minimum === 'none'
        ? 0
        : minimum === 'atLeastThree'
          ? 3
          : minimum === 'moreThanThird'
            ? Math.floor(members / 3) + 1
            : requiredFor(members, minimum);
  } else {
    const base = rule.lessExcluded ? members - excluded : members;
    required = requiredFor(base, rule.threshold);
    if (rule.anyExcluded && excluded > 0) {
      required = Math.min(required, requiredFor(members, rule.anyExcluded));
    }
    if (rule.floor) floor = requiredFor(base, 'atLeastThird');
    if (rule.floor === 'thirdAndThree') floor = Math.max(3, floor);
  }
  const belowFloor = counted < floor;
  return { required, reached: counted >= required && !belowFloor, belowFloor, law, verified };
}
