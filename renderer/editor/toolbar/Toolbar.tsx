import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Lang, MessageKey } from '../../../core/i18n/catalog';
import {
  FOCUS_TOOLBAR_COMMAND,
  INSERT_VOTE_COMMAND,
  OPEN_COMMENT_COMMAND,
  OPEN_FIND_COMMAND,
  OPEN_MENTION_COMMAND,
  OPEN_SNIPPETS_COMMAND,
  SET_BLOCK_TYPE_COMMAND,
  type BlockType,
} from '../commands';
import { ariaShortcut, withShortcut } from '../i18n';
import { translator } from '../../ui/i18n';
import { TABLE_ACTION_COMMAND, TABLE_ACTIONS, type TableAction } from '../table/actions';
import { icons } from './icons';
import { useEditorState } from './useEditorState';
import { focusToolbar, syncTabStops, rovingKeyDown } from './rovingFocus';

interface ButtonProps {
  label: string;
  shortcut?: string;
  lang: Lang;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
  name: string;
  expanded?: boolean;
  hasPopup?: 'menu' | 'dialog';
}

function ToolButton(props: ButtonProps) {
  return (
    <button
      type="button"
      className="pk-tool"
      data-toolbar-item=""
      data-name={props.name}
      tabIndex={-1}
      aria-label={props.label}
      title={withShortcut(props.lang, props.label, props.shortcut)}
      aria-keyshortcuts={ariaShortcut(props.shortcut)}
      aria-pressed={props.pressed}
      aria-expanded={props.expanded}
      aria-haspopup={props.hasPopup}
      disabled={props.disabled}
      // Keep the text selection where it is while the mouse presses a button.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onPress}
    >
      {props.children}
    </button>
  );
}

const FORMATS: { format: TextFormatType; key: MessageKey; shortcut: string; glyph: ReactNode }[] = [
  { format: 'bold', key: 'editor.bold', shortcut: 'Ctrl+B', glyph: <b>F</b> },
  { format: 'italic', key: 'editor.italic', shortcut: 'Ctrl+I', glyph: <i>K</i> },
  { format: 'underline', key: 'editor.underline', shortcut: 'Ctrl+U', glyph: <u>U</u> },
  {
    format: 'strikethrough',
    key: 'editor.strikethrough',
    shortcut: 'Ctrl+Shift+X',
    glyph: <s>S</s>,
  },
  {
    format: 'subscript',
    key: 'editor.subscript',
    shortcut: 'Ctrl+,',
    glyph: (
      // A picture of the format drawn by CSS: text here would contradict the button's label.
      <span className="pk-script-glyph pk-script-glyph--sub" aria-hidden="true" />
    ),
  },
  {
    format: 'superscript',
    key: 'editor.superscript',
    shortcut: 'Ctrl+.',
    glyph: (
      // A picture of the format drawn by CSS: text here would contradict the button's label.
      <span className="pk-script-glyph pk-script-glyph--sup" aria-hidden="true" />
    ),
  },
];

const BLOCKS: { type: BlockType; key: MessageKey; shortcut?: string }[] = [
  { type: 'paragraph', key: 'editor.block.paragraph', shortcut: 'Ctrl+Alt+0' },
  { type: 'h3', key: 'editor.block.h3', shortcut: 'Ctrl+Alt+3' },
  { type: 'h4', key: 'editor.block.h4', shortcut: 'Ctrl+Alt+4' },
  { type: 'quote', key: 'editor.block.quote' },
];

const FORMAT_GLYPHS_EN: Partial<Record<TextFormatType, ReactNode>> = {
  bold: <b>B</b>,
  italic: <i>I</i>,
};

/** Which of the protocol's insertions this editor offers (they need the host's data). */
export interface ToolbarFeatures {
  mention: boolean;
  vote: boolean;
  comment: boolean;
  snippets: boolean;
}

const NO_FEATURES: ToolbarFeatures = {
  mention: false,
  vote: false,
  comment: false,
  snippets: false,
};

export interface ToolbarProps {
  lang: Lang;
  readOnly: boolean;
  features?: ToolbarFeatures;
  /** Returns the focus to the text (Escape in the toolbar). */
  onReturn: () => void;
}

/**
 * The compact toolbar above the page: one tab stop (arrow keys move inside, Alt+F10 comes
 * here from the text, Escape goes back), German labels with their shortcuts as tooltips.
 */
export function Toolbar({ lang, readOnly, onReturn, features = NO_FEATURES }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const state = useEditorState();
  const tr = translator(lang);
  const bar = useRef<HTMLDivElement>(null);
  const [popup, setPopup] = useState<'table' | 'tableMenu' | null>(null);

  useLayoutEffect(() => {
    if (bar.current) syncTabStops(bar.current, document.activeElement as HTMLElement | null);
  });

  useEffect(
    () =>
      editor.registerCommand(
        FOCUS_TOOLBAR_COMMAND,
        () => {
          if (bar.current) focusToolbar(bar.current);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  const closePopup = useCallback((returnTo?: string) => {
    setPopup(null);
    if (returnTo) {
      requestAnimationFrame(() =>
        bar.current?.querySelector<HTMLElement>(`[data-name="${returnTo}"]`)?.focus(),
      );
    }
  }, []);

  const disabled = readOnly;
  const listCommand = (type: 'number' | 'bullet') => () =>
    editor.dispatchCommand(
      state.list === type
        ? REMOVE_LIST_COMMAND
        : type === 'number'
          ? INSERT_ORDERED_LIST_COMMAND
          : INSERT_UNORDERED_LIST_COMMAND,
      undefined,
    );

  return (
    <div
      ref={bar}
      className="pk-toolbar"
      role="toolbar"
      aria-label={tr('editor.toolbar')}
      onKeyDown={(event) => rovingKeyDown(bar.current, event, onReturn)}
      onFocus={(event) => bar.current && syncTabStops(bar.current, event.target as HTMLElement)}
    >
      <div className="pk-tool-group">
        <ToolButton
          name="undo"
          lang={lang}
          label={tr('editor.undo')}
          shortcut="Ctrl+Z"
          disabled={disabled || !state.canUndo}
          onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          {icons.undo}
        </ToolButton>
        <ToolButton
          name="redo"
          lang={lang}
          label={tr('editor.redo')}
          shortcut="Ctrl+Y"
          disabled={disabled || !state.canRedo}
          onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          {icons.redo}
        </ToolButton>
      </div>
      <div className="pk-tool-group">
        <select
          className="pk-tool-select"
          data-toolbar-item=""
          data-name="block"
          tabIndex={-1}
          aria-label={tr('editor.block')}
          title={tr('editor.block')}
          disabled={disabled}
          value={state.block}
          onChange={(event) => {
            const value = event.target.value as BlockType;
            editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, value);
          }}
        >
          {state.block === 'other' && (
            <option value="other" disabled>
              {tr('editor.block.other')}
            </option>
          )}
          {BLOCKS.map((b) => (
            <option key={b.type} value={b.type}>
              {tr(b.key)}
            </option>
          ))}
        </select>
      </div>
      <div className="pk-tool-group">
        {FORMATS.map((f) => (
          <ToolButton
            key={f.format}
            name={f.format}
            lang={lang}
            label={tr(f.key)}
            shortcut={f.shortcut}
            pressed={state[f.format as keyof typeof state] === true}
            disabled={disabled}
            onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f.format)}
          >
            <span className="pk-glyph">
              {lang === 'en' ? (FORMAT_GLYPHS_EN[f.format] ?? f.glyph) : f.glyph}
            </span>
          </ToolButton>
        ))}
      </div>
      <div className="pk-tool-group">
        <ToolButton
          name="numbered"
          lang={lang}
          label={tr('editor.list.number')}
          shortcut="Ctrl+Shift+7"
          pressed={state.list === 'number'}
          disabled={disabled}
          onPress={listCommand('number')}
        >
          {icons.numbered}
        </ToolButton>
        <ToolButton
          name="bullet"
          lang={lang}
          label={tr('editor.list.bullet')}
          shortcut="Ctrl+Shift+8"
          pressed={state.list === 'bullet'}
          disabled={disabled}
          onPress={listCommand('bullet')}
        >
          {icons.bullet}
        </ToolButton>
        <ToolButton
          name="outdent"
          lang={lang}
          label={tr('editor.outdent')}
          shortcut="Shift+Tab"
          disabled={disabled || state.list === null}
          onPress={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}
        >
          {icons.outdent}
        </ToolButton>
        <ToolButton
          name="indent"
          lang={lang}
          label={tr('editor.indent')}
          shortcut="Tab"
          disabled={disabled || state.list === null}
          onPress={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}
        >
          {icons.indent}
        </ToolButton>
      </div>
      <div className="pk-tool-group pk-tool-group--popups">
        <ToolButton
          name="table"
          lang={lang}
          label={tr('editor.table.insert')}
          disabled={disabled || state.inTable}
          hasPopup="dialog"
          expanded={popup === 'table'}
          onPress={() => setPopup(popup === 'table' ? null : 'table')}
        >
          {icons.table}
        </ToolButton>
        {popup === 'table' && (
          <InsertTableDialog
            lang={lang}
            onInsert={(rows, columns, header) => {
              closePopup();
              editor.dispatchCommand(INSERT_TABLE_COMMAND, {
                rows: String(rows),
                columns: String(columns),
                includeHeaders: header ? { rows: true, columns: false } : false,
              });
              editor.focus();
            }}
            onCancel={() => closePopup('table')}
          />
        )}
        {state.inTable && (
          <ToolButton
            name="tableMenu"
            lang={lang}
            label={tr('editor.table.actions')}
            disabled={disabled}
            hasPopup="menu"
            expanded={popup === 'tableMenu'}
            onPress={() => setPopup(popup === 'tableMenu' ? null : 'tableMenu')}
          >
            {icons.tableEdit}
          </ToolButton>
        )}
        {popup === 'tableMenu' && state.inTable && (
          <TableMenu
            lang={lang}
            headerRow={state.headerRow}
            onAction={(action) => {
              closePopup();
              editor.dispatchCommand(TABLE_ACTION_COMMAND, action);
              editor.focus();
            }}
            onCancel={() => closePopup('tableMenu')}
          />
        )}
      </div>
      {(features.mention || features.vote || features.snippets || features.comment) && (
        <div className="pk-tool-group">
          {features.mention && (
            <ToolButton
              name="mention"
              lang={lang}
              label={tr('editor.mention.insert')}
              shortcut="Ctrl+Shift+2"
              disabled={disabled}
              onPress={() => {
                editor.dispatchCommand(OPEN_MENTION_COMMAND, undefined);
                editor.focus();
              }}
            >
              {icons.mention}
            </ToolButton>
          )}
          {features.vote && (
            <ToolButton
              name="vote"
              lang={lang}
              label={tr('editor.vote.insertTitle')}
              shortcut="Ctrl+Alt+B"
              disabled={disabled}
              hasPopup="dialog"
              onPress={() => editor.dispatchCommand(INSERT_VOTE_COMMAND, undefined)}
            >
              {icons.vote}
            </ToolButton>
          )}
          {features.snippets && (
            <ToolButton
              name="snippets"
              lang={lang}
              label={tr('editor.snippets.title')}
              disabled={disabled}
              hasPopup="dialog"
              onPress={() => editor.dispatchCommand(OPEN_SNIPPETS_COMMAND, undefined)}
            >
              {icons.snippets}
            </ToolButton>
          )}
          {features.comment && (
            <ToolButton
              name="comment"
              lang={lang}
              label={tr('editor.comment.insert')}
              shortcut="Ctrl+Alt+M"
              disabled={disabled || !state.textSelected}
              hasPopup="dialog"
              onPress={() => editor.dispatchCommand(OPEN_COMMENT_COMMAND, undefined)}
            >
              {icons.comment}
            </ToolButton>
          )}
        </div>
      )}
      <div className="pk-tool-group pk-tool-group--end">
        <ToolButton
          name="find"
          lang={lang}
          label={tr('editor.find')}
          shortcut="Ctrl+F"
          onPress={() => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: false })}
        >
          {icons.find}
        </ToolButton>
      </div>
    </div>
  );
}

function InsertTableDialog(props: {
  lang: Lang;
  onInsert: (rows: number, columns: number, header: boolean) => void;
  onCancel: () => void;
}) {
  const tr = translator(props.lang);
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  const [header, setHeader] = useState(true);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.select(), []);
  const clamp = (v: number, max: number) => Math.max(1, Math.min(max, Math.round(v) || 1));
  return (
    <form
      className="pk-popup pk-table-dialog"
      role="dialog"
      aria-label={tr('editor.table.insert')}
      data-toolbar-popup=""
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onCancel();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        props.onInsert(clamp(rows, 200), clamp(columns, 20), header);
      }}
    >
      <label>
        <span>{tr('editor.table.rows')}</span>
        <input
          ref={first}
          type="number"
          min={1}
          max={200}
          value={rows}
          name="rows"
          onChange={(e) => setRows(Number(e.target.value))}
        />
      </label>
      <label>
        <span>{tr('editor.table.columns')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={columns}
          name="columns"
          onChange={(e) => setColumns(Number(e.target.value))}
        />
      </label>
      <label className="pk-check">
        <input
          type="checkbox"
          checked={header}
          name="header"
          onChange={(e) => setHeader(e.target.checked)}
        />
        <span>{tr('editor.table.headerRow')}</span>
      </label>
      <div className="pk-popup-actions">
        <button type="button" className="pk-button" onClick={props.onCancel}>
          {tr('editor.table.cancel')}
        </button>
        <button type="submit" className="pk-button pk-button--primary">
          {tr('editor.table.insertConfirm')}
        </button>
      </div>
    </form>
  );
}

const TABLE_ACTION_KEYS: Record<TableAction, MessageKey> = {
  rowAbove: 'editor.table.rowAbove',
  rowBelow: 'editor.table.rowBelow',
  columnLeft: 'editor.table.columnLeft',
  columnRight: 'editor.table.columnRight',
  deleteRow: 'editor.table.deleteRow',
  deleteColumn: 'editor.table.deleteColumn',
  toggleHeader: 'editor.table.toggleHeader',
  delete: 'editor.table.delete',
};

function TableMenu(props: {
  lang: Lang;
  headerRow: boolean;
  onAction: (action: TableAction) => void;
  onCancel: () => void;
}) {
  const tr = translator(props.lang);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);
  return (
    <div
      ref={menu}
      className="pk-popup pk-menu"
      role="menu"
      aria-label={tr('editor.table.actions')}
      data-toolbar-popup=""
      onKeyDown={(event) => {
        const items = Array.from(
          menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [],
        );
        const index = items.indexOf(event.target as HTMLElement);
        if (event.key === 'Escape' || event.key === 'Tab') {
          event.preventDefault();
          event.stopPropagation();
          props.onCancel();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          items[(index + step + items.length) % items.length]?.focus();
        } else if (event.key === 'Home' || event.key === 'End') {
          event.preventDefault();
          items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
        }
      }}
    >
      {TABLE_ACTIONS.map((action) => (
        <button
          key={action}
          type="button"
          role={action === 'toggleHeader' ? 'menuitemcheckbox' : 'menuitem'}
          aria-checked={action === 'toggleHeader' ? props.headerRow : undefined}
          tabIndex={-1}
          className={`pk-menu-item${action === 'delete' ? ' pk-menu-item--danger' : ''}`}
          data-action={action}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onAction(action)}
        >
          {tr(TABLE_ACTION_KEYS[action])}
        </button>
      ))}
    </div>
  );
}
