import type { Person, ProtocolDocument, RulesProfileId } from '../model/schema';

/**
 * Whether the chair of a council is one of its voting members. Where the state's law makes the
 * (Ober-)Bürgermeister a member of the council with a vote, the chair counts in attendance,
 * quorum and votes alike, whatever the roster entry says:
 * - Baden-Württemberg: § 25 Abs. 1 GemO (the council consists of the Bürgermeister as chair and
 *   the councillors), his vote in § 37 Abs. 6 GemO; committees he chairs likewise (§ 40 GemO);
 * - Nordrhein-Westfalen: § 40 Abs. 2 GO NRW (the Bürgermeister is a member of the council by
 *   law, with a vote);
 * - Bayern: Art. 31 Abs. 1 GO (the first Bürgermeister is a member of the council);
 * - Thüringen: § 23 Abs. 1 ThürKO (the council consists of the Bürgermeister, who chairs it,
 *   and the elected members; read on anwalt24.de/gesetze/thuerko/23).
 * A body with rules of its own counts its chair by the roster entry alone.
 */
export interface ChairRule {
  votes: boolean;
  law: string;
}

const CHAIR_RULES: Partial<Record<RulesProfileId, ChairRule>> = {
  'bw-gemo-38': { votes: true, law: '§ 25 Abs. 1, § 37 Abs. 6 GemO BW' },
  'nrw-go-52': { votes: true, law: '§ 40 Abs. 2 GO NRW' },
  'by-go-54': { votes: true, law: 'Art. 31 Abs. 1 GO Bayern' },
  'th-thuerko': { votes: true, law: '§ 23 Abs. 1 ThürKO' },
};

export function chairRule(profile: RulesProfileId): ChairRule | null {
  return CHAIR_RULES[profile] ?? null;
}

/**
 * A member who counts: a voting right on the roster, or the chair where the law gives the chair
 * a vote. Attendance, the quorum and the vote dialog all ask this one question.
 */
export function isVotingMember(document: ProtocolDocument, person: Person): boolean {
  if (person.votingRight) return true;
  return (
    person.id !== '' &&
    person.id === document.meeting.chairId &&
    chairRule(document.rules.profile)?.votes === true
  );
}

export function votingMembers(document: ProtocolDocument): Person[] {
  return document.people.filter((p) => isVotingMember(document, p));
}
