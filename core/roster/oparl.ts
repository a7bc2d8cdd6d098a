import { UserError } from '../errors';
import { scanJson } from '../file/json-scan';
import {
  activeAt,
  checkEntries,
  entriesOf,
  firstForm,
  honorificFor,
  idOf,
  isChairRole,
  isRecord,
  OParlIndex,
  personFrom,
  PLAIN_MEMBER_ROLE,
  refId,
  Resolver,
  text,
  type OParlObject,
} from '../import/oparl';
import { emptyPerson } from '../model/ops/people';
import type { RosterEntry } from './entry';

const MAYOR = /^(ober)?b(ü|ue)rgermeister(in)?$/i;

/** "Oberbürgermeister" → "OB", "Bürgermeisterin" → "BMin". */
function mayorTitle(role: string): string {
  return `${/^ober/i.test(role) ? 'OB' : 'BM'}${/in$/i.test(role) ? 'in' : ''}`;
}

/**
 * A roster from OParl 1.0/1.1 Person, Membership and Organization objects (a body's members as a
 * council information system exports them), in any of the shapes the agenda import reads. The
 * body is the file's only Organization with members, or the one named by `organizationId`;
 * memberships are those active on `date` (all, without a date). Persons without a membership
 * come as guests, or as staff where our own export said so.
 */
export function rosterFromOparl(
  json: string,
  file: string,
  options: { date?: string; organizationId?: string } = {},
): RosterEntry[] {
  const body = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  if (scanJson(body)?.kind === 'tooDeep') throw new UserError('file.tooDeep', { file });
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'JSON';
    throw new UserError('import.oparl.notJson', { file, detail });
  }
  const entries = entriesOf(raw, file);
  checkEntries(entries, file);
  const index = new OParlIndex();
  index.add(entries);
  const resolver = new Resolver(index);
  const persons = index.ofType('Person');
  if (persons.length === 0) throw new UserError('roster.oparl.noPersons', { file });

  // Memberships listed on their own and embedded in their person (who is then their owner).
  const memberships: { membership: OParlObject; personRef: unknown }[] = [];
  const seen = new Set<string>();
  for (const person of persons) {
    for (const entry of Array.isArray(person.membership) ? person.membership : []) {
      const id = refId(entry);
      const object = id ? (index.byId.get(id)?.object ?? entry) : entry;
      if (!isRecord(object) || (id && seen.has(id))) continue;
      if (id) seen.add(id);
      memberships.push({ membership: object, personRef: object.person ?? idOf(person) });
    }
  }
  for (const m of index.ofType('Membership')) {
    if (seen.has(idOf(m))) continue;
    seen.add(idOf(m));
    memberships.push({ membership: m, personRef: m.person });
  }
  const active = memberships.filter(({ membership }) => activeAt(membership, options.date ?? ''));
  const organizations = new Set(active.map(({ membership }) => refId(membership.organization)));
  let organizationId = options.organizationId ?? '';
  if (!organizationId) {
    if (organizations.size > 1) {
      const names = [...organizations].map((id) => {
        const found = id ? index.byId.get(id) : undefined;
        return found ? text(found.object, 'name') || id : id;
      });
      throw new UserError('roster.oparl.severalBodies', {
        file,
        bodies: names.slice(0, 5).join(', '),
      });
    }
    organizationId = [...organizations][0] ?? '';
  }

  const result = new Map<string, RosterEntry>();
  const entryFor = (object: OParlObject): RosterEntry => {
    const key = idOf(object);
    let entry = result.get(key);
    if (!entry) {
      const person = personFrom(object, key, { type: 'Person', id: key });
      const { id: _id, oparlId, ...fields } = person;
      entry = {
        fields: { ...emptyPerson(fields.kind), ...fields },
        oparlId,
        source: key,
        chair: false,
      };
      result.set(key, entry);
    }
    return entry;
  };
  for (const object of persons) entryFor(object);
  for (const { membership, personRef } of active) {
    if (refId(membership.organization) !== organizationId) continue;
    const from = { type: 'Membership', id: idOf(membership) };
    const object = resolver.resolve(from, 'person', personRef, 'Person');
    // A membership of a person the file does not hold names nobody to add.
    if (!object) continue;
    const entry = entryFor(object);
    const role = firstForm(text(membership, 'role'));
    let group = '';
    if (membership.onBehalfOf !== undefined && membership.onBehalfOf !== null) {
      const party = resolver.resolve(from, 'onBehalfOf', membership.onBehalfOf, 'Organization');
      group = party ? text(party, 'shortName') || text(party, 'name') : '';
    }
    const f = entry.fields;
    f.kind = 'member';
    f.group ||= group || (isChairRole(role) || PLAIN_MEMBER_ROLE.test(role) ? '' : role);
    f.role ||= role || 'Mitglied';
    f.honorific ||=
      honorificFor(role, f.formOfAddress) || (MAYOR.test(role) ? mayorTitle(role) : '');
    f.votingRight ||= membership.votingRight !== false;
    // The (Ober-)Bürgermeister chairs the council by law (GemO BW § 42, GO NRW § 40 …).
    if (isChairRole(role) || MAYOR.test(role)) entry.chair = true;
  }
  return [...result.values()];
}
