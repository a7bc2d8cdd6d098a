import type { MessageKey, MessageParams } from '../i18n/catalog';
import { MAX_SNIPPET_TEXT, SHORTCUT_PATTERN, SNIPPET_ID_PATTERN, type Snippet } from './model';
import { isSnippetVariable, SNIPPET_VARIABLES, snippetParts } from './variables';

export interface SnippetIssue {
  messageKey: MessageKey;
  params: MessageParams;
  /** Position of the snippet in its set. */
  index: number;
}

function braceBalanced(text: string): boolean {
  // What is left after taking out well-formed placeholders must hold no brace.
  return !/[{}]/.test(text.replace(/\{[^{}\s]+\}/g, ''));
}

export function validateSnippet(snippet: Snippet, index = 0): SnippetIssue[] {
  const issues: SnippetIssue[] = [];
  const add = (messageKey: MessageKey, params: MessageParams = {}) =>
    issues.push({ messageKey, params, index });
  const name = snippet.name.trim();
  if (!SNIPPET_ID_PATTERN.test(snippet.id)) add('snippet.badId', { id: snippet.id.slice(0, 80) });
  if (name === '') add('snippet.nameEmpty');
  const shown = name || snippet.id;
  if (snippet.text.trim() === '') add('snippet.textEmpty', { name: shown });
  if (snippet.text.length > MAX_SNIPPET_TEXT) {
    add('snippet.tooLong', { name: shown, max: MAX_SNIPPET_TEXT });
  }
  if (!braceBalanced(snippet.text)) add('snippet.unbalancedBrace', { name: shown });
  for (const part of snippetParts(snippet.text)) {
    if (part.kind === 'variable' && !isSnippetVariable(part.name)) {
      add('snippet.unknownVariable', {
        name: shown,
        variable: `{${part.name}}`,
        known: SNIPPET_VARIABLES.map((v) => `{${v}}`).join(', '),
      });
    }
  }
  if (snippet.shortcut !== undefined && !SHORTCUT_PATTERN.test(snippet.shortcut)) {
    add('snippet.badShortcut', { shortcut: snippet.shortcut.slice(0, 40), name: shown });
  }
  return issues;
}

/** Every snippet, plus ids and shortcuts that must be unique within the set. */
export function validateSnippets(snippets: readonly Snippet[]): SnippetIssue[] {
  const issues: SnippetIssue[] = [];
  const ids = new Map<string, number>();
  const shortcuts = new Map<string, number>();
  snippets.forEach((snippet, index) => {
    issues.push(...validateSnippet(snippet, index));
    if (ids.has(snippet.id)) {
      issues.push({ messageKey: 'snippet.idTwice', params: { id: snippet.id }, index });
    } else ids.set(snippet.id, index);
    if (snippet.shortcut) {
      const other = shortcuts.get(snippet.shortcut);
      if (other !== undefined) {
        issues.push({
          messageKey: 'snippet.shortcutTwice',
          params: {
            shortcut: snippet.shortcut,
            name: snippets[other]!.name,
            other: snippet.name,
          },
          index,
        });
      } else shortcuts.set(snippet.shortcut, index);
    }
  });
  return issues;
}
