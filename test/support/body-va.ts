import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gremiumFromDocument, serializeGremium, type Gremium } from '../../core/body/gremium';
import { parseProtokoll } from '../../core/file/format';
import type { Person } from '../../core/model/schema';
import { STUTTGART_EXAMPLE } from './seed';
import { councillor } from './test-meeting';

/**
 * The body file (.gremium) of the Verwaltungsausschuss the clerk keeps for the term: the body
 * and the people of the reference example (chair, clerk, the members and staff who speak at
 * TOP 12) and twelve further members, invented, so that the "@" typeahead chooses among a
 * committee-sized roster and has to tell Reiners from Reinhardt, Perc from Peters, Deparnay-
 * Grunenberg from Dreher, Urbat from Ulrich. Made once per term, not per item: the keys of
 * making it are not the item's.
 */

/** A Stuttgart member: a councillor of test-meeting's shape, addressed as StR or StRin. */
const member = (id: string, honorific: string, familyName: string, group: string): Person =>
  councillor(id, familyName, group, honorific === 'StRin', { honorific, formOfAddress: '' });

export const INVENTED_MEMBERS: Person[] = [
  member('p-albrecht', 'StRin', 'Albrecht', 'CDU'),
  member('p-baumann', 'StR', 'Baumann', 'SPD'),
  member('p-dreher', 'StRin', 'Dreher', '90/GRÜNE'),
  member('p-peters', 'StR', 'Peters', 'FDP'),
  member('p-reinhardt', 'StR', 'Reinhardt', 'Freie Wähler'),
  member('p-ulrich', 'StRin', 'Ulrich', 'AfD'),
  member('p-hofmann', 'StR', 'Hofmann', 'CDU'),
  member('p-kienzle', 'StRin', 'Kienzle', '90/GRÜNE'),
  member('p-maier', 'StR', 'Maier', 'SPD'),
  member('p-schaefer', 'StRin', 'Schäfer', 'SÖS-LINKE-PluS'),
  member('p-winter', 'StR', 'Winter', 'CDU'),
  member('p-lehmann', 'StRin', 'Lehmann', 'FDP'),
];

export function vaBody(): Gremium {
  const example = parseProtokoll(readFileSync(STUTTGART_EXAMPLE, 'utf8'), STUTTGART_EXAMPLE);
  const gremium = gremiumFromDocument(example);
  return { ...gremium, people: [...gremium.people, ...INVENTED_MEMBERS] };
}

/** Writes the body file into `dir`; returns its path. */
export async function writeVaBody(dir: string): Promise<string> {
  const path = join(dir, 'Verwaltungsausschuss.gremium');
  await writeFile(path, serializeGremium(vaBody()));
  return path;
}
