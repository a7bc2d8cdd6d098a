import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useFastPick } from '../popup/useFastPick';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  type MenuTextMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedLexicalNode,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
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
import { $isolateTrigger } from '../popup/isolateTrigger';
import { nudgeUpdate, useArmedTrigger } from '../popup/useArmedTrigger';
import { slashMatch } from '../mentions/trigger';
import {
  COMMAND_KEYWORDS,
  filterSlashEntries,
  snippetEntry,
  type SlashCommand,
  type SlashEntry,
} from './slashOptions';
import { KeepInWindow } from '../popup/KeepInWindow';

/**
 * The slash menu: "/" at the start of a line or after a space lists the clerk's snippets and
 * the insert commands (vote result, table, lists, heading); typing filters; Enter or Tab
 * inserts. A snippet is filled from the document and the item, {Vorsitz} as a speaker node.
 */
class SlashOption extends MenuOption {
  constructor(readonly entry: SlashEntry) {
    super(entry.key);
  }
}

type Extra = SlashCommand | 'manage';

const COMMAND_TITLES: Record<Extra, MessageKey> = {
  vote: 'editor.slash.vote',
  table: 'editor.slash.table',
  numbered: 'editor.slash.numbered',
  bullet: 'editor.slash.bullet',
  heading: 'editor.slash.heading',
  manage: 'editor.slash.manage',
};

function $textBeforeCaret(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (selection.anchor.type !== 'text' || !$isTextNode(node) || !node.isSimpleText()) return null;
  return node.getTextContent().slice(0, selection.anchor.offset);
}

function $matchesSlash(): boolean {
  const text = $textBeforeCaret();
  return text !== null && slashMatch(text) !== null;
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

function runCommand(editor: LexicalEditor, command: Extra): void {
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
      editor.dispatchCommand(OPEN_SNIPPETS_COMMAND, undefined);
      break;
  }
}

/**
 * Replaces the "/query" before the caret by `chosen` (when the menu showed it for the query
 * typed now) or by the best entry for the current query. Returns false when nothing matches.
 */
function $insertEntry(
  editor: LexicalEditor,
  split: TextNode | null,
  chosen: SlashEntry | null,
  shownQuery: string | null,
  entries: readonly SlashEntry[],
  document: ProtocolDocument | null,
  itemId: string | null,
): boolean {
  const isolated = $isolateTrigger(split, slashMatch);
  if (isolated === null) return false;
  let entry: SlashEntry | null | undefined = chosen;
  if (entry === null || isolated.match.matchingString !== shownQuery) {
    entry = filterSlashEntries(entries, isolated.match.matchingString)[0];
    if (entry === undefined) return false;
  }
  // The "/query" goes; the caret stays where it stood.
  isolated.node.select(0, isolated.node.getTextContentSize()).removeText();
  if (entry.kind === 'snippet') {
    const nodes = $snippetNodes(entry.snippet, document, itemId);
    editor.dispatchCommand(INSERT_INLINE_COMMAND, nodes);
    // The snippet's first gap ("…") is selected: typing fills it, Tab goes to the next.
    $selectFirstGapIn(nodes);
  } else {
    runCommand(editor, entry.command as Extra);
  }
  return true;
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
  const [editor] = useLexicalComposerContext();
  const trigger = useArmedTrigger(editor, ['/'], $matchesSlash, true);
  if (!trigger.armed) return null;
  return <SlashMenu {...props} onClosed={trigger.disarm} />;
}

function SlashMenu(props: SlashMenuPluginProps & { onClosed: () => void }) {
  const { document, itemId, lang, snippets, commands, onClosed } = props;
  const [editor] = useLexicalComposerContext();
  const tr = translator(lang);
  const [query, setQuery] = useState<string | null>(null);

  const entries = useMemo<SlashEntry[]>(
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
  const options = useMemo(
    () => (query === null ? [] : filterSlashEntries(entries, query).map((e) => new SlashOption(e))),
    [entries, query],
  );
  const item = document?.items.find((i) => i.id === itemId);

  useEffect(() => nudgeUpdate(editor), [editor]);

  const triggerFn = useCallback(
    (text: string): MenuTextMatch | null => {
      const match = slashMatch(text);
      if (match === null) queueMicrotask(onClosed);
      return match;
    },
    [onClosed],
  );

  const onSelectOption = useCallback(
    (option: SlashOption, split: TextNode | null, closeMenu: () => void) => {
      closeMenu();
      $insertEntry(editor, split, option.entry, query, entries, document, itemId);
    },
    [editor, document, itemId, query, entries],
  );

  useFastPick(editor, {
    shownQuery: query,
    shownCount: options.length,
    $typedQuery: () => {
      const text = $textBeforeCaret();
      return text === null ? null : (slashMatch(text)?.matchingString ?? null);
    },
    $insertBest: () => $insertEntry(editor, null, null, null, entries, document, itemId),
    onClosed,
  });

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      options={options}
      triggerFn={triggerFn}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      onClose={onClosed}
      anchorClassName="pk-typeahead-anchor"
      menuRenderFn={(
        anchor,
        { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
      ) => {
        if (anchor.current === null) return null;
        anchor.current.setAttribute('aria-label', tr('editor.slash.menu'));
        return createPortal(
          <KeepInWindow className="pk-typeahead pk-slash" data-testid="slash-menu" lang={lang}>
            {shown.length === 0 ? (
              <div className="pk-typeahead-empty">{tr('editor.slash.none')}</div>
            ) : (
              <ul className="pk-typeahead-list">
                {shown.map((option, index) => {
                  const entry = option.entry;
                  const preview =
                    entry.kind === 'snippet'
                      ? document
                        ? fillSnippet(entry.preview, document, item).text
                        : entry.preview
                      : '';
                  return (
                    <li
                      key={option.key}
                      id={`typeahead-item-${index}`}
                      ref={(el) => option.setRefElement(el)}
                      role="option"
                      aria-selected={selectedIndex === index}
                      className={`pk-typeahead-item pk-slash-item--${entry.kind}${selectedIndex === index ? ' pk-typeahead-item--selected' : ''}`}
                      data-entry={option.key}
                      onMouseEnter={() => setHighlightedIndex(index)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => {
                        setHighlightedIndex(index);
                        selectOptionAndCleanUp(option);
                      }}
                    >
                      <span className="pk-typeahead-label">
                        {entry.title}
                        {entry.shortcut && (
                          <kbd className="pk-slash-shortcut">/{entry.shortcut}</kbd>
                        )}
                      </span>
                      {preview && (
                        <span className="pk-typeahead-meta pk-slash-preview">{preview}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            <div className="pk-typeahead-hint">{tr('editor.slash.hint')}</div>
          </KeepInWindow>,
          anchor.current,
        );
      }}
    />
  );
}
