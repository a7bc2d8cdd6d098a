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
import { shortcutFor } from '../format/shortcuts';
import { translator } from '../../ui/i18n';
import { TABLE_ACTION_COMMAND } from '../table/actions';
import { icons } from './icons';
import { InsertTableDialog } from './InsertTableDialog';
import { TableMenu } from './TableMenu';
import { ToolButton } from './ToolButton';
import { useEditorState } from './useEditorState';
import { focusToolbar, syncTabStops, rovingKeyDown } from './rovingFocus';

const FORMATS: { format: TextFormatType; key: MessageKey; glyph: ReactNode }[] = [
  { format: 'bold', key: 'editor.bold', glyph: <b>F</b> },
  { format: 'italic', key: 'editor.italic', glyph: <i>K</i> },
  { format: 'underline', key: 'editor.underline', glyph: <u>U</u> },
  {
    format: 'strikethrough',
    key: 'editor.strikethrough',

    glyph: <s>S</s>,
  },
  {
    format: 'subscript',
    key: 'editor.subscript',

    glyph: (
      // A picture of the format drawn by CSS: text here would contradict the button's label.
      <span className="pk-script-glyph pk-script-glyph--sub" aria-hidden="true" />
    ),
  },
  {
    format: 'superscript',
    key: 'editor.superscript',

    glyph: (
      // A picture of the format drawn by CSS: text here would contradict the button's label.
      <span className="pk-script-glyph pk-script-glyph--sup" aria-hidden="true" />
    ),
  },
];

const BLOCKS: { type: BlockType; key: MessageKey }[] = [
  { type: 'paragraph', key: 'editor.block.paragraph' },
  { type: 'h3', key: 'editor.block.h3' },
  { type: 'h4', key: 'editor.block.h4' },
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
          shortcut={shortcutFor('undo')}
          disabled={disabled || !state.canUndo}
          onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          {icons.undo}
        </ToolButton>
        <ToolButton
          name="redo"
          lang={lang}
          label={tr('editor.redo')}
          shortcut={shortcutFor('redo')}
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
            shortcut={shortcutFor(f.format)}
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
          shortcut={shortcutFor('numbered')}
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
          shortcut={shortcutFor('bullet')}
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
          shortcut={shortcutFor('outdent')}
          disabled={disabled || state.list === null}
          onPress={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}
        >
          {icons.outdent}
        </ToolButton>
        <ToolButton
          name="indent"
          lang={lang}
          label={tr('editor.indent')}
          shortcut={shortcutFor('indent')}
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
              shortcut={shortcutFor('mention')}
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
              shortcut={shortcutFor('vote')}
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
              shortcut={shortcutFor('comment')}
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
          shortcut={shortcutFor('find')}
          onPress={() => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: false })}
        >
          {icons.find}
        </ToolButton>
      </div>
    </div>
  );
}
