import type { Snippet } from '../../../core/snippets/model';
import { foldForSearch } from '../../../core/speakers/suggest';

/**
 * The entries of the slash menu: the clerk's snippets and the editor's insert commands, and
 * how a typed query ranks them. Pure, so the ranking is tested without a browser.
 */
export type SlashCommand = 'vote' | 'table' | 'numbered' | 'bullet' | 'heading';

export type SlashEntry =
  | {
      kind: 'snippet';
      key: string;
      title: string;
      shortcut: string;
      preview: string;
      snippet: Snippet;
    }
  | {
      kind: 'command';
      key: string;
      title: string;
      shortcut: string;
      command: SlashCommand;
      keywords: readonly string[];
    };

/** Search words of the commands besides their (translated) titles, German and English. */
export const COMMAND_KEYWORDS: Record<SlashCommand, readonly string[]> = {
  vote: ['abstimmung', 'ergebnis', 'beschluss', 'vote', 'result'],
  table: ['tabelle', 'table'],
  numbered: ['nummerierung', 'liste', 'numbered', 'list'],
  bullet: ['aufzahlung', 'liste', 'bullet', 'list'],
  heading: ['uberschrift', 'heading'],
};

export function snippetEntry(snippet: Snippet): SlashEntry {
  return {
    kind: 'snippet',
    key: `snippet:${snippet.id}`,
    title: snippet.name,
    shortcut: snippet.shortcut ?? '',
    preview: snippet.text,
    snippet,
  };
}

function score(entry: SlashEntry, query: string): number {
  if (query === '') return 1;
  const shortcut = foldForSearch(entry.shortcut);
  const title = foldForSearch(entry.title);
  if (shortcut !== '' && shortcut === query) return 100;
  if (shortcut.startsWith(query)) return 80;
  if (title.startsWith(query)) return 70;
  if (title.split(/[\s\-–/()]+/).some((word) => word.startsWith(query))) return 60;
  if (entry.kind === 'command' && entry.keywords.some((k) => k.startsWith(query))) return 50;
  if (query.length >= 3 && title.includes(query)) return 30;
  return 0;
}

/**
 * The entries that match `query`, best first; ties keep the given order (snippets as the
 * clerk arranged them, then the commands). At most `limit`.
 */
export function filterSlashEntries(
  entries: readonly SlashEntry[],
  query: string,
  limit = 50,
): SlashEntry[] {
  const folded = foldForSearch(query.trim());
  return entries
    .map((entry, index) => ({ entry, index, score: score(entry, folded) }))
    .filter((e) => e.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((e) => e.entry);
}
