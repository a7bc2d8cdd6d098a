import { addPerson, fieldsOf, updatePerson, type PersonFields } from '../model/ops/people';
import type { Person, ProtocolDocument } from '../model/schema';
import { nameKey, type RosterEntry } from './entry';

/**
 * What a roster file would do to the document's roster, before anything is changed: who is
 * new, who is already there (same OParl id, or the same given and family name) and what would
 * change on them, and who stands in the file twice. Nobody is ever added twice: a duplicate is
 * merged into the person already there when the clerk asks, else left out.
 */

export type DuplicateReason = 'oparlId' | 'name';

export interface RosterDuplicate {
  entry: RosterEntry;
  /** The roster person it matches; null when it matches an earlier row of the same file. */
  existing: Person | null;
  reason: DuplicateReason;
  /** Fields a merge would change on the existing person (filled in or overwritten). */
  changes: (keyof PersonFields)[];
}

export interface RosterPlan {
  added: RosterEntry[];
  duplicates: RosterDuplicate[];
}

const FIELDS: (keyof PersonFields)[] = [
  'kind',
  'formOfAddress',
  'honorific',
  'title',
  'givenName',
  'familyName',
  'group',
  'unit',
  'role',
  'votingRight',
];

function oparlIdOf(person: Person): string {
  return typeof person.oparlId === 'string' ? person.oparlId : '';
}

/** A merge fills in and updates; an empty cell in the file never erases what the roster has. */
function mergedFields(current: PersonFields, incoming: PersonFields): PersonFields {
  const out = { ...current };
  for (const key of FIELDS) {
    const value = incoming[key];
    if (typeof value === 'string' && value.trim() === '') continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

function changesOf(current: PersonFields, incoming: PersonFields): (keyof PersonFields)[] {
  const merged = mergedFields(current, incoming);
  return FIELDS.filter((k) => merged[k] !== current[k]);
}

export function planRosterImport(
  document: ProtocolDocument,
  entries: readonly RosterEntry[],
): RosterPlan {
  const byOparl = new Map<string, Person>();
  const byName = new Map<string, Person>();
  for (const p of document.people) {
    if (oparlIdOf(p)) byOparl.set(oparlIdOf(p), p);
    byName.set(nameKey(p.givenName, p.familyName), p);
  }
  const plan: RosterPlan = { added: [], duplicates: [] };
  const fileOparl = new Set<string>();
  const fileNames = new Set<string>();
  for (const entry of entries) {
    const key = nameKey(entry.fields.givenName, entry.fields.familyName);
    const viaId = entry.oparlId ? byOparl.get(entry.oparlId) : undefined;
    const existing = viaId ?? byName.get(key);
    if (existing) {
      plan.duplicates.push({
        entry,
        existing,
        reason: viaId ? 'oparlId' : 'name',
        changes: changesOf(fieldsOf(existing), entry.fields),
      });
    } else if ((entry.oparlId && fileOparl.has(entry.oparlId)) || fileNames.has(key)) {
      plan.duplicates.push({
        entry,
        existing: null,
        reason: entry.oparlId && fileOparl.has(entry.oparlId) ? 'oparlId' : 'name',
        changes: [],
      });
    } else {
      plan.added.push(entry);
    }
    if (entry.oparlId) fileOparl.add(entry.oparlId);
    fileNames.add(key);
  }
  return plan;
}

export interface RosterApplied {
  document: ProtocolDocument;
  added: number;
  merged: number;
  /** Duplicates left out (not merged, or repeated within the file). */
  skipped: number;
}

/**
 * Carries out a plan: the new people are added (with their OParl id, and the chair of the file
 * becomes the chair where the document has none); duplicates are merged into the person there
 * when `merge` is set, else left out.
 */
export function applyRosterImport(
  document: ProtocolDocument,
  plan: RosterPlan,
  options: { merge: boolean },
): RosterApplied {
  let doc = document;
  let added = 0;
  let merged = 0;
  let skipped = 0;
  let chairId = '';
  for (const entry of plan.added) {
    const result = addPerson(doc, entry.fields, undefined, { allowSameName: true });
    if (!result.ok) {
      skipped++;
      continue;
    }
    doc = result.document;
    if (entry.oparlId) {
      doc = {
        ...doc,
        people: doc.people.map((p) =>
          p.id === result.person.id ? { ...p, oparlId: entry.oparlId } : p,
        ),
      };
    }
    if (entry.chair && !chairId) chairId = result.person.id;
    added++;
  }
  for (const duplicate of plan.duplicates) {
    if (!options.merge || !duplicate.existing) {
      skipped++;
      continue;
    }
    // Already there as the file has it: merged, with nothing to change.
    if (duplicate.changes.length === 0) {
      merged++;
      continue;
    }
    const current = doc.people.find((p) => p.id === duplicate.existing!.id);
    if (!current) continue;
    const result = updatePerson(
      doc,
      current.id,
      mergedFields(fieldsOf(current), duplicate.entry.fields),
    );
    if (!result.ok) {
      skipped++;
      continue;
    }
    doc = result.document;
    if (duplicate.entry.oparlId && !oparlIdOf(current)) {
      doc = {
        ...doc,
        people: doc.people.map((p) =>
          p.id === current.id ? { ...p, oparlId: duplicate.entry.oparlId } : p,
        ),
      };
    }
    merged++;
  }
  if (chairId && doc.meeting.chairId === '') {
    doc = { ...doc, meeting: { ...doc.meeting, chairId } };
  }
  return { document: doc, added, merged, skipped };
}
