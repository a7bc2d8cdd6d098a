import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_FILE = fileURLToPath(
  new URL('../fixtures/seed/stuttgart-va-2018-06-27-top12.txt', import.meta.url),
);
export const STUTTGART_EXAMPLE = fileURLToPath(
  new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
);
export const KLEINWEILER_EXAMPLE = fileURLToPath(
  new URL('../../examples/kleinweiler-gemeinderat-2026-10-14.protokoll', import.meta.url),
);

/**
 * The seed as the minutes hold it: two strings of the web page are not part of the document
 * (the back-to-top link "zum Seitenanfang" and a language marker "de" after the clerk's name).
 */
export function seedText(): string {
  return readFileSync(SEED_FILE, 'utf8')
    .replace('zum Seitenanfang', '')
    .replace('Herr Häbe de', 'Herr Häbe');
}

/** Where the seed's body (after the header) starts. */
export const BODY_START = 'Beratungsunterlage ist die Vorlage';

/** The seed's body lines, in order, blank lines dropped. */
export function seedBodyLines(): string[] {
  const text = seedText();
  return text
    .slice(text.indexOf(BODY_START))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** The header fields of the reference, label and value, in the reference's order. */
export const SEED_HEADER: [string, string][] = [
  ['Protokoll:', 'Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart'],
  ['Niederschrift Nr.', '233'],
  ['TOP:', '12'],
  ['', 'Verhandlung'],
  ['Drucksache:', '288/2018'],
  ['GZ:', 'AKR 0410-00'],
  ['Sitzungstermin:', '27.06.2018'],
  ['Sitzungsart:', 'öffentlich'],
  ['Vorsitz:', 'BM Dr. Mayer'],
  ['Berichterstattung:', '-'],
  ['Protokollführung:', 'Herr Häbe'],
  [
    'Betreff:',
    'Maßnahmenpaket zur Umsetzung der € 4 Mio. Sondermittel für Digitalisierung im Rahmen der Digitalisierungsstrategie StradiS [Digital Move - Stuttgart.Gestaltet.Zukunft]',
  ],
];

/** Whitespace-insensitive text for comparing extracted text with the seed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Asserts that every line appears in `haystack`, in order (each after the previous one).
 * Returns the first line that does not, or null.
 */
export function firstMissingInOrder(haystack: string, lines: string[]): string | null {
  const flat = squash(haystack);
  let position = 0;
  for (const line of lines) {
    const at = flat.indexOf(squash(line), position);
    if (at < 0) return line;
    position = at + squash(line).length;
  }
  return null;
}
