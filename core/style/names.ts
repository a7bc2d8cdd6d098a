import type { Person } from '../model/schema';

/**
 * How people are named in minutes, after the reference document's house style:
 * members by official title ("StRin", "BM") and academic title, first mention with their group
 * ("StRin Deparnay-Grunenberg (90/GRÜNE)"), later without; staff with form of address and unit
 * ("Herr Reichert (HauptPersA)").
 */

type NameParts = Pick<Person, 'formOfAddress' | 'honorific' | 'title' | 'familyName'>;

const join = (...parts: string[]): string => parts.filter((p) => p.trim() !== '').join(' ');

/** "BM Dr. Mayer", "Herr Häbe", "StRin Deparnay-Grunenberg". */
export function formalName(person: NameParts): string {
  return join(person.honorific || person.formOfAddress, person.title, person.familyName);
}

/** What stands in brackets on first mention: the group of a member, the unit of staff. */
export function affiliation(person: Pick<Person, 'kind' | 'group' | 'unit'>): string {
  return person.kind === 'member' ? person.group || person.unit : person.unit || person.group;
}

/** "StR Perc (SPD)" on first mention, "StR Perc" afterwards. */
export function mentionName(person: Person, first: boolean): string {
  const name = formalName(person);
  const bracket = affiliation(person);
  return first && bracket ? `${name} (${bracket})` : name;
}

/** Full name for lists of attendance: "Dr. Klaus Reiners (CDU)". */
export function listName(person: Person): string {
  const name = join(person.title, person.givenName, person.familyName);
  const bracket = affiliation(person);
  return bracket ? `${name} (${bracket})` : name;
}

/** Plural of official titles for joint mentions: "Die StRe …". */
const PLURAL_HONORIFIC: Record<string, string> = {
  StR: 'StRe',
  StRin: 'StRe',
  BM: 'BMe',
  BMin: 'BMe',
  GR: 'GRe',
  GRin: 'GRe',
};

/**
 * Several speakers together: "Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und
 * Perc (SPD)". When they share an official title, it is said once in the plural; otherwise each
 * is named in full. `first` tells for each person whether this is their first mention.
 */
export function jointMention(people: { person: Person; first: boolean }[]): string {
  if (people.length === 0) return '';
  if (people.length === 1) return mentionName(people[0]!.person, people[0]!.first);
  const plurals = new Set(people.map(({ person }) => PLURAL_HONORIFIC[person.honorific] ?? ''));
  const shared = plurals.size === 1 ? [...plurals][0]! : '';
  const names = people.map(({ person, first }) => {
    const name = shared ? join(person.title, person.familyName) : formalName(person);
    const bracket = affiliation(person);
    return first && bracket ? `${name} (${bracket})` : name;
  });
  const list = `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
  return shared ? `Die ${shared} ${list}` : list;
}
