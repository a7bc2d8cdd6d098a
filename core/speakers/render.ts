import type { SpeakerArticle } from '../content/nodes-protocol';
import { findPerson } from '../model/fields';
import type { Person, ProtocolDocument } from '../model/schema';
import { jointMention, mentionName } from '../style/names';

/** Printed where a mention names a person the roster no longer has; the check flags it too. */
export const UNKNOWN_PERSON = '[unbekannte Person]';

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}

/**
 * The words of a speaker mention in the house style. `mentioned` is the per-item set of people
 * named so far: the first mention carries the group or unit, later ones do not. The set is
 * updated, so callers walk an item in reading order and share one set per item.
 */
export function speakerText(
  document: ProtocolDocument,
  personIds: readonly string[],
  mentioned: Set<string>,
  article: SpeakerArticle = 'Die',
): string {
  const resolved = personIds.map((id) => findPerson(document, id));
  const entries = resolved.map((person, index) => ({
    id: personIds[index]!,
    person,
    first: !mentioned.has(personIds[index]!),
  }));
  for (const entry of entries) if (entry.person) mentioned.add(entry.id);

  const known = entries.filter((e): e is typeof e & { person: Person } => e.person !== undefined);
  if (known.length === entries.length) {
    const text = jointMention(known);
    // jointMention starts a shared plural title with "Die"; the sentence may want another.
    if (article !== 'Die' && text.startsWith('Die ')) {
      return article ? `${article} ${text.slice(4)}` : text.slice(4);
    }
    return text;
  }
  // Someone is missing: name everyone one by one, so the gap shows where it is.
  return joinNames(
    entries.map((e) => (e.person ? mentionName(e.person, e.first) : UNKNOWN_PERSON)),
  );
}

/** The ids of a mention that the roster does not have. */
export function unknownSpeakerIds(
  document: ProtocolDocument,
  personIds: readonly string[],
): string[] {
  return personIds.filter((id) => findPerson(document, id) === undefined);
}
