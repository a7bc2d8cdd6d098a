import { findingText } from '../../../core/check/describe';
import type { Finding } from '../../../core/check/finding';
import {
  voteNode,
  type VoteChoice,
  type VoteJSON,
  type VoteOutcome,
} from '../../../core/content/nodes-protocol';
import type { Lang } from '../../../core/i18n/catalog';
import type { ProtocolDocument } from '../../../core/model/schema';
import { profileOf } from '../../../core/rules/profiles';
import { presenceAtItem, type ItemPresence } from '../../../core/votes/arithmetic';
import { checkVote } from '../../../core/votes/findings';
import { countsOfNamedVotes, voteLines } from '../../../core/votes/render';

/**
 * The vote dialog's state and what it shows live: the form's fields (a draft), the vote they
 * make, who is present and entitled at the item, and the findings of core's vote check. Pure,
 * so the dialog's arithmetic is tested without a browser.
 */
export interface VoteDraft {
  outcome: VoteOutcome;
  subject: string;
  /** Ja / Nein / Enthaltung were counted (the fields are shown where the outcome allows). */
  counted: boolean;
  yes: number;
  no: number;
  abstain: number;
  /** Members excluded for Befangenheit. */
  excluded: string[];
  /** A roll-call vote was held: the counts follow from the named votes. */
  named: boolean;
  namedVotes: Record<string, VoteChoice>;
}

/** Outcomes that are no decision have no counts: the matter was not voted on. */
const UNCOUNTED: ReadonlySet<VoteOutcome> = new Set([
  'vertagt',
  'zurueckgestellt',
  'zur-kenntnis-genommen',
]);

export function countsApply(outcome: VoteOutcome): boolean {
  return !UNCOUNTED.has(outcome);
}

/** A majority decision is recorded with its counts (the check asks for them). */
export function countsExpected(outcome: VoteOutcome): boolean {
  return outcome === 'mehrheitlich-zugestimmt' || outcome === 'mehrheitlich-abgelehnt';
}

export function draftFromVote(vote: VoteJSON | null): VoteDraft {
  const v = vote ?? voteNode({ outcome: 'einmuetig' });
  const named = v.namedVotes.length > 0;
  return {
    outcome: v.outcome,
    subject: v.subject,
    counted: v.counts !== null || named,
    yes: v.counts?.yes ?? 0,
    no: v.counts?.no ?? 0,
    abstain: v.counts?.abstain ?? 0,
    excluded: [...v.excluded],
    named,
    namedVotes: Object.fromEntries(v.namedVotes.map((n) => [n.personId, n.vote])),
  };
}

/** The draft with another outcome: counts switch on where a majority needs them. */
export function withOutcome(draft: VoteDraft, outcome: VoteOutcome): VoteDraft {
  return {
    ...draft,
    outcome,
    counted: countsApply(outcome) && (draft.counted || countsExpected(outcome)),
    named: countsApply(outcome) && draft.named,
  };
}

const clampCount = (n: number) =>
  Number.isFinite(n) ? Math.max(0, Math.min(10_000, Math.round(n))) : 0;

export function voteFromDraft(draft: VoteDraft, rosterOrder: readonly string[] = []): VoteJSON {
  const applies = countsApply(draft.outcome);
  const excluded = new Set(draft.excluded);
  const position = new Map(rosterOrder.map((id, i) => [id, i]));
  const namedVotes =
    applies && draft.named
      ? Object.entries(draft.namedVotes)
          .filter(([id]) => !excluded.has(id))
          .sort(([a], [b]) => (position.get(a) ?? 1e9) - (position.get(b) ?? 1e9))
          .map(([personId, vote]) => ({ personId, vote }))
      : [];
  const counts =
    namedVotes.length > 0
      ? countsOfNamedVotes(namedVotes)
      : applies && draft.counted
        ? {
            yes: clampCount(draft.yes),
            no: clampCount(draft.no),
            abstain: clampCount(draft.abstain),
          }
        : null;
  return voteNode({
    outcome: draft.outcome,
    subject: draft.subject.trim() === '' ? 'dem Beschlussantrag' : draft.subject,
    counts,
    namedVotes,
    excluded: [...excluded],
  });
}

export interface VoteReview {
  presence: ItemPresence;
  /** The check's findings for this vote, in the reader's language. */
  findings: { severity: Finding['severity']; text: string; key: string }[];
  /** The sentence and lines the vote prints. */
  lines: string[];
}

export function reviewVote(
  document: ProtocolDocument,
  itemId: string | null,
  vote: VoteJSON,
  lang: Lang,
  mentionedBefore: ReadonlySet<string> = new Set(),
): VoteReview {
  const item = document.items.find((i) => i.id === itemId);
  const presence = item
    ? presenceAtItem(document, item.id, vote.excluded)
    : { known: false, present: [], entitled: [], excluded: [] };
  const findings = item
    ? checkVote(document, item, vote, [], profileOf(document.rules.profile)).map((f) => ({
        severity: f.severity,
        key: f.messageKey,
        text: findingText(f, lang),
      }))
    : [];
  return { presence, findings, lines: voteLines(document, vote, new Set(mentionedBefore)) };
}
