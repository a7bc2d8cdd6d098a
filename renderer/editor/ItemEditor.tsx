import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import type { ItemContent } from '../../core/content/nodes';
import type { Lang } from '../../core/i18n/catalog';
import type { SectionTemplate } from '../../core/templates/schema';
import { registerBehaviours } from './behaviours';
import { OPEN_FIND_COMMAND } from './commands';
import { EDITOR_NODES, EDITOR_THEME } from './config';
import { useChangeTracker } from './content/ChangePlugin';
import { $loadContent, readContent } from './content/serialize';
import { FindBar } from './find/FindBar';
import { FindSession, type FindStatus } from './find/FindSession';
import { translator } from './i18n';
import {
  FALLBACK_LABELS,
  LabelsContext,
  MentionsContext,
  type ProtocolNodeLabels,
} from './nodes/ProtocolNodeLabels';
import { useSpeakerMentions } from './nodes/useSpeakerMentions';
import { PastePlugin } from './paste/PastePlugin';
import { SectionGuardPlugin } from './sections/SectionGuardPlugin';
import { SectionPlaceholderPlugin } from './sections/SectionPlaceholderPlugin';
import { Toolbar } from './toolbar/Toolbar';
import './editor.css';

/** What the host holds on to: the content on demand, focus and find. */
export interface ItemEditorHandle {
  /** Serializes the current text (flushes pending edits first). Resets the dirty report. */
  getContent(): ItemContent;
  focus(): void;
  openFind(options?: { query?: string; replace?: boolean }): void;
  closeFind(): void;
  findNext(): void;
  findPrevious(): void;
  findStatus(): FindStatus;
  /** Replaces every match of the open find; returns the count (one undo step). */
  replaceAll(replacement: string): number;
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
  /** The words for speaker and vote nodes (from the document's roster and body). */
  labels?: ProtocolNodeLabels;
  /** Hide the toolbar (e.g. a read-only preview). */
  toolbar?: boolean;
  className?: string;
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
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <LabelsContext.Provider value={props.labels ?? FALLBACK_LABELS}>
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
  } = props;
  const tr = translator(lang);
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
  useEffect(() => () => session.dispose(), [session]);
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
        editor.focus();
      },
      openFind(options = {}) {
        session.open({ ...options, replace: (options.replace ?? false) && !readOnly });
        setFindOpen(true);
        setFindFocus((n) => n + 1);
      },
      closeFind() {
        session.close(true);
        setFindOpen(false);
      },
      findNext: () => session.next(),
      findPrevious: () => session.previous(),
      findStatus: () => session.status(),
      replaceAll: (replacement) => (readOnly ? 0 : session.replaceAll(replacement)),
    }),
    [editor, session, tracker, readOnly],
  );

  return (
    <div
      className={`pk-editor${readOnly ? ' pk-editor--readonly' : ''}${className ? ` ${className}` : ''}`}
      lang={lang}
    >
      {toolbar && (
        <div className="pk-editor-chrome">
          <Toolbar lang={lang} readOnly={readOnly} onReturn={() => editor.focus()} />
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
                spellCheck
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
      {frames.length > 0 && <SectionGuardPlugin frames={frames} />}
      <SectionPlaceholderPlugin sections={sections} />
      <PastePlugin />
    </div>
  );
}
