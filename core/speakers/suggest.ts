import type { Person, PersonKind } from '../model/schema';
import { formalName, mentionName } from '../style/names';

/**
 * Roster candidates for a typed prefix, for the "@" typeahead: "Per" → StR Perc (SPD).
 * Pure and synchronous, so the editor can call it on every keystroke.
 */

export interface SpeakerSuggestion {
  person: Person;
  /** How the mention will print on first mention: "StR Perc (SPD)". */
  label: string;
  score: number;
}

export interface SuggestOptions {
  /** At most this many candidates (default 8). */
  limit?: number;
  /** People present at the item: ranked before those who are not there. */
  presentIds?: ReadonlySet<string>;
}

/** Lower case without accents, ß as ss: "Groß" and "gross", "Müller" and "muller" meet. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

const KIND_RANK: Record<PersonKind, number> = { member: 0, staff: 1, guest: 2 };

/** How well one typed word matches a person; 0 when it does not. */
function tokenScore(person: Person, token: string): number {
  const family = foldForSearch(person.familyName);
  const given = foldForSearch(person.givenName);
  const familyParts = family.split(/[\s-]+/).filter(Boolean);
  const titles = [person.honorific, person.title, person.formOfAddress]
    .map(foldForSearch)
    .flatMap((t) => t.split(/\s+/))
    .filter(Boolean);
  const affiliations = [person.group, person.unit].map(foldForSearch).filter(Boolean);

  if (family === token) return 120;
  if (family.startsWith(token)) return 100;
  if (familyParts.some((p) => p.startsWith(token))) return 80;
  if (given.startsWith(token)) return 60;
  if (affiliations.some((a) => a === token)) return 40;
  if (affiliations.some((a) => a.startsWith(token))) return 30;
  if (titles.some((t) => t === token || (token.length >= 2 && t.startsWith(token)))) return 20;
  if (token.length >= 3 && family.includes(token)) return 15;
  return 0;
}

export function suggestSpeakers(
  people: readonly Person[],
  query: string,
  options: SuggestOptions = {},
): SpeakerSuggestion[] {
  const limit = options.limit ?? 8;
  const tokens = foldForSearch(query)
    .replace(/^@/, '')
    .split(/[\s,()]+/)
    .filter(Boolean);
  const scored: SpeakerSuggestion[] = [];
  for (const person of people) {
    let score = 0;
    let matchesAll = true;
    for (const token of tokens) {
      const s = tokenScore(person, token);
      if (s === 0) {
        matchesAll = false;
        break;
      }
      score += s;
    }
    if (!matchesAll) continue;
    if (options.presentIds?.has(person.id)) score += 5;
    scored.push({ person, label: mentionName(person, true), score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_RANK[a.person.kind] - KIND_RANK[b.person.kind] ||
      a.person.familyName.localeCompare(b.person.familyName, 'de') ||
      formalName(a.person).localeCompare(formalName(b.person), 'de'),
  );
  return scored.slice(0, Math.max(0, limit));
}
