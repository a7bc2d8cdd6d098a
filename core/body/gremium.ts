import { z } from 'zod';
import { UserError } from '../errors';
import { decodeFileText, openEnvelope, parseFileJson, type FileKind } from '../file/envelope';
import { describeIssue, FORMAT_ID } from '../file/format';
import { t, type Lang } from '../i18n/catalog';
import { createId } from '../model/ids';
import { findTemplate } from '../templates/registry';
import { followUpDocument } from './follow-up';
import { instantiateTemplate } from '../templates/instantiate';
import type { Template } from '../templates/schema';
import {
  bodySchema,
  personSchema,
  rulesProfileIdSchema,
  signatorySchema,
  type Person,
  type ProtocolDocument,
} from '../model/schema';

/**
 * The body (Gremium) as a file of its own (".gremium"): what the clerk keeps about a council
 * or committee beyond one meeting — name, kind, rules profile, the people with their terms,
 * chair, clerk and deputies, the default signatories, numbering, standing items, snippet set
 * and keyring. It lives on the file server beside the minutes and is shared by the clerks; new
 * minutes copy it in (core/body/gremium.ts `applyGremium`), so a file of minutes still prints
 * the same everywhere without its body file.
 */

export const GREMIUM_FORMAT = 'protokollant/gremium';
export const GREMIUM_VERSION = 1;
export const GREMIUM_EXTENSION = '.gremium';
/** A body of a big city with its staff is some hundred people: a few hundred KB at most. */
export const MAX_GREMIUM_BYTES = 4 * 1024 * 1024;

const personId = z.string().max(200);

export const gremiumSchema = z.looseObject({
  /** Name, kind, member count, numbering, standing items, deputies, snippet set, keyring. */
  body: bodySchema,
  /** The state law the body follows (core/rules). */
  profile: rulesProfileIdSchema,
  /** The template new minutes of this body start from ("gemeinderat-sitzung"); "" for none. */
  templateId: z.string().max(200).default(''),
  people: z.array(personSchema).max(5_000),
  chairId: personId.default(''),
  clerkId: personId.default(''),
  signatories: z.array(signatorySchema).max(50),
});

export type Gremium = z.infer<typeof gremiumSchema>;

export interface GremiumFile {
  format: typeof GREMIUM_FORMAT;
  schemaVersion: number;
  generator?: string;
  gremium: Gremium;
}

/** The body of a set of minutes, as the clerk keeps it for the next ones. */
export function gremiumFromDocument(document: ProtocolDocument): Gremium {
  return {
    body: structuredClone(document.body),
    profile: document.rules.profile,
    templateId: document.templateId,
    people: structuredClone(document.people),
    chairId: document.meeting.chairId,
    clerkId: document.meeting.clerkId,
    signatories: document.rules.signatories.map((s) => ({ ...s })),
  };
}

/** An empty body to start the editor with. */
export function emptyGremium(): Gremium {
  return {
    body: { name: '', shortName: '', kind: 'council', memberCount: 0 },
    profile: 'custom',
    templateId: '',
    people: [],
    chairId: '',
    clerkId: '',
    signatories: [],
  };
}

/** A file name the user gave without the extension gets it. */
export function withGremiumExtensionName(name: string): string {
  return name.toLowerCase().endsWith(GREMIUM_EXTENSION) ? name : `${name}${GREMIUM_EXTENSION}`;
}

export function serializeGremium(gremium: Gremium, generator = 'Protokollant'): string {
  const file: GremiumFile = {
    format: GREMIUM_FORMAT,
    schemaVersion: GREMIUM_VERSION,
    generator,
    gremium,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

const GREMIUM_KIND: FileKind = {
  format: GREMIUM_FORMAT,
  version: GREMIUM_VERSION,
  messages: {
    noFormat: 'gremium.file.noFormat',
    foreign: 'gremium.file.foreign',
    badVersion: 'gremium.file.badVersion',
    newer: 'gremium.file.newer',
  },
  mistaken: { [FORMAT_ID]: 'gremium.file.isMinutes' },
};

/** Decodes and checks the bytes of a .gremium file; throws a message a clerk can act on. */
export function parseGremiumBytes(bytes: Uint8Array, name: string): Gremium {
  return parseGremium(decodeFileText(bytes, name, MAX_GREMIUM_BYTES), name);
}

export function parseGremium(text: string, name: string): Gremium {
  const { fields } = openEnvelope(parseFileJson(text, name), name, GREMIUM_KIND);
  return validateGremium(fields.gremium, name);
}

/** Where in a body file a problem is, as the clerk thinks of it: "Person 3 › familyName". */
function describeWhere(raw: unknown, path: readonly PropertyKey[], lang: Lang): string {
  const [head, index, ...rest] = path;
  const tail = rest.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.');
  const join = (first: string, more: string) => (more ? `${first} › ${more}` : first);
  if (head === 'people' && typeof index === 'number') {
    const person = (raw as { people?: { familyName?: unknown }[] } | null)?.people?.[index];
    const family =
      typeof person?.familyName === 'string' && person.familyName.length < 80
        ? ` (${person.familyName})`
        : '';
    return join(`${t(lang, 'gremium.where.person', { index: index + 1 })}${family}`, tail);
  }
  if (head === 'signatories' && typeof index === 'number') {
    return join(t(lang, 'gremium.where.signatory', { index: index + 1 }), tail);
  }
  if (head === 'body' && index === 'standingItems' && typeof rest[0] === 'number') {
    const more = rest
      .slice(1)
      .map((p) => String(p))
      .join('.');
    return join(t(lang, 'gremium.where.standingItem', { index: rest[0] + 1 }), more);
  }
  if (head === 'body') {
    return join(
      t(lang, 'gremium.where.body'),
      [index, ...rest]
        .filter((p) => p !== undefined)
        .map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p)))
        .join('.'),
    );
  }
  return path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.') || '–';
}

/**
 * Checks what a body file holds (or what the renderer sends as one): the schema, then that
 * everything naming a person names one of its people, once.
 */
export function validateGremium(raw: unknown, name: string): Gremium {
  const result = gremiumSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError('gremium.file.invalid', {
      file: name,
      where: (lang: Lang) => describeWhere(raw, issue.path, lang),
      detail: (lang: Lang) => describeIssue(issue, lang),
    });
  }
  const gremium = result.data;
  const ids = new Set<string>();
  for (const person of gremium.people) {
    if (ids.has(person.id)) {
      throw new UserError('gremium.file.duplicateId', { file: name, id: person.id });
    }
    ids.add(person.id);
    const term = person.term;
    if (term?.from && term.until && term.until < term.from) {
      throw new UserError('gremium.file.badTerm', {
        file: name,
        name: personLabel(person),
        from: term.from,
        until: term.until,
      });
    }
  }
  const refer = (id: string, where: (lang: Lang) => string) => {
    if (id && !ids.has(id))
      throw new UserError('gremium.file.unknownPerson', { file: name, id, where });
  };
  refer(gremium.chairId, (lang) => t(lang, 'gremium.where.chair'));
  refer(gremium.clerkId, (lang) => t(lang, 'gremium.where.clerk'));
  (gremium.body.deputyIds ?? []).forEach((id, i) =>
    refer(id, (lang) => t(lang, 'gremium.where.deputy', { index: i + 1 })),
  );
  gremium.signatories.forEach((s, i) =>
    refer(s.personId, (lang) => t(lang, 'gremium.where.signatory', { index: i + 1 })),
  );
  return gremium;
}

function personLabel(person: Person): string {
  return [person.title, person.givenName, person.familyName].filter(Boolean).join(' ');
}

/** Whether a person's term covers a date; without a date (not yet known) everyone counts. */
export function inOffice(person: Person, date: string): boolean {
  if (!date || !person.term) return true;
  const { from, until } = person.term;
  return (!from || from <= date) && (!until || until >= date);
}

const nameKey = (p: Person) =>
  `${p.givenName.trim().toLocaleLowerCase('de')}\u0000${p.familyName.trim().toLocaleLowerCase('de')}`;

export interface ApplyOptions {
  /**
   * `replace`: the minutes get exactly the body's people (new minutes: nothing refers to anyone
   * yet). `merge` (default): people are matched by id, then by name, and updated; new ones are
   * added; nobody is removed, since attendance, speakers and votes may name them.
   */
  mode?: 'merge' | 'replace';
  /** The meeting's date (ISO): people whose term does not cover it are not taken. */
  date?: string;
}

export interface ApplyResult {
  document: ProtocolDocument;
  added: number;
  updated: number;
  /** People of the minutes the body does not list (merge): kept as they were. */
  kept: number;
}

/**
 * Copies a body into minutes: the body's data, rules profile, signatories, roster, chair and
 * clerk. Approved or signed minutes are refused: their content is closed (a correction goes
 * into the next minutes).
 */
export function applyGremium(
  document: ProtocolDocument,
  gremium: Gremium,
  options: ApplyOptions = {},
): ApplyResult {
  if (document.workflow.state === 'approved') throw new UserError('review.workflow.readOnly');
  if (document.signatures.length > 0) throw new UserError('review.workflow.signedReadOnly');
  const date = options.date ?? document.meeting.date;
  const mode = options.mode ?? 'merge';
  const taken = gremium.people.filter((p) => inOffice(p, date));
  const existing = mode === 'replace' ? [] : document.people;
  const byId = new Map(existing.map((p) => [p.id, p]));
  const byName = new Map(existing.map((p) => [nameKey(p), p]));
  const used = new Set(existing.map((p) => p.id));
  /** Body id → id in the minutes. */
  const idMap = new Map<string, string>();
  const people: Person[] = existing.map((p) => ({ ...p }));
  let added = 0;
  let updated = 0;
  const matched = new Set<string>();
  for (const person of taken) {
    const same = byId.get(person.id) ?? byName.get(nameKey(person));
    if (same && !matched.has(same.id)) {
      matched.add(same.id);
      idMap.set(person.id, same.id);
      const index = people.findIndex((p) => p.id === same.id);
      people[index] = { ...structuredClone(person), id: same.id };
      updated++;
      continue;
    }
    const id = used.has(person.id) ? createId('p') : person.id;
    used.add(id);
    idMap.set(person.id, id);
    people.push({ ...structuredClone(person), id });
    added++;
  }
  const mapId = (id: string) => (id ? (idMap.get(id) ?? '') : '');
  const keepOr = (fromBody: string, current: string) => {
    const mapped = mapId(fromBody);
    if (mapped) return mapped;
    return people.some((p) => p.id === current) ? current : '';
  };
  const body = structuredClone(gremium.body);
  if (body.deputyIds) body.deputyIds = body.deputyIds.map(mapId).filter(Boolean);
  const next: ProtocolDocument = {
    ...document,
    body,
    rules: {
      ...document.rules,
      profile: gremium.profile,
      signatories: gremium.signatories.map((s, i) => {
        // A place the body leaves open keeps whom these minutes named for it already.
        const before = document.rules.signatories[i];
        const kept =
          mode === 'merge' &&
          before?.role === s.role &&
          people.some((p) => p.id === before.personId)
            ? before.personId
            : '';
        return { ...s, personId: mapId(s.personId) || kept };
      }),
    },
    meeting: {
      ...document.meeting,
      chairId: keepOr(gremium.chairId, document.meeting.chairId),
      clerkId: keepOr(gremium.clerkId, document.meeting.clerkId),
    },
    people,
    attendance:
      mode === 'replace'
        ? document.attendance.filter((a) => people.some((p) => p.id === a.personId))
        : document.attendance,
  };
  return {
    document: next,
    added,
    updated,
    kept: mode === 'replace' ? 0 : existing.length - matched.size,
  };
}

/** The template new minutes of a body start from: the one it names; null when it names none. */
export function templateOfGremium(gremium: Gremium): Template | null {
  if (!gremium.templateId) return null;
  const template = findTemplate(gremium.templateId);
  if (!template) throw new UserError('gremium.unknownTemplate', { id: gremium.templateId });
  return template;
}

/** New minutes of a body: the template's agenda and layout, the body's data and roster. */
export function documentFromGremium(
  gremium: Gremium,
  template: Template,
  date = '',
): ProtocolDocument {
  const fresh = instantiateTemplate(template);
  const base = { ...fresh, meeting: { ...fresh.meeting, date } };
  return applyGremium(base, gremium, { mode: 'replace', date }).document;
}

/**
 * The next minutes from the last ones with the body file leading (Folgesitzung with a
 * Gremium): the body's numbering and standing items, its people in office and signatories
 * replace the last minutes' (members who left are gone, new ones are in).
 */
export function followUpWithGremium(
  previous: ProtocolDocument,
  gremium: Gremium,
  date: string,
): ProtocolDocument {
  const followed = followUpDocument({ ...previous, body: gremium.body }, { date });
  return applyGremium(followed, gremium, { mode: 'replace', date }).document;
}
