import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect, useImperativeHandle, useMemo, useState, type ReactNode, type Ref } from 'react';
import type { ItemContent } from '../../core/content/nodes';
import type { Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import type { SectionTemplate } from '../../core/templates/schema';
import { registerBehaviours } from './behaviours';
import { OPEN_FIND_COMMAND, OPEN_SNIPPETS_COMMAND } from './commands';
import { CommentPlugin, type NewCommentRequest } from './comments/CommentPlugin';
import { EDITOR_NODES, EDITOR_THEME } from './config';
import { useChangeTracker } from './content/ChangePlugin';
import { $loadContent, readContent } from './content/serialize';
import { FindBar } from './find/FindBar';
import { FindSession } from './find/FindSession';
import { translator } from '../ui/i18n';
import { documentLabels } from './labels';
import { MentionsPlugin } from './mentions/MentionsPlugin';
import { SpeakerPopover } from './mentions/SpeakerPopover';
import {
  FALLBACK_LABELS,
  LabelsContext,
  MentionsContext,
  type ProtocolNodeLabels,
} from './nodes/ProtocolNodeLabels';
import { useSpeakerMentions } from './nodes/useSpeakerMentions';
import { PastePlugin } from './paste/PastePlugin';
import { enterText, registerEntryCaret } from './sections/entryCaret';
import { SectionGuardPlugin } from './sections/SectionGuardPlugin';
import { SectionPlaceholderPlugin } from './sections/SectionPlaceholderPlugin';
import type { SnippetLibrary } from './snippets/library';
import { SlashMenuPlugin } from './snippets/SlashMenuPlugin';
import { SnippetManager } from './snippets/SnippetManager';
import { SuggestionModePlugin } from './suggestions/SuggestionModePlugin';
import { SpellPlugin, type SpellingOptions } from './spell/SpellPlugin';
import { EmptyLineTablePlugin } from './table/EmptyLineTablePlugin';
import { SuggestionPopover, suggestionKeys } from './suggestions/SuggestionPopover';
import { Toolbar } from './toolbar/Toolbar';
import { VotePlugin } from './votes/VotePlugin';
import '../ui/ui.css';
import './editor.css';

/**
 * What the workspace holds on to: the content on demand, focus, the menu's undo and find.
 * (The test harness adds its own API through `plugins`: renderer/harness/editorTestApi.ts.)
 */
export interface ItemEditorHandle {
  /** Serializes the current text (flushes pending edits first). Resets the dirty report. */
  getContent(): ItemContent;
  focus(): void;
  /** Whether the focus is in the text (the menu's undo goes to its history then). */
  hasFocus(): boolean;
  /** One step back or forward in the text's history, as Ctrl+Z and Ctrl+Y do. */
  undo(): void;
  redo(): void;
  openFind(options?: { query?: string; replace?: boolean }): void;
}

export interface ItemEditorProps {
  /**
   * The item's text when the editor mounts. Later changes of this prop are not applied
   * (the editor owns the text while mounted): give the editor a `key` per item to load another.
   */
  content: ItemContent;
  /** The template's sections: their placeholders are shown in empty sections. */
  sections: readonly SectionTemplate[];
  lang: Lang;
  readOnly?: boolean;
  /** Called on the first edit after mount and after each getContent()/onChange: cheap. */
  onDirty: () => void;
  /** The content after the clerk paused typing for `changeDelayMs` (default 600 ms). */
  onChange?: (content: ItemContent) => void;
  changeDelayMs?: number;
  /** Accessible name of the text area; default "Text des Tagesordnungspunkts". */
  label?: string;
  /**
   * The document the item belongs to: its roster for "@" mentions, attendance and body for
   * the vote dialog, values for snippets, and the words of speaker and vote nodes (recomputed
   * when the roster or the body change, so a renamed person changes every mention). Without
   * it mentions and votes cannot be inserted and `labels` names the nodes.
   */
  document?: ProtocolDocument;
  /** The item's id in `document` (presence and quorum at the item, snippet values). */
  itemId?: string;
  /** The words for speaker and vote nodes when no `document` is given. */
  labels?: ProtocolNodeLabels;
  /** The clerk's snippets (useSnippets): the slash menu lists them, the toolbar manages them. */
  snippets?: SnippetLibrary;
  /**
   * "Kommentieren": the host creates the thread (core addComment) and answers its id; the
   * editor anchors it on the selection. Without it the editor offers no comments.
   */
  onAddComment?: (comment: NewCommentRequest) => string | null | Promise<string | null>;
  /** A click on a comment mark (also in read-only minutes). */
  onSelectComment?: (id: string) => void;
  /** The thread shown in the side panel: its marks are highlighted and scrolled to. */
  activeCommentId?: string | null;
  /** Track changes: what the clerk types or deletes is proposed as a suggestion of `author`. */
  suggestionMode?: boolean;
  /** The name suggestions are made under (settings.userName). */
  author?: string;
  /** Offline spell checking (bundled dictionaries in a worker) with the words known here. */
  spelling?: SpellingOptions;
  /** Hide the toolbar (e.g. a read-only preview). */
  toolbar?: boolean;
  className?: string;
  /** More plugins inside the editor's composer (the test harness's API). */
  plugins?: ReactNode;
  ref?: Ref<ItemEditorHandle>;
}

let editorCount = 0;

export function ItemEditor(props: ItemEditorProps) {
  const { content } = props;
  // The initial content is read once, when the composer is created.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'protokollant-item',
    nodes: [...EDITOR_NODES],
    theme: EDITOR_THEME,
    editable: !props.readOnly,
    editorState: () => $loadContent(content),
    onError: (error: Error) => {
      console.error('Editor error', error);
    },
  }));
  const { document, labels: given } = props;
  // Only what the words depend on: an edit elsewhere in the document re-renders no mention.
  const labels = useMemo(
    () => (document ? documentLabels(document) : (given ?? FALLBACK_LABELS)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [document?.people, document?.body, given],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <LabelsContext.Provider value={labels}>
        <EditorBody {...props} />
      </LabelsContext.Provider>
    </LexicalComposer>
  );
}

function EditorBody(props: ItemEditorProps) {
  const [editor] = useLexicalComposerContext();
  const {
    lang,
    readOnly = false,
    sections,
    content,
    className,
    toolbar = true,
    label,
    onDirty,
    onChange,
    changeDelayMs = 600,
    ref,
    document,
    itemId = null,
    snippets,
    suggestionMode = false,
    author = '',
  } = props;
  const tr = translator(lang);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [managing, setManaging] = useState(false);
  const resolvedCommentIds = useMemo(
    () => new Set(document?.comments.filter((c) => c.resolved).map((c) => c.id) ?? []),
    [document?.comments],
  );
  const [session] = useState(() => new FindSession(editor, `editor-${++editorCount}`));
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const frames = useMemo(
    () =>
      content.root.children.flatMap((c) =>
        c.type === 'protocol-section'
          ? [
              {
                section: String(c.section),
                title: String(c.title),
                printTitle: c.printTitle === true,
              },
            ]
          : [],
      ),
    // The frames are those of the content the editor was created with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const mentions = useSpeakerMentions();
  const tracker = useChangeTracker({
    onDirty,
    onChange,
    delayMs: changeDelayMs,
  });

  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);
  useEffect(() => registerBehaviours(editor), [editor]);
  useEffect(() => (readOnly ? undefined : registerEntryCaret(editor)), [editor, readOnly]);
  useEffect(() => () => session.dispose(), [session]);
  useEffect(() => {
    if (!snippets || readOnly) return;
    return editor.registerCommand(
      OPEN_SNIPPETS_COMMAND,
      () => {
        setManaging(true);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor, snippets, readOnly]);
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        ({ replace }) => {
          session.open({ replace: replace && !readOnly });
          setFindOpen(true);
          setFindFocus((n) => n + 1);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, session, readOnly],
  );

  useImperativeHandle(
    ref,
    (): ItemEditorHandle => ({
      getContent() {
        const result = readContent(editor);
        tracker.current?.taken();
        return result;
      },
      focus() {
        enterText(editor);
        editor.focus();
      },
      hasFocus() {
        const root = editor.getRootElement();
        return root !== null && root.contains(window.document.activeElement);
      },
      undo() {
        if (!readOnly) editor.dispatchCommand(UNDO_COMMAND, undefined);
      },
      redo() {
        if (!readOnly) editor.dispatchCommand(REDO_COMMAND, undefined);
      },
      openFind(options = {}) {
        session.open({ ...options, replace: (options.replace ?? false) && !readOnly });
        setFindOpen(true);
        setFindFocus((n) => n + 1);
      },
    }),
    [editor, session, tracker, readOnly],
  );

  const editable = !readOnly;
  const item = document?.items.find((i) => i.id === itemId);
  return (
    <div
      ref={setFrame}
      className={`pk-editor${readOnly ? ' pk-editor--readonly' : ''}${suggestionMode && editable ? ' pk-editor--suggesting' : ''}${className ? ` ${className}` : ''}`}
      lang={lang}
    >
      {toolbar && (
        <div className="pk-editor-chrome">
          <Toolbar
            lang={lang}
            readOnly={readOnly}
            onReturn={() => editor.focus()}
            features={{
              mention: document !== undefined,
              vote: document !== undefined,
              comment: props.onAddComment !== undefined,
              snippets: snippets !== undefined,
            }}
          />
          {suggestionMode && editable && (
            <span className="pk-mode-badge" data-testid="suggestion-mode">
              {tr('editor.suggestion.mode')}
              {author ? ` · ${author}` : ''}
              <span className="pk-mode-badge-hint">
                {' · '}
                {tr('editor.suggestion.badgeHint', { keys: suggestionKeys(lang) })}
              </span>
            </span>
          )}
          {findOpen && (
            <FindBar
              session={session}
              lang={lang}
              readOnly={readOnly}
              focusSignal={findFocus}
              onClosed={() => {
                setFindOpen(false);
                editor.focus();
              }}
            />
          )}
        </div>
      )}
      <div className="pk-page">
        <MentionsContext.Provider value={mentions}>
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="pk-content"
                // Our own checker marks words where it runs (offline, bundled dictionaries);
                // the browser's would underline twice or, in Electron, download dictionaries.
                spellCheck={!props.spelling}
                lang="de"
                aria-label={label ?? tr('editor.area')}
                aria-multiline
                aria-readonly={readOnly || undefined}
                data-testid="item-editor-content"
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </MentionsContext.Provider>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler />
      <EmptyLineTablePlugin />
      {frames.length > 0 && <SectionGuardPlugin frames={frames} />}
      <SectionPlaceholderPlugin sections={sections} />
      <PastePlugin />
      {document && editable && <MentionsPlugin document={document} itemId={itemId} lang={lang} />}
      {document && (
        <SpeakerPopover document={document} lang={lang} readOnly={readOnly} container={frame} />
      )}
      {document && (
        <VotePlugin document={document} itemId={itemId} lang={lang} readOnly={readOnly} />
      )}
      {editable && (
        <SlashMenuPlugin
          document={document ?? null}
          itemId={itemId}
          lang={lang}
          snippets={snippets?.set.snippets ?? []}
          commands={
            document
              ? snippets
                ? SLASH_COMMANDS_ALL
                : SLASH_COMMANDS_WITH_VOTE
              : snippets
                ? SLASH_COMMANDS_WITH_MANAGE
                : SLASH_COMMANDS
          }
        />
      )}
      <CommentPlugin
        lang={lang}
        readOnly={readOnly}
        onAddComment={props.onAddComment}
        onSelectComment={props.onSelectComment}
        activeCommentId={props.activeCommentId}
        resolvedCommentIds={resolvedCommentIds}
        container={frame}
      />
      {suggestionMode && editable && <SuggestionModePlugin author={author} />}
      {props.spelling && editable && <SpellPlugin {...props.spelling} />}
      <SuggestionPopover lang={lang} readOnly={readOnly} container={frame} />
      {props.plugins}
      {managing && snippets && editable && (
        <SnippetManager
          library={snippets}
          lang={lang}
          document={document ?? null}
          item={item}
          onClose={() => {
            setManaging(false);
            editor.focus();
          }}
        />
      )}
    </div>
  );
}

const SLASH_COMMANDS = ['table', 'numbered', 'bullet', 'heading'] as const;
const SLASH_COMMANDS_WITH_VOTE = ['vote', ...SLASH_COMMANDS] as const;
const SLASH_COMMANDS_WITH_MANAGE = [...SLASH_COMMANDS, 'manage'] as const;
const SLASH_COMMANDS_ALL = ['vote', ...SLASH_COMMANDS, 'manage'] as const;
