import { emptyContent } from '../content/build';
import type { AgendaItem, Attendance, ProtocolDocument } from '../model/schema';

/**
 * The publishable view of minutes: what may leave the administration (a published PDF, the
 * OParl export, a Beschlussbuch open to inspection). Every exporter that publishes goes through
 * this one function, so the rules live in one place:
 * - public items as they are; non-public items either left out or kept as a bare placeholder
 *   (number only: no title, paper, rapporteur, text, vote or speaker);
 * - absences without their reason ("krank" is health data): excused prints "entschuldigt",
 *   not excused "unentschuldigt", nothing more;
 * - arrivals and departures that point at a non-public item point at the public item they
 *   mean, or go;
 * - staff and guests who were present only for non-public items are not named;
 * - nothing of the review: no comments, no versions (they hold the whole text), no chair's
 *   remarks, and no corrections that name a non-public item or no item at all.
 * Signatures stay: they hold hashes and names, no text.
 */

/** How non-public items appear: a numbered placeholder ("TOP 7 – nichtöffentlich") or not at all. */
export type NonPublicMode = 'list' | 'omit';

export interface PublicViewOptions {
  nonPublic?: NonPublicMode;
}

/** The layout's choice for the public version; "list" unless the template says "omit". */
export function nonPublicModeOf(document: ProtocolDocument): NonPublicMode {
  const mode = (document.layout as { publicVersion?: { nonPublicItems?: unknown } }).publicVersion
    ?.nonPublicItems;
  return mode === 'omit' ? 'omit' : 'list';
}

/** True when the item is a bare placeholder made by publicView (its text is gone). */
export function isNonPublicPlaceholder(item: AgendaItem): boolean {
  return !item.public;
}

/** The title a placeholder carries (an OParl agenda item needs a name). */
export const NON_PUBLIC_TITLE = 'nichtöffentlich';

function placeholder(item: AgendaItem): AgendaItem {
  // Only the known fields, rebuilt: extra properties of the loose schema (an OParl id, a
  // field of a newer version) could carry anything.
  return {
    id: item.id,
    number: item.number,
    title: NON_PUBLIC_TITLE,
    public: false,
    paperRef: '',
    fileRef: '',
    rapporteur: '',
    treatment: '',
    minutesNumber: '',
    content: emptyContent(),
    // The source system's id (an OParl import) lets a consumer match the item; it is an
    // address, no content.
    ...(typeof item.oparlId === 'string' ? { oparlId: item.oparlId } : {}),
  };
}

/** The note of a member present only while non-public items were dealt with. */
export const ONLY_NON_PUBLIC_NOTE = 'im öffentlichen Teil nicht anwesend';

/**
 * Presence when non-public items are left out: an arrival at a non-public item means present
 * from the next public item on; a departure after one, present up to the last public item
 * before it (or through the whole public part when no public item follows). Someone present
 * for non-public items only is, for the public part, not there, and is shown so.
 * With placeholders (list mode) the references stay: they name only a number that is listed.
 */
function remapPresence(
  a: Attendance,
  full: readonly AgendaItem[],
  mode: NonPublicMode,
): Attendance {
  const base = { personId: a.personId, status: a.status, reason: '' };
  if (mode === 'list') {
    return { ...base, arrivedAtItem: a.arrivedAtItem, leftAfterItem: a.leftAfterItem };
  }
  const publicItems = full.filter((i) => i.public);
  if (a.status === 'present' && !presentAtAny(a, publicItems, full)) {
    return {
      ...base,
      status: 'absent',
      reason: ONLY_NON_PUBLIC_NOTE,
      arrivedAtItem: '',
      leftAfterItem: '',
    };
  }
  const index = new Map(full.map((item, i) => [item.id, i]));
  let arrived = a.arrivedAtItem;
  let left = a.leftAfterItem;
  const arrivedAt = arrived ? index.get(arrived) : undefined;
  if (arrivedAt !== undefined && !full[arrivedAt]!.public) {
    arrived = full.find((item, i) => i > arrivedAt && item.public)?.id ?? '';
  }
  const leftAt = left ? index.get(left) : undefined;
  if (leftAt !== undefined && !full[leftAt]!.public) {
    const publicAfter = full.some((item, i) => i > leftAt && item.public);
    const before = full.slice(0, leftAt).filter((item) => item.public);
    left = publicAfter ? (before[before.length - 1]?.id ?? '') : '';
  }
  const kept = new Set(publicItems.map((i) => i.id));
  return {
    ...base,
    arrivedAtItem: arrived && kept.has(arrived) ? arrived : '',
    leftAfterItem: left && kept.has(left) ? left : '',
  };
}

/** Whether a person is present at any of the given items (no attendance entry: present). */
function presentAtAny(
  a: Attendance | undefined,
  items: readonly AgendaItem[],
  all: readonly AgendaItem[],
) {
  if (!a) return true;
  if (a.status !== 'present') return false;
  const index = new Map(all.map((item, i) => [item.id, i]));
  const from = a.arrivedAtItem ? index.get(a.arrivedAtItem) : undefined;
  const until = a.leftAfterItem ? index.get(a.leftAfterItem) : undefined;
  return items.some((item) => {
    const i = index.get(item.id)!;
    return !(from !== undefined && i < from) && !(until !== undefined && i > until);
  });
}

/** "TOP 7", "TOP 3.1" named in a correction's "concerns". */
function namedItems(text: string): string[] {
  return [...text.matchAll(/TOP\s*([\w.]+)/gi)].map((m) => m[1]!.replace(/\.$/, ''));
}

export function publicView(
  document: ProtocolDocument,
  options: PublicViewOptions = {},
): ProtocolDocument {
  // In the per-item form every item is a Niederschrift of its own: a placeholder would be an
  // empty document, so non-public items are always left out there.
  const mode: NonPublicMode =
    document.form === 'per-item' ? 'omit' : (options.nonPublic ?? nonPublicModeOf(document));
  const publicItems = document.items.filter((i) => i.public);
  const items =
    mode === 'omit'
      ? publicItems.slice()
      : document.items.map((i) => (i.public ? i : placeholder(i)));
  const byPerson = new Map(document.attendance.map((a) => [a.personId, a]));

  const publicText = JSON.stringify(publicItems.map((i) => i.content));
  const named = new Set<string>([
    document.meeting.chairId,
    document.meeting.clerkId,
    ...document.rules.signatories.map((s) => s.personId),
  ]);
  const people = document.people.filter(
    (p) =>
      p.kind === 'member' ||
      named.has(p.id) ||
      presentAtAny(byPerson.get(p.id), publicItems, document.items) ||
      // Named in a public item's text (a mention holds the person's id).
      publicText.includes(JSON.stringify(p.id)),
  );
  const peopleIds = new Set(people.map((p) => p.id));
  const attendance = document.attendance
    .filter((a) => peopleIds.has(a.personId))
    .map((a) => remapPresence(a, document.items, mode));

  const publicNumbers = new Set(publicItems.map((i) => i.number.trim()));
  const corrections = document.corrections.filter((c) => {
    const numbers = namedItems(c.concerns);
    return numbers.length > 0 && numbers.every((n) => publicNumbers.has(n));
  });

  return {
    ...document,
    people,
    attendance,
    items,
    workflow: { state: document.workflow.state, history: [] },
    comments: [],
    versions: [],
    corrections,
  };
}

/** True when the document has anything to publish (at least one public item). */
export function hasPublicPart(document: ProtocolDocument): boolean {
  return document.items.some((i) => i.public);
}
