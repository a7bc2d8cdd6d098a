import { contentToPlainText } from '../content/walk';
import type { MessageKey } from '../i18n/catalog';
import type { AgendaItem, ProtocolDocument, Version } from '../model/schema';
import { customText } from '../text/protocol-text';
import { canonicalJson } from './canonical';
import { signableContent } from './content';
import { diffItems, type DiffOp, type ItemDiff } from './diff';

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
 * An item's text as the chair reads it, speakers and votes worded exactly as in print (the
 * plain text would drop them, and a changed speaker is a change worth seeing).
 */
function itemTextIn(snapshot: Snapshot): (item: AgendaItem) => string {
  const document = snapshot as unknown as ProtocolDocument;
  return (item) =>
    [
      `TOP ${item.number}: ${item.title}`,
      contentToPlainText(item.content, customText(document, item)),
    ].join('\n');
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
