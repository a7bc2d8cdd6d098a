import type { ContentNode, NodeJSONBase } from '../../core/content/nodes';
import { isSpeakerNode, isVoteNode } from '../../core/content/nodes-protocol';
import { contentToPlainText } from '../../core/content/walk';
import type { MessageKey } from '../../core/i18n/catalog';
import type {
  AgendaItem,
  ProtocolDocument,
  Signatory,
  Signature,
  Version,
  WorkflowState,
} from '../../core/model/schema';
import { canonicalJson } from '../../core/review/canonical';
import { signableContent } from '../../core/review/content';
import { diffItems, type DiffOp, type ItemDiff } from '../../core/review/diff';
import { resolveSuggestions } from '../../core/review/suggestions';
import { contentEditable } from '../../core/review/workflow';
import { speakerText } from '../../core/speakers/render';
import { formalName } from '../../core/style/names';
import { voteLines } from '../../core/votes/render';
import { eligiblePeople } from '../../core/review/eligibility';

/**
 * The review state of a document as the UI needs it, computed from the model alone (pure, so
 * the workspace, the frame and tests agree on what "read-only" means).
 */
export interface ReviewState {
  state: WorkflowState;
  /** The text may not change: approved, or signed by at least one person. */
  readOnly: boolean;
  /** Why it is read-only, as a catalog key for the banner; null when editable. */
  readOnlyReason: 'review.workflow.readOnly' | 'review.workflow.signedReadOnly' | null;
  signed: number;
  required: number;
}

export function reviewState(document: ProtocolDocument): ReviewState {
  const editable = contentEditable(document);
  const state = document.workflow.state;
  return {
    state,
    readOnly: !editable,
    readOnlyReason: editable
      ? null
      : state === 'approved'
        ? 'review.workflow.readOnly'
        : 'review.workflow.signedReadOnly',
    signed: new Set(document.signatures.map((s) => s.slot)).size,
    required: document.rules.signatories.length,
  };
}

/** The version taken when the draft was last sent for review, if it ever was. */
export function lastReviewVersion(document: ProtocolDocument): Version | null {
  for (let i = document.versions.length - 1; i >= 0; i--) {
    const version = document.versions[i]!;
    if (version.reason === 'state' && version.state === 'review') return version;
  }
  return null;
}

/** The minutes as a version froze them; null when its content cannot be read. */
export type Snapshot = Pick<ProtocolDocument, 'items' | 'people'> & Record<string, unknown>;

export function snapshotOf(version: Version): Snapshot | null {
  try {
    const parsed = JSON.parse(version.content) as Record<string, unknown>;
    if (!Array.isArray(parsed.items)) return null;
    return {
      ...parsed,
      items: parsed.items as AgendaItem[],
      people: (Array.isArray(parsed.people) ? parsed.people : []) as ProtocolDocument['people'],
    };
  } catch {
    return null;
  }
}

export function snapshotOfDocument(document: ProtocolDocument): Snapshot {
  return signableContent(document) as Snapshot;
}

/**
 * An item's text as the chair reads it, speakers and votes worded as in print (the plain text
 * would drop them, and a changed speaker is a change worth seeing).
 */
function itemTextIn(snapshot: Snapshot): (item: AgendaItem) => string {
  const document = snapshot as unknown as ProtocolDocument;
  return (item) => {
    const mentioned = new Set<string>();
    const custom = (content: ContentNode): string | null => {
      // Speakers and votes are not in ContentNode's union: read them as plain JSON nodes.
      const node = content as NodeJSONBase;
      if (isSpeakerNode(node)) return speakerText(document, node.personIds, mentioned);
      if (isVoteNode(node)) return voteLines(document, node, mentioned).join(' ');
      return null;
    };
    return [`TOP ${item.number}: ${item.title}`, contentToPlainText(item.content, custom)].join(
      '\n',
    );
  };
}

const OTHER_PARTS = ['body', 'layout', 'rules', 'meeting', 'people', 'attendance'] as const;

export interface SnapshotDiff {
  items: ItemDiff[];
  /** Parts outside the items that changed, as catalog keys ("Sitzungsangaben"). */
  otherParts: MessageKey[];
  inserted: number;
  deleted: number;
}

/** Per item, word by word, what changed from `before` to `after`; and which other parts did. */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const beforeItems = new Set<AgendaItem>(before.items);
  const textBefore = itemTextIn(before);
  const textAfter = itemTextIn(after);
  const items = diffItems(before.items, after.items, (item) =>
    beforeItems.has(item) ? textBefore(item) : textAfter(item),
  );
  let inserted = 0;
  let deleted = 0;
  for (const item of items) {
    for (const op of item.ops) {
      const words = op.text.split(' ').length;
      if (op.kind === 'insert') inserted += words;
      if (op.kind === 'delete') deleted += words;
    }
  }
  const otherParts = OTHER_PARTS.filter(
    (key) => canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null),
  ).map((key) => `review.place.${key}` as MessageKey);
  return { items, otherParts, inserted, deleted };
}

export type Segment = DiffOp | { kind: 'gap'; words: number };

/**
 * Long unchanged runs shortened to a few words on either side of a change, so a changed word in
 * a long debate is found at a glance. A run before the first or after the last change keeps only
 * the side that touches it.
 */
export function condense(ops: readonly DiffOp[], context = 12): Segment[] {
  const out: Segment[] = [];
  ops.forEach((op, index) => {
    if (op.kind !== 'equal') {
      out.push(op);
      return;
    }
    const words = op.text.split(' ');
    const keepStart = index > 0 ? context : 0;
    const keepEnd = index < ops.length - 1 ? context : 0;
    if (words.length <= keepStart + keepEnd + 3) {
      out.push(op);
      return;
    }
    if (keepStart > 0) out.push({ kind: 'equal', text: words.slice(0, keepStart).join(' ') });
    out.push({ kind: 'gap', words: words.length - keepStart - keepEnd });
    if (keepEnd > 0) out.push({ kind: 'equal', text: words.slice(-keepEnd).join(' ') });
  });
  return out;
}

/** The name of a roster person as minutes write it ("BM Dr. Mayer"), or ''. */
export function personName(document: Pick<ProtocolDocument, 'people'>, personId: string): string {
  const person = document.people.find((p) => p.id === personId);
  return person ? formalName(person) : '';
}

export interface SlotStatus {
  index: number;
  slot: Signatory;
  /** Who is meant to sign here, by name ('' when the place names nobody yet). */
  intended: string;
  signature: Signature | null;
}

export function slotStatuses(document: ProtocolDocument): SlotStatus[] {
  return document.rules.signatories.map((slot, index) => ({
    index,
    slot,
    intended: personName(document, slot.personId),
    signature: document.signatures.find((s) => s.slot === index) ?? null,
  }));
}

/**
 * Who the current user probably is for a place: the place's own person, else the roster person
 * whose name the user signs with, else nobody (the dialog asks).
 */
export function personForSlot(document: ProtocolDocument, slot: number, userName: string): string {
  const place = document.rules.signatories[slot];
  if (!place) return '';
  if (place.personId) return place.personId;
  const wanted = userName.trim();
  const taken = new Set(document.signatures.map((s) => s.personId));
  const match = document.people.find((p) => formalName(p) === wanted && !taken.has(p.id));
  return match?.id ?? '';
}

/**
 * Who may be designated for an open place: only those the host would let sign it (members who
 * took part for a member place, nobody absent the whole meeting, nobody signing elsewhere).
 */
export function candidatesForSlot(document: ProtocolDocument, slot: number) {
  return eligiblePeople(document, slot);
}

/** The label of a step in the history: "Zur Prüfung gesendet", "Zurückgegeben", "Freigegeben". */
export function historyKey(entry: { to: WorkflowState }): MessageKey {
  if (entry.to === 'review') return 'reviewUi.history.sent';
  if (entry.to === 'approved') return 'reviewUi.history.approved';
  return 'reviewUi.history.returned';
}

export interface SuggestionDecision {
  itemId: string;
  /** The suggestions decided; 'all' for every suggestion of the item. */
  ids: readonly string[] | 'all';
  action: 'accept' | 'reject';
}

/** Applies accept/reject decisions to an item's text; the rest of the document is untouched. */
export function applySuggestionDecision(
  document: ProtocolDocument,
  decision: SuggestionDecision,
): ProtocolDocument {
  const chosen = decision.ids === 'all' ? null : new Set(decision.ids);
  return {
    ...document,
    items: document.items.map((item) =>
      item.id !== decision.itemId
        ? item
        : {
            ...item,
            content: resolveSuggestions(item.content, (id) =>
              chosen === null || chosen.has(id) ? decision.action : null,
            ),
          },
    ),
  };
}

/**
 * Whether `next` leaves the signed content of `previous` as it was. Cheap when the workspace
 * kept the parts it did not touch (the usual case); exact otherwise.
 */
export function sameSignedContent(previous: ProtocolDocument, next: ProtocolDocument): boolean {
  const a = signableContent(previous);
  const b = signableContent(next);
  const differing = Object.keys(a).filter((key) => a[key] !== b[key]);
  if (differing.length === 0) return true;
  return differing.every((key) => canonicalJson(a[key]) === canonicalJson(b[key]));
}
