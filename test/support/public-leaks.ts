/**
 * What must never reach the public version of the Kleinweiler example (test/support/seed.ts
 * KLEINWEILER_EXAMPLE): words only its non-public items (TOP 7 land, TOP 8 staff) and the
 * health reason of an absence carry. Shared by the CLI's and the app's public-export tests.
 */
export const KLEINWEILER_SECRETS: readonly string[] = [
  'Grundstücksangelegenheit',
  '1187',
  '95,00',
  'Teilfläche',
  'Personalangelegenheit',
  'Herrn M.',
  'Bewerbungen',
  'befangen',
  '44/2026',
  'krank',
];

/** The secret words that `text` contains: none, for a public version. */
export const leaks = (text: string): string[] =>
  KLEINWEILER_SECRETS.filter((word) => text.includes(word));
