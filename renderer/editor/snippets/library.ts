import type { Snippet, SnippetSet } from '../../../core/snippets/model';

/**
 * The clerk's snippets as the editor uses them: the set in use and how to store, export and
 * import it. The workspace owns it (useSnippets over the host) and hands it to every editor;
 * the slash menu lists `set.snippets`, the snippet dialog edits them.
 */
export interface SnippetLibrary {
  /** The set in use: the stored one, or the starter set while nothing is stored. */
  set: SnippetSet;
  ready: boolean;
  /** Why loading failed, in the user's language; the starter set is used meanwhile. */
  error: string | null;
  /** Stores the whole set (the host validates it and refuses it with a message). */
  save(set: SnippetSet): Promise<SnippetSet>;
  /** Writes the stored set as a portable snippet file. */
  exportTo(path: string): Promise<void>;
  /** Reads a portable snippet file; nothing is stored until `save`. */
  importFrom(path: string): Promise<SnippetSet>;
  /** A native save dialog for the export file (Electron); absent in the browser mode. */
  chooseExportPath?: () => Promise<string | null>;
  /** What the path fields start with: a file in the user's documents folder. */
  suggestedPath: string;
}

/** The snippets of `imported` over `current`: same id replaced, new ones appended. */
export function mergeSnippetSets(current: SnippetSet, imported: SnippetSet): SnippetSet {
  const incoming = new Map(imported.snippets.map((s) => [s.id, s]));
  const merged: Snippet[] = current.snippets.map((s) => incoming.get(s.id) ?? s);
  const known = new Set(current.snippets.map((s) => s.id));
  for (const s of imported.snippets) if (!known.has(s.id)) merged.push(s);
  return { ...current, snippets: merged };
}
