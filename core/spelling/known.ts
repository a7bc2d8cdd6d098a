import type { ProtocolDocument } from '../model/schema';
import { wordsOf } from './words';

/**
 * Words of the minutes that are right whatever a dictionary says: the roster's names (with
 * their units and groups), the body's name and short name, the place, and the references of
 * the items (Drucksache, Geschäftszeichen). Hyphenated names count whole and in their parts.
 */
export function knownWords(document: ProtocolDocument, own: readonly string[] = []): string[] {
  const sources: string[] = [
    document.body.name,
    document.body.shortName,
    document.meeting.place,
    ...document.people.flatMap((p) => [
      p.givenName,
      p.familyName,
      p.title,
      p.honorific,
      p.group,
      p.unit,
      p.role,
    ]),
    ...document.items.flatMap((i) => [i.paperRef, i.fileRef]),
  ];
  const words = new Set<string>(own);
  for (const source of sources) {
    for (const { word } of wordsOf(source ?? '')) {
      words.add(word);
      for (const part of word.split('-')) if (part) words.add(part);
    }
    // References such as "288/2018" or "AKR 0410-00" are known as written.
    for (const token of (source ?? '').split(/\s+/)) if (/\d/.test(token)) words.add(token);
  }
  return [...words].sort();
}
