import { UserError } from '../errors';
import { jsonErrorPlace, shownFormat } from '../file/envelope';
import { t, type Lang } from '../i18n/catalog';
import {
  MAX_SNIPPETS,
  SNIPPET_FORMAT_ID,
  SNIPPET_FORMAT_VERSION,
  type Snippet,
  type SnippetSet,
} from './model';
import { validateSnippets } from './validate';

/**
 * The portable snippet file: `{"format": "protokollant/textbausteine", "version": 1, "name": …,
 * "snippets": [{id, name, text, shortcut?}]}`. Foreign or newer files are refused with a
 * message that says why; a set is imported whole or not at all.
 */

export function serializeSnippetSet(set: SnippetSet): string {
  const clean: SnippetSet = {
    format: SNIPPET_FORMAT_ID,
    version: SNIPPET_FORMAT_VERSION,
    name: set.name,
    snippets: set.snippets.map((s) => ({
      id: s.id,
      name: s.name,
      text: s.text,
      ...(s.shortcut ? { shortcut: s.shortcut } : {}),
    })),
  };
  return `${JSON.stringify(clean, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field problems of one entry, in the reader's language. */
function entryProblem(entry: unknown): ((lang: Lang) => string) | null {
  if (!isRecord(entry)) return (lang) => t(lang, 'invalid.type', { expected: '{…}' });
  for (const field of ['id', 'name', 'text'] as const) {
    if (typeof entry[field] !== 'string') {
      return (lang) =>
        `${field}: ${t(lang, entry[field] === undefined ? 'invalid.missing' : 'invalid.value')}`;
    }
  }
  if (entry.shortcut !== undefined && typeof entry.shortcut !== 'string') {
    return (lang) => `shortcut: ${t(lang, 'invalid.value')}`;
  }
  return null;
}

export function parseSnippetSet(text: string, file: string): SnippetSet {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    // Only where, never what: the parser's message quotes the text, and the file may be any.
    throw new UserError('import.snippets.notJson', {
      file,
      detail: jsonErrorPlace(error, body),
    });
  }
  if (!isRecord(raw) || !('format' in raw)) {
    throw new UserError('import.snippets.noFormat', { file });
  }
  if (raw.format !== SNIPPET_FORMAT_ID) {
    throw new UserError('import.snippets.foreign', {
      file,
      format: shownFormat(raw.format),
    });
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UserError('import.snippets.badVersion', {
      file,
      version: typeof version === 'number' ? String(version) : '…',
    });
  }
  if (version > SNIPPET_FORMAT_VERSION) {
    throw new UserError('import.snippets.newer', {
      file,
      version,
      supported: SNIPPET_FORMAT_VERSION,
    });
  }
  if (!Array.isArray(raw.snippets)) throw new UserError('import.snippets.notList', { file });
  if (raw.snippets.length > MAX_SNIPPETS) {
    throw new UserError('import.snippets.tooMany', { file, max: MAX_SNIPPETS });
  }
  const snippets: Snippet[] = [];
  raw.snippets.forEach((entry: unknown, index: number) => {
    const problem = entryProblem(entry);
    if (problem) {
      throw new UserError('import.snippets.invalid', {
        file,
        index: index + 1,
        detail: problem,
      });
    }
    const e = entry as Record<string, unknown>;
    snippets.push({
      id: e.id as string,
      name: e.name as string,
      text: e.text as string,
      ...(typeof e.shortcut === 'string' && e.shortcut !== '' ? { shortcut: e.shortcut } : {}),
    });
  });
  const issue = validateSnippets(snippets)[0];
  if (issue) {
    throw new UserError('import.snippets.invalid', {
      file,
      index: issue.index + 1,
      detail: (lang) => t(lang, issue.messageKey, issue.params),
    });
  }
  return {
    format: SNIPPET_FORMAT_ID,
    version: SNIPPET_FORMAT_VERSION,
    name: typeof raw.name === 'string' ? raw.name : '',
    snippets,
  };
}
