import type { ContentNode, NodeJSONBase } from './nodes';

/**
 * The protocol's own content nodes: speaker mentions and vote results. They hold data, never
 * the printed words, so a correction in the roster (a new group, a corrected title) changes
 * every place a person is named, and a vote is checked against the attendance.
 *
 * Both are Lexical decorator nodes in the editor; on disk they have the shape below.
 */

/** Who speaks: one person ("StR Perc (SPD)") or several together ("Die StRe …"). Inline. */
export interface SpeakerJSON extends NodeJSONBase {
  type: 'speaker';
  version: 1;
  personIds: string[];
  /**
   * The article before a shared plural title ("Die StRe …"), as the sentence needs it: "die"
   * or "der" inside a sentence, "" for none. Absent means "Die", at the start of a sentence.
   */
  article?: SpeakerArticle;
}

export const SPEAKER_ARTICLES = ['Die', 'die', 'der', 'den', ''] as const;
export type SpeakerArticle = (typeof SPEAKER_ARTICLES)[number];

/** The outcomes real minutes record; the ids are stable, the printed words come from render. */
export const VOTE_OUTCOMES = [
  'einstimmig',
  'einmuetig',
  'mehrheitlich-zugestimmt',
  'mehrheitlich-abgelehnt',
  'vertagt',
  'zurueckgestellt',
  'zur-kenntnis-genommen',
  'geaendert-beschlossen',
] as const;
export type VoteOutcome = (typeof VOTE_OUTCOMES)[number];

export const VOTE_CHOICES = ['ja', 'nein', 'enthaltung'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
}

export interface NamedVote {
  personId: string;
  vote: VoteChoice;
}

/** A vote result. A block of its own, in the section where the resolution stands. */
export interface VoteJSON extends NodeJSONBase {
  type: 'vote';
  version: 1;
  outcome: VoteOutcome;
  /** In the dative, as the sentence needs it: "dem Beschlussantrag", "dem Änderungsantrag der SPD". */
  subject: string;
  /** Ja / Nein / Enthaltung, when counted; null when not recorded. */
  counts: VoteCounts | null;
  /** A roll-call vote (namentliche Abstimmung), when the body held one. */
  namedVotes: NamedVote[];
  /** Members excluded for Befangenheit: they took part in neither debate nor vote. */
  excluded: string[];
}

export const MAX_SPEAKERS_PER_MENTION = 50;
export const MAX_NAMED_VOTES = 5_000;
export const MAX_VOTE_COUNT = 10_000;
export const MAX_SUBJECT_LENGTH = 2_000;
const MAX_ID_LENGTH = 200;

export function isSpeakerNode(node: ContentNode | NodeJSONBase): node is SpeakerJSON {
  return node.type === 'speaker';
}

export function isVoteNode(node: ContentNode | NodeJSONBase): node is VoteJSON {
  return node.type === 'vote';
}

export function speakerNode(personIds: string[], article?: SpeakerArticle): SpeakerJSON {
  const node: SpeakerJSON = { type: 'speaker', version: 1, personIds: [...personIds] };
  if (article !== undefined) node.article = article;
  return node;
}

export interface VoteInit {
  outcome: VoteOutcome;
  subject?: string;
  counts?: VoteCounts | null;
  namedVotes?: NamedVote[];
  excluded?: string[];
}

export function voteNode(init: VoteInit): VoteJSON {
  return {
    type: 'vote',
    version: 1,
    outcome: init.outcome,
    subject: init.subject ?? 'dem Beschlussantrag',
    counts: init.counts ? { ...init.counts } : null,
    namedVotes: (init.namedVotes ?? []).map((v) => ({ ...v })),
    excluded: [...(init.excluded ?? [])],
  };
}

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;

const isCount = (v: unknown): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_VOTE_COUNT;

/** Field checks for the load-time validator: the name of the first bad field, or null. */
export function speakerFieldError(node: Record<string, unknown>): string | null {
  const ids = node.personIds;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_SPEAKERS_PER_MENTION) {
    return 'personIds';
  }
  if (!ids.every(isId)) return 'personIds';
  if (new Set(ids).size !== ids.length) return 'personIds';
  if (
    node.article !== undefined &&
    !(SPEAKER_ARTICLES as readonly unknown[]).includes(node.article)
  ) {
    return 'article';
  }
  return null;
}

export function voteFieldError(node: Record<string, unknown>): string | null {
  if (!(VOTE_OUTCOMES as readonly unknown[]).includes(node.outcome)) return 'outcome';
  if (typeof node.subject !== 'string' || node.subject.length > MAX_SUBJECT_LENGTH) {
    return 'subject';
  }
  const counts = node.counts;
  if (counts !== null) {
    if (typeof counts !== 'object' || Array.isArray(counts) || counts === undefined) {
      return 'counts';
    }
    const c = counts as Record<string, unknown>;
    if (!isCount(c.yes) || !isCount(c.no) || !isCount(c.abstain)) return 'counts';
  }
  const named = node.namedVotes;
  if (!Array.isArray(named) || named.length > MAX_NAMED_VOTES) return 'namedVotes';
  for (const entry of named) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'namedVotes';
    const e = entry as Record<string, unknown>;
    if (!isId(e.personId)) return 'namedVotes';
    if (!(VOTE_CHOICES as readonly unknown[]).includes(e.vote)) return 'namedVotes';
  }
  const excluded = node.excluded;
  if (!Array.isArray(excluded) || excluded.length > MAX_NAMED_VOTES || !excluded.every(isId)) {
    return 'excluded';
  }
  return null;
}

/**
 * The content tree's union (nodes.ts) lists Lexical's own node types; the protocol nodes are
 * decorators beside them with the same serialized base. One documented widening, so builders
 * can put them into paragraphs and sections.
 */
export function asContentNode(node: SpeakerJSON | VoteJSON): ContentNode {
  return node as unknown as ContentNode;
}
