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
    signatories: data.signatories.required.map((s) => ({
      roles: s.roles,
      count: s.count,
      attended: s.attended,
      member: s.member,
      law: s.source.cite,
      verified: s.source.verified,
    })),
    quorum: data.quorum
      ? {
          counts: data.quorum.counts,
          threshold: data.quorum.threshold,
          ...(data.quorum.biasedMajority ? { biasedMajority: data.quorum.biasedMajority } : {}),
          ...(data.quorum.presumed ? { presumed: true } : {}),
          law: data.quorum.source.cite,
        }
      : null,
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
  signatories: [],
  quorum: null,
  data: null,
};

function build(): Record<RulesProfileId, RulesProfile> {
  const byId = new Map<RulesProfileId, RulesProfile>();
  for (const raw of RAW) {
    const profile = fromData(profileDataSchema.parse(raw));
    byId.set(profile.id, profile);
  }
  byId.set('custom', CUSTOM);
  return Object.fromEntries(byId) as Record<RulesProfileId, RulesProfile>;
}

/** Validated on load, so a broken data file fails every test instead of one clerk's check. */
export const PROFILES: Record<RulesProfileId, RulesProfile> = build();

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
