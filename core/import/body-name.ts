import type { Body } from '../model/schema';

/**
 * OParl's Organization.shortName is an abbreviation ("HFA", "GR"); the minutes need the body as
 * it stands in a sentence ("Der Hauptausschuss stimmt … zu"). It is derived from the name:
 * the head noun with its article, when the noun's gender can be told from its ending.
 */

const ARTICLES: [RegExp, string][] = [
  [/(rat|ausschuss|ausschuß|beirat|tag|senat|vorstand|kreis|konvent)$/i, 'Der'],
  [/(vertretung|versammlung|kommission|konferenz|runde|deputation)$/i, 'Die'],
  [/(gremium|kollegium|parlament|forum|plenum|komitee)$/i, 'Das'],
];

/** "Ausschuss für Umwelt und Technik" → "Der Ausschuss"; "" when it cannot be told. */
export function runningTextName(name: string): string {
  const head = name
    .trim()
    .split(/\s+(?:der|des|für|fuer|im|in|zur|zum|von)\s+|[,(–]/i)[0]!
    .trim();
  const words = head.split(/\s+/).filter(Boolean);
  const articleOf = (noun: string) => ARTICLES.find(([pattern]) => pattern.test(noun))?.[1];
  // "Bau- und Umweltausschuss": the last word carries the gender and the whole head is kept.
  const last = articleOf(words[words.length - 1] ?? '');
  if (last) return `${last} ${head}`;
  const first = articleOf(words[0] ?? '');
  return first ? `${first} ${words[0]}` : '';
}

export function bodyKind(
  name: string,
  classification: string,
  organizationType: string,
): Body['kind'] {
  const words = `${name} ${classification} ${organizationType}`.toLowerCase();
  return /ausschu|beirat|kommission/.test(words) ? 'committee' : 'council';
}

/**
 * The body's name after "Sitzung"/"Mitglied": "Finanzausschuss" → "des Finanzausschusses",
 * "Ausschuss für Umwelt und Technik" → "des Ausschusses für Umwelt und Technik",
 * "Stadtverordnetenversammlung" → "der Stadtverordnetenversammlung"; "" when the gender of the
 * head noun cannot be told.
 */
export function genitiveName(name: string): string {
  const trimmed = name.trim();
  const article = runningTextName(trimmed).split(' ')[0];
  if (!article) return '';
  if (article === 'Die') return `der ${trimmed}`;
  const [head, ...rest] = trimmed.split(/\s+/);
  const ending = /(ss|ß|s|x|z)$/.test(head!) ? 'es' : 's';
  return ['des', `${head}${ending}`, ...rest].join(' ');
}
