import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $createTextNode,
  $onUpdate,
  $parseSerializedNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedLexicalNode,
  type TextNode,
} from 'lexical';
import { useCallback, useMemo } from 'react';
import type { Lang, MessageKey } from '../../../core/i18n/catalog';
import type { ProtocolDocument } from '../../../core/model/schema';
import type { Snippet } from '../../../core/snippets/model';
import { fillSnippet, snippetContent } from '../../../core/snippets/variables';
import {
  INSERT_INLINE_COMMAND,
  INSERT_VOTE_COMMAND,
  OPEN_SNIPPETS_COMMAND,
  SET_BLOCK_TYPE_COMMAND,
} from '../commands';
import { translator } from '../../ui/i18n';
import { $selectFirstGapIn } from './gaps';
import { TypeaheadMenu, type TypeaheadMatch } from '../../ui/typeahead/TypeaheadMenu';
import { slashMatch } from '../mentions/trigger';
import {
  COMMAND_KEYWORDS,
  filterSlashEntries,
  snippetEntry,
  type SlashCommand,
  type SlashEntry,
} from './slashOptions';

/**
 * The slash menu: "/" at the start of a line or after a space lists the clerk's snippets and
 * the insert commands (vote result, table, lists, heading); typing filters; Enter or Tab
 * inserts. A snippet is filled from the document and the item, {Vorsitz} as a speaker node.
 */
type Extra = SlashCommand | 'manage';

const COMMAND_TITLES: Record<Extra, MessageKey> = {
  vote: 'editor.slash.vote',
  table: 'editor.slash.table',
  numbered: 'editor.slash.numbered',
  bullet: 'editor.slash.bullet',
  heading: 'editor.slash.heading',
  manage: 'editor.slash.manage',
};

function $slashAt(text: string): TypeaheadMatch | null {
  const match = slashMatch(text);
  return match === null ? null : { ...match, scope: '' };
}

/** A snippet as editor nodes, filled from the document (as text only without one). */
export function $snippetNodes(
  snippet: Snippet,
  document: ProtocolDocument | null,
  itemId: string | null,
): LexicalNode[] {
  if (document === null) return [$createTextNode(snippet.text)];
  const item = document.items.find((i) => i.id === itemId);
  return snippetContent(snippet.text, document, item).map((node) =>
    $parseSerializedNode(node as unknown as SerializedLexicalNode),
  );
}

function $runCommand(editor: LexicalEditor, command: Extra): void {
  switch (command) {
    case 'vote':
      editor.dispatchCommand(INSERT_VOTE_COMMAND, undefined);
      break;
    case 'table':
      editor.dispatchCommand(INSERT_TABLE_COMMAND, {
        rows: '3',
        columns: '3',
        includeHeaders: { rows: true, columns: false },
      });
      break;
    case 'numbered':
      editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      break;
    case 'bullet':
      editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      break;
    case 'heading':
      editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'h3');
      break;
    case 'manage':
      // Once the "/verwalten" text is gone and the caret set: opened within the update, the
      // dialog took the focus first and Lexical's caret took it back, so Escape and Tab went
      // to the text behind the dialog.
      $onUpdate(() => editor.dispatchCommand(OPEN_SNIPPETS_COMMAND, undefined));
      break;
  }
}

/** Puts `entry` in place of the "/query" (`trigger`): a snippet's text, or a command run there. */
function $insertEntry(
  editor: LexicalEditor,
  entry: SlashEntry,
  trigger: TextNode,
  document: ProtocolDocument | null,
  itemId: string | null,
): void {
  // The "/query" goes; the caret stays where it stood.
  trigger.select(0, trigger.getTextContentSize()).removeText();
  if (entry.kind === 'snippet') {
    const nodes = $snippetNodes(entry.snippet, document, itemId);
    editor.dispatchCommand(INSERT_INLINE_COMMAND, nodes);
    // The snippet's first gap ("…") is selected: typing fills it, Tab goes to the next.
    $selectFirstGapIn(nodes);
  } else {
    $runCommand(editor, entry.command as Extra);
  }
}

export interface SlashMenuPluginProps {
  document: ProtocolDocument | null;
  itemId: string | null;
  lang: Lang;
  snippets: readonly Snippet[];
  /** The vote command needs the document; "manage" needs a snippet library. */
  commands: readonly Extra[];
}

export function SlashMenuPlugin(props: SlashMenuPluginProps) {
  const { document, itemId, lang, snippets, commands } = props;
  const [editor] = useLexicalComposerContext();
  const tr = translator(lang);
  const item = document?.items.find((i) => i.id === itemId);

  const all = useMemo<SlashEntry[]>(
    () => [
      ...snippets.map(snippetEntry),
      ...commands.map((command): SlashEntry => ({
        kind: 'command',
        key: `command:${command}`,
        title: translator(lang)(COMMAND_TITLES[command]),
        shortcut: '',
        command: command as SlashCommand,
        keywords: command === 'manage' ? ['textbausteine', 'snippets'] : COMMAND_KEYWORDS[command],
      })),
    ],
    [snippets, commands, lang],
  );
  const entries = useCallback((query: string) => filterSlashEntries(all, query), [all]);

  return (
    <TypeaheadMenu<SlashEntry>
      keys={TRIGGER_KEYS}
      $match={$slashAt}
      entries={entries}
      keyOf={keyOf}
      $choose={(entry, trigger) => $insertEntry(editor, entry, trigger, document, itemId)}
      label={tr('editor.slash.menu')}
      title={() => tr('editor.slash.menu')}
      empty={tr('editor.slash.none')}
      hint={tr('editor.slash.hint')}
      lang={lang}
      testId="slash-menu"
      className="pk-slash"
      entryData={(entry) => ({ entry: entry.key })}
      renderEntry={(entry) => {
        const preview =
          entry.kind === 'snippet'
            ? document
              ? fillSnippet(entry.preview, document, item).text
              : entry.preview
            : '';
        return (
          <>
            <span className="pk-typeahead-label">
              {entry.title}
              {entry.shortcut && <kbd className="pk-slash-shortcut">/{entry.shortcut}</kbd>}
            </span>
            {preview && <span className="pk-typeahead-meta pk-slash-preview">{preview}</span>}
          </>
        );
      }}
    />
  );
}

const TRIGGER_KEYS = ['/'] as const;
const keyOf = (entry: SlashEntry) => entry.key;
