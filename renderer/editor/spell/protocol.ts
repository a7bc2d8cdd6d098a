/** Messages between the editor and the spell worker. */
export type SpellRequest =
  | { type: 'init'; dictionaries: { lang: 'de' | 'en'; aff: string; dic: string }[] }
  /** Words that are right whatever the dictionary says: roster, body, the user's own list. */
  | { type: 'known'; words: string[] }
  | { type: 'check'; id: number; words: string[] };

export type SpellReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'checked'; id: number; wrong: string[] };
