/**
 * Text snippets (Textbausteine): recurring sentences of the minutes with placeholders that are
 * filled from the document and the item where the snippet is inserted.
 */

export interface Snippet {
  /** Stable id within a set: lower case, digits and hyphens ("abschluss-feststellung"). */
  id: string;
  /** Shown in the slash menu: "Feststellung des Vorsitzes". */
  name: string;
  /** The sentence with placeholders: "Abschließend stellt {Vorsitz} fest:". */
  text: string;
  /** Typed after "/" in the editor: "fest". */
  shortcut?: string;
}

/** The portable file format of a snippet set, so councils can pass their sets around. */
export const SNIPPET_FORMAT_ID = 'protokollant/textbausteine';
export const SNIPPET_FORMAT_VERSION = 1;

export interface SnippetSet {
  format: typeof SNIPPET_FORMAT_ID;
  version: typeof SNIPPET_FORMAT_VERSION;
  name: string;
  snippets: Snippet[];
}

export const MAX_SNIPPET_TEXT = 10_000;
export const MAX_SNIPPETS = 1_000;
export const SHORTCUT_PATTERN = /^[a-z0-9äöüß-]{1,20}$/;
export const SNIPPET_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
