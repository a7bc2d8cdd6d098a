import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  type MenuTextMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_BEFORE_CRITICAL,
  COMMAND_PRIORITY_LOW,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { nudgeUpdate, useArmedTrigger } from './armedTrigger';
import { KeepInWindow } from './KeepInWindow';
import { $isolateTrigger, $textBeforeCaret, type TriggerMatch } from './trigger';
import './typeahead.css';

/**
 * The one typeahead menu of the editor: "@" names a speaker, "/" inserts a snippet or a
 * command. A feature says what opens it (the keys, the pattern before the caret), which entries
 * a query offers, how an entry is written and what choosing it does; the menu does the rest the
 * same way for every feature:
 * - it is mounted only after a trigger key left a matching text before the caret (typing costs
 *   nothing while no menu is open);
 * - the keys belong to the open menu, before any other use they have in the text (a gap's Tab,
 *   a section border's arrows): ↑/↓ move, Enter or Tab take the entry, Escape closes;
 * - Enter or Tab typed faster than the menu was drawn take the best entry for what is typed
 *   now, never an entry shown for an older query;
 * - a listbox of options, the caret's text pointing at the chosen one (aria-activedescendant),
 *   with a head, the entries or a "nothing matches" line, and a hint of the keys.
 */

/** A trigger before the caret, with the scope of its query (e.g. the mention it continues). */
export interface TypeaheadMatch extends TriggerMatch {
  /** What the entries depend on besides the query, as a key ('' when nothing). */
  scope: string;
}

export interface TypeaheadMenuProps<T> {
  /** Keys that may open the menu; it opens when the text then ends in a trigger. */
  keys: readonly string[];
  /**
   * Inside a read: the trigger in the text before the caret (`node` is the caret's text node),
   * or null when no menu belongs there.
   */
  $match(textBeforeCaret: string, node: TextNode): TypeaheadMatch | null;
  /** The entries a query offers, best first. */
  entries(query: string, scope: string): readonly T[];
  keyOf(entry: T): string;
  /** Inside an update: puts `entry` in place of `trigger` (the trigger and query as one node). */
  $choose(entry: T, trigger: TextNode, match: TypeaheadMatch): void;
  /** A command that opens the menu at the caret (a shortcut, a toolbar button). */
  openCommand?: LexicalCommand<void>;
  /** Inside the open command's update: writes the trigger at the caret; false when it cannot. */
  $writeTrigger?(): boolean;
  label: string;
  title(scope: string): string;
  empty: string;
  hint: string;
  lang: string;
  testId: string;
  className?: string;
  renderEntry(entry: T): ReactNode;
  /** data-* attributes of an entry's option (e.g. `{ person: id }`). */
  entryData?(entry: T): Record<string, string>;
}

/**
 * An option's id. Lexical's menu sets the text's aria-activedescendant to "typeahead-item-<n>"
 * itself (when it opens, on a hover), so the options carry those ids: with ids of their own the
 * text pointed at nothing (axe aria-valid-attr-value). Only one menu is open at a time.
 */
const optionId = (index: number) => `typeahead-item-${index}`;

class EntryOption<T> extends MenuOption {
  constructor(
    readonly entry: T,
    key: string,
  ) {
    super(key);
  }
}

export function TypeaheadMenu<T>(props: TypeaheadMenuProps<T>) {
  const [editor] = useLexicalComposerContext();
  const matchRef = useRef(props.$match);
  useEffect(() => {
    matchRef.current = props.$match;
  });
  const trigger = useArmedTrigger(
    editor,
    props.keys,
    () => {
      const before = $textBeforeCaret();
      return before !== null && matchRef.current(before.text, before.node) !== null;
    },
    true,
  );
  const { arm } = trigger;
  const { openCommand } = props;
  const writeRef = useRef(props.$writeTrigger);
  useEffect(() => {
    writeRef.current = props.$writeTrigger;
  });

  useEffect(() => {
    if (!openCommand) return;
    return editor.registerCommand(
      openCommand,
      () => {
        if (!$isRangeSelection($getSelection())) return false;
        if (!(writeRef.current?.() ?? false)) return false;
        arm();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor, openCommand, arm]);

  if (!trigger.armed) return null;
  return <OpenMenu {...props} onClosed={trigger.disarm} />;
}

/** Inside a read: the trigger before the caret now. */
function $currentMatch<T>(props: TypeaheadMenuProps<T>): TypeaheadMatch | null {
  const before = $textBeforeCaret();
  return before === null ? null : props.$match(before.text, before.node);
}

/**
 * Inside an update: replaces the trigger before the caret by `shown` when the menu showed it
 * for the query typed now, else by the best entry for that query. False when nothing fits.
 */
function $pick<T>(
  props: TypeaheadMenuProps<T>,
  shown: T | null,
  shownFor: { query: string; scope: string } | null,
): boolean {
  const isolated = $isolateTrigger(null, props.$match);
  if (isolated === null) return false;
  const match = isolated.match as TypeaheadMatch;
  let entry = shown;
  if (
    entry === null ||
    shownFor === null ||
    match.matchingString !== shownFor.query ||
    match.scope !== shownFor.scope
  ) {
    entry = props.entries(match.matchingString, match.scope)[0] ?? null;
  }
  if (entry === null) return false;
  props.$choose(entry, isolated.node, match);
  return true;
}

function OpenMenu<T>(props: TypeaheadMenuProps<T> & { onClosed: () => void }) {
  const { onClosed, entries, keyOf } = props;
  const [editor] = useLexicalComposerContext();
  const [shownFor, setShownFor] = useState<{ query: string; scope: string } | null>(null);
  // The highlighted entry belongs to the query it was chosen in: a new query starts at its best.
  const [highlight, setHighlight] = useState<{ of: typeof shownFor; index: number }>({
    of: null,
    index: 0,
  });

  const options = useMemo(
    () =>
      shownFor === null
        ? []
        : entries(shownFor.query, shownFor.scope).map((e) => new EntryOption(e, keyOf(e))),
    [entries, keyOf, shownFor],
  );
  const highlighted = highlight.of === shownFor ? highlight.index : 0;
  const selected = options.length === 0 ? -1 : Math.min(highlighted, options.length - 1);
  // What the key handlers need of the latest render.
  const latest = useRef<Latest<T>>({ props, options, selected, shownFor });
  useEffect(() => {
    latest.current = { props, options, selected, shownFor };
  });
  const setHighlighted = useCallback(
    (index: number) => setHighlight({ of: latest.current.shownFor, index }),
    [],
  );

  // Mounted after the update that brought the trigger: let the plugin look at the text again.
  useEffect(() => nudgeUpdate(editor), [editor]);

  const triggerFn = useCallback(
    (text: string): MenuTextMatch | null => {
      const match = $currentMatch(latest.current.props);
      if (match === null || !text.endsWith(match.replaceableString)) {
        // Nothing to complete any more (the trigger was deleted, the caret moved away).
        queueMicrotask(onClosed);
        return null;
      }
      setShownFor((old) =>
        old !== null && old.query === match.matchingString && old.scope === match.scope
          ? old
          : { query: match.matchingString, scope: match.scope },
      );
      return match;
    },
    [onClosed],
  );
  useEffect(
    () => registerMenuKeys(editor, latest, setHighlighted, onClosed),
    [editor, onClosed, setHighlighted],
  );

  // The text field points at the chosen option, as a combobox does (again when the list changes).
  useEffect(() => {
    const root = editor.getRootElement();
    if (root === null) return;
    if (selected >= 0) root.setAttribute('aria-activedescendant', optionId(selected));
    else root.removeAttribute('aria-activedescendant');
  }, [editor, selected, options]);
  useEffect(
    () => () => editor.getRootElement()?.removeAttribute('aria-activedescendant'),
    [editor],
  );

  const choose = (option: EntryOption<T>) => {
    editor.update(() => {
      if ($pick(props, option.entry, shownFor)) onClosed();
    });
  };

  return (
    <LexicalTypeaheadMenuPlugin<EntryOption<T>>
      options={options}
      triggerFn={triggerFn}
      onQueryChange={() => undefined}
      onSelectOption={(option, _split, close) => {
        close();
        $pick(props, option.entry, shownFor);
      }}
      onClose={onClosed}
      anchorClassName="pk-typeahead-anchor"
      menuRenderFn={(anchor) => {
        if (anchor.current === null) return null;
        anchor.current.setAttribute('aria-label', props.label);
        return createPortal(
          <KeepInWindow
            className={`pk-typeahead${props.className ? ` ${props.className}` : ''}`}
            data-testid={props.testId}
            lang={props.lang}
          >
            <div className="pk-typeahead-head">{props.title(shownFor?.scope ?? '')}</div>
            {options.length === 0 ? (
              <div className="pk-typeahead-empty">{props.empty}</div>
            ) : (
              <ul className="pk-typeahead-list" role="presentation">
                {options.map((option, index) => (
                  <li
                    key={option.key}
                    id={optionId(index)}
                    ref={(el) => option.setRefElement(el)}
                    role="option"
                    // No tab stop: the arrow keys move through the options and scroll the list
                    // (axe asks a scrolling box for something focusable inside).
                    tabIndex={-1}
                    aria-selected={selected === index}
                    className={`pk-typeahead-item${selected === index ? ' pk-typeahead-item--selected' : ''}`}
                    {...dataAttributes(props.entryData?.(option.entry))}
                    onMouseEnter={() => setHighlighted(index)}
                    // The caret stays in the text.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(option)}
                  >
                    {props.renderEntry(option.entry)}
                  </li>
                ))}
              </ul>
            )}
            <div className="pk-typeahead-hint">{props.hint}</div>
          </KeepInWindow>,
          anchor.current,
        );
      }}
    />
  );
}

function dataAttributes(data: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data ?? {})) out[`data-${key}`] = value;
  return out;
}

/** A key the menu used goes nowhere else (not to a dialog or panel around the editor). */
function consume(event: KeyboardEvent | null): void {
  event?.preventDefault();
  event?.stopImmediatePropagation();
}

interface Latest<T> {
  props: TypeaheadMenuProps<T>;
  options: EntryOption<T>[];
  selected: number;
  shownFor: { query: string; scope: string } | null;
}

/**
 * The open menu's keys, ahead of every other listener: they are the menu's while it is open.
 * Enter and Tab take the highlighted entry when the menu shows the query typed now, else the
 * best entry for what is typed (keys faster than the menu's drawing).
 */
function registerMenuKeys<T>(
  editor: LexicalEditor,
  latest: { current: Latest<T> },
  setHighlighted: (index: number) => void,
  onClosed: () => void,
): () => void {
  const open = (): boolean => $currentMatch(latest.current.props) !== null;
  const move = (step: 1 | -1) => (event: KeyboardEvent | null) => {
    const { options, selected } = latest.current;
    if (!open() || options.length === 0) return false;
    const next = (selected + step + options.length) % options.length;
    setHighlighted(next);
    options[next]?.ref?.current?.scrollIntoView({ block: 'nearest' });
    consume(event);
    return true;
  };
  const take = (event: KeyboardEvent | null): boolean => {
    if (event?.shiftKey && event.key === 'Enter') return false;
    const { props, options, selected, shownFor } = latest.current;
    if (!open()) return false;
    const shown = options[selected]?.entry ?? null;
    if (!$pick(props, shown, shownFor)) return false;
    consume(event);
    onClosed();
    return true;
  };
  return mergeRegister(
    editor.registerCommand(KEY_ARROW_DOWN_COMMAND, move(1), COMMAND_PRIORITY_BEFORE_CRITICAL),
    editor.registerCommand(KEY_ARROW_UP_COMMAND, move(-1), COMMAND_PRIORITY_BEFORE_CRITICAL),
    editor.registerCommand(KEY_ENTER_COMMAND, take, COMMAND_PRIORITY_BEFORE_CRITICAL),
    editor.registerCommand(KEY_TAB_COMMAND, take, COMMAND_PRIORITY_BEFORE_CRITICAL),
    editor.registerCommand(
      KEY_ESCAPE_COMMAND,
      (event) => {
        if (!open()) return false;
        consume(event);
        onClosed();
        return true;
      },
      COMMAND_PRIORITY_BEFORE_CRITICAL,
    ),
  );
}
