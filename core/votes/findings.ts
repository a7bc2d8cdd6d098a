import type { Finding } from '../check/finding';
import type { VoteCounts, VoteJSON } from '../content/nodes-protocol';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/catalog';
import { findPerson } from '../model/fields';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import type { RulesProfile } from '../rules/profiles';
import { formalName } from '../style/names';
import { presenceAtItem, quorumAtItem } from './arithmetic';
import { countsOfNamedVotes, DECIDING_OUTCOMES } from './render';

/**
 * What can be wrong with a recorded vote: words that contradict the numbers, more votes than
 * people entitled to cast them, a missing quorum, roll calls that do not add up.
 */

const outcomeLabel =
  (outcome: VoteJSON['outcome']) =>
  (lang: Lang): string =>
    t(lang, `vote.outcome.${outcome}`);

export function checkVote(
  document: ProtocolDocument,
  item: AgendaItem,
  vote: VoteJSON,
  nodePath: number[],
  profile: RulesProfile,
): Finding[] {
  const findings: Finding[] = [];
  const at = { itemId: item.id, field: 'vote' as const, nodePath };
  const add = (severity: Finding['severity'], messageKey: Finding['messageKey'], params = {}) =>
    findings.push({ severity, messageKey, params, ...at });
  const name = (id: string): string => {
    const person = findPerson(document, id);
    return person ? formalName(person) : id;
  };

  for (const id of new Set([...vote.excluded, ...vote.namedVotes.map((v) => v.personId)])) {
    if (!findPerson(document, id)) add('error', 'check.vote.unknownPerson', { id });
  }

  const named = vote.namedVotes.length > 0 ? countsOfNamedVotes(vote.namedVotes) : null;
  const counts: VoteCounts | null = vote.counts ?? named;

  if (vote.outcome === 'mehrheitlich-zugestimmt' || vote.outcome === 'mehrheitlich-abgelehnt') {
    if (!counts) add('error', 'check.vote.countsMissing', { outcome: outcomeLabel(vote.outcome) });
  }
  if (counts) {
    if (vote.outcome === 'einstimmig' && (counts.no > 0 || counts.abstain > 0)) {
      add('error', 'check.vote.einstimmigNotUnanimous', { no: counts.no, abstain: counts.abstain });
    }
    if (vote.outcome === 'einmuetig' && counts.no > 0) {
      add('error', 'check.vote.einmuetigWithNo', { no: counts.no });
    }
    // A tie rejects a motion, so "zugestimmt" needs more yes than no votes.
    const carried = counts.yes > counts.no;
    if (
      (vote.outcome === 'mehrheitlich-zugestimmt' && !carried) ||
      (vote.outcome === 'mehrheitlich-abgelehnt' && carried)
    ) {
      add('error', 'check.vote.majorityContradicts', {
        outcome: outcomeLabel(vote.outcome),
        yes: counts.yes,
        no: counts.no,
      });
    }
  }
  if (vote.counts && named) {
    const c = vote.counts;
    if (c.yes !== named.yes || c.no !== named.no || c.abstain !== named.abstain) {
      add('error', 'check.vote.namedVotesContradictCounts', {
        namedYes: named.yes,
        namedNo: named.no,
        namedAbstain: named.abstain,
        yes: c.yes,
        no: c.no,
        abstain: c.abstain,
      });
    }
  }

  const seen = new Set<string>();
  for (const v of vote.namedVotes) {
    if (seen.has(v.personId)) add('error', 'check.vote.namedVoteTwice', { name: name(v.personId) });
    seen.add(v.personId);
    if (vote.excluded.includes(v.personId)) {
      add('error', 'check.vote.excludedVoted', { name: name(v.personId) });
    }
  }

  const presence = presenceAtItem(document, item.id, vote.excluded);
  if (presence.known) {
    const entitledIds = new Set(presence.entitled.map((p) => p.id));
    if (counts) {
      const total = counts.yes + counts.no + counts.abstain;
      if (total > presence.entitled.length) {
        add('error', 'check.vote.countsExceedEntitled', {
          total,
          yes: counts.yes,
          no: counts.no,
          abstain: counts.abstain,
          entitled: presence.entitled.length,
        });
      }
    }
    for (const v of vote.namedVotes) {
      if (findPerson(document, v.personId) && !vote.excluded.includes(v.personId)) {
        if (!entitledIds.has(v.personId)) {
          add('error', 'check.vote.namedVoterNotEntitled', { name: name(v.personId) });
        }
      }
    }
  }

  if (DECIDING_OUTCOMES.has(vote.outcome)) {
    const quorum = quorumAtItem(document, item.id, profile.quorum, vote.excluded);
    if (quorum && !quorum.reached) {
      // Where the law presumes the quorum until it is challenged, a count below it during the
      // meeting is a warning, except below the floor where the presumption ends (GO SH § 38
      // Abs. 1 S. 4); a rule whose wording was not read never yields more than a warning.
      const firm = quorum.verified && (quorum.belowFloor || !quorum.rule.presumed);
      findings.push({
        severity: firm ? 'error' : 'warning',
        messageKey: 'check.vote.quorumNotReached',
        params: {
          counted: quorum.counted,
          members: quorum.members,
          required: quorum.required,
          law: quorum.law,
        },
        ...at,
        ...(quorum.verified ? {} : { lawUnverified: true as const }),
      });
    }
  }
  return findings;
}
