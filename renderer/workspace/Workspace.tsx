import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MutableRefObject,
  type Ref,
} from 'react';
import type { ItemContent } from '../../core/content/nodes';
import type { Finding } from '../../core/check/finding';
import { t, type Lang } from '../../core/i18n/catalog';
import { addItem } from '../../core/model/ops';
import { addComment } from '../../core/review/comments';
import type { ProtocolDocument } from '../../core/model/schema';
import { knownWords } from '../../core/spelling/known';
import { findTemplate } from '../../core/templates/registry';
import type { ItemEditorHandle } from './editor-extras';
import { useSnippets } from '../editor/snippets/useSnippets';
import { bodySnippetSetId } from '../../core/snippets/starter';
import { AgendaSidebar } from '../meeting';
import { ReviewFrameContext, useReviewReadOnly } from '../review';
import { useShell } from '../ui/context';
import { CheckPanel } from './CheckPanel';
import { ItemPane } from './ItemPane';
import { MeetingPane } from './MeetingPane';
import { RosterPane } from './RosterPane';
import { initialSelection, validSelection, type Selection } from './selection';
import { firstEmptyField } from './startFocus';
import { useUndoKey, useVorlageImport, VorlageDialog } from './VorlageImport';
import { useDialogs } from '../ui/dialogs';
import './workspace.css';

/** The menu commands the workspace carries out (the frame handles the rest itself). */
export type WorkspaceCommand = 'undo' | 'redo' | 'find' | 'check' | 'importVorlage';

/** How the frame (menus, F9, the review panels) tells the workspace what to do. */
export interface WorkspaceCommands {
  /** `toggle`: F9 closes the check when it is open; the menu entry only opens it. */
  run(command: WorkspaceCommand, options?: { toggle?: boolean }): void;
  /** Shows an item (a review panel asks: a comment's or a suggestion's passage). */
  selectItem(itemId: string): void;
}

export interface WorkspaceProps {
  document: ProtocolDocument;
  onChange(next: ProtocolDocument): void;
  lang: Lang;
  /** Signed minutes, or minutes being signed: nothing in them may change. */
  readOnly?: boolean;
  /**
   * The frame calls this before it saves, exports or closes: the editor keeps the text it is
   * editing to itself until the clerk pauses, and this hands it over at once.
   */
  flushRef?: MutableRefObject<(() => ProtocolDocument) | null>;
  /** The clerk started typing: the document is unsaved although its text arrives later. */
  onDirty?(): void;
  /**
   * The selection the frame kept across a remount (a decided suggestion re-reads the text): the
   * clerk stays on the item they were on. onSelectionChange tells the frame what to keep.
   */
  remembered?: Selection | null;
  onSelectionChange?(selection: Selection): void;
  /** A new document: the focus goes to the first header field it still needs. */
  startInHeader?: boolean;
  /** The frame's handle on the workspace's commands. */
  commandsRef?: Ref<WorkspaceCommands>;
}

/**
 * The room the clerk works in: the agenda on the left, the selected item's header and text as
 * a page in the middle, the completeness check on the right. One editor is mounted at a time
 * (the selected item), which keeps a 60-item meeting as quick to open as a one-item one.
 */
export function Workspace({
  document,
  onChange,
  lang,
  readOnly: readOnlyProp = false,
  flushRef,
  onDirty,
  remembered = null,
  onSelectionChange,
  startInHeader = false,
  commandsRef,
}: WorkspaceProps) {
  // Signed minutes are read-only; asking here also tells the frame that we honour it.
  const reviewReadOnly = useReviewReadOnly();
  const readOnly = readOnlyProp || reviewReadOnly;
  const [selection, setSelection] = useState<Selection>(() =>
    remembered ? validSelection(document, remembered) : initialSelection(document),
  );
  useEffect(() => {
    onSelectionChange?.(selection);
  }, [selection, onSelectionChange]);
  const [checking, setChecking] = useState(false);
  // Below 720 px (a small window, 200 % zoom) the agenda lies over the desk while open.
  const [agendaOpen, setAgendaOpen] = useState(false);
  const agendaToggleRef = useRef<HTMLButtonElement>(null);
  const { host, settings, setSettings } = useShell();
  const reviewFrame = useContext(ReviewFrameContext);
  const snippets = useSnippets(host, bodySnippetSetId(document));
  const [activeCommentId, setActiveCommentId] = useState<string | null>(null);
  // The chair reviews a draft with suggestions; the clerk writes directly. Either may switch.
  const [suggesting, setSuggesting] = useState(document.workflow.state === 'review');
  const editorRef = useRef<ItemEditorHandle>(null);
  const agendaId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  // The newest document, for callbacks that outlive a render (the editor's delayed onChange).
  const documentRef = useRef(document);
  useLayoutEffect(() => {
    documentRef.current = document;
  }, [document]);
  const editorDirty = useRef(false);
  // Bumped when the item's text was replaced from outside (a Vorlage, its undo): a new editor.
  const [editorNonce, setEditorNonce] = useState(0);
  const forgetVorlage = useRef<() => void>(() => undefined);
  const markEditorDirty = useCallback(() => {
    editorDirty.current = true;
    forgetVorlage.current();
    onDirty?.();
  }, [onDirty]);

  const current = validSelection(document, selection);
  const item =
    current.kind === 'item' ? document.items.find((i) => i.id === current.itemId) : undefined;

  const withContent = useCallback((doc: ProtocolDocument, itemId: string, content: ItemContent) => {
    return { ...doc, items: doc.items.map((i) => (i.id === itemId ? { ...i, content } : i)) };
  }, []);

  const onContent = useCallback(
    (itemId: string, content: ItemContent) => {
      editorDirty.current = false;
      // A late report of text already handed over (by a flush) changes nothing: no new
      // revision, so a saved document does not turn unsaved by itself.
      const existing = documentRef.current.items.find((i) => i.id === itemId);
      if (existing && JSON.stringify(existing.content) === JSON.stringify(content)) return;
      const next = withContent(documentRef.current, itemId, content);
      documentRef.current = next;
      onChange(next);
    },
    [onChange, withContent],
  );

  /** Moves the editor's pending text into the document now; returns the document. */
  const flush = useCallback((): ProtocolDocument => {
    const editor = editorRef.current;
    if (editor && editorDirty.current && current.kind === 'item') {
      onContent(current.itemId, editor.getContent());
    }
    return documentRef.current;
  }, [current, onContent]);

  useEffect(() => {
    if (!flushRef) return;
    flushRef.current = flush;
    return () => {
      if (flushRef.current === flush) flushRef.current = null;
    };
  }, [flush, flushRef]);

  const dialogs = useDialogs();
  const vorlage = useVorlageImport({
    lang,
    current: flush,
    itemId: item?.id ?? null,
    replace: useCallback(
      (next: ProtocolDocument) => {
        editorDirty.current = false;
        documentRef.current = next;
        onChange(next);
        setEditorNonce((n) => n + 1);
      },
      [onChange],
    ),
  });
  const { forget: forgetImport, undo: vorlageUndo } = vorlage;
  useEffect(() => {
    forgetVorlage.current = forgetImport;
  }, [forgetImport]);
  // Another change after the import: Strg+Z belongs to that change from now on.
  useEffect(() => {
    if (vorlageUndo && document !== vorlageUndo.after && document !== vorlageUndo.before)
      forgetImport();
  }, [document, forgetImport, vorlageUndo]);
  useUndoKey(vorlageUndo !== null, vorlage.undoImport);
  // The new text is in: the caret goes to the first section still empty.
  useEffect(() => {
    if (editorNonce > 0) editorRef.current?.focus();
  }, [editorNonce]);
  const readVorlage = vorlage.read;
  const undoVorlage = vorlage.undoImport;

  // Where the clerk goes next in a new document: the first empty header field, else the text.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !startInHeader || readOnly) return;
    started.current = true;
    const desk = rootRef.current?.querySelector('.pk-workspace-desk') ?? null;
    const field = firstEmptyField(desk?.querySelector('[data-region="header"]') ?? null);
    if (field) field.focus();
    else editorRef.current?.focus();
  }, [readOnly, startInHeader]);

  const select = useCallback(
    (next: Selection) => {
      flush();
      setSelection(next);
    },
    [flush],
  );

  const jump = useCallback(
    (finding: Finding) => {
      const target: Selection = finding.itemId
        ? { kind: 'item', itemId: finding.itemId }
        : document.form === 'meeting'
          ? { kind: 'meeting' }
          : validSelection(document, selection);
      select(target);
      // After the pane for the target has rendered: focus the field the finding names.
      window.requestAnimationFrame(() => {
        const root = rootRef.current;
        if (!root) return;
        const field = finding.field ? root.querySelector(`[data-field="${finding.field}"]`) : null;
        const region =
          field ??
          (finding.field === 'attendance'
            ? root.querySelector('[data-region="attendance"]')
            : null) ??
          (finding.itemId ? root.querySelector('[data-region="text"]') : null);
        region?.scrollIntoView({ block: 'center' });
        const focusable = region?.querySelector<HTMLElement>(
          'input, select, textarea, [contenteditable=true], button',
        );
        if (finding.field && field && focusable) focusable.focus();
        else if (finding.itemId && !finding.field) editorRef.current?.focus();
      });
    },
    [document, select, selection],
  );

  // Commands from the menus (Electron's native menu or the browser mode's menu bar), F9 and
  // the review panels, through the frame's handle.
  useImperativeHandle(
    commandsRef,
    (): WorkspaceCommands => ({
      run(command, options = {}) {
        switch (command) {
          case 'find':
            editorRef.current?.openFind();
            break;
          case 'check':
            setChecking((on) => (options.toggle ? !on : true));
            break;
          case 'importVorlage':
            void dialogs.pickVorlage().then((path) => (path ? readVorlage({ path }) : undefined));
            break;
          case 'undo':
          case 'redo': {
            // What the shortcut does where the focus is: the item's text has its own history,
            // a Vorlage just imported is one step, a form field has the browser's.
            const editor = editorRef.current;
            if (editor?.hasFocus()) {
              if (command === 'undo') editor.undo();
              else editor.redo();
            } else if (!(command === 'undo' && vorlageUndo !== null && undoVorlage())) {
              window.document.execCommand(command);
            }
            break;
          }
        }
      },
      selectItem(itemId) {
        select({ kind: 'item', itemId });
      },
    }),
    [dialogs, readVorlage, select, undoVorlage, vorlageUndo],
  );

  /** Escape folds the agenda back when it lies over the desk (narrow window, 200 % zoom). */
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && agendaOpen && !event.defaultPrevented) {
      event.preventDefault();
      setAgendaOpen(false);
      agendaToggleRef.current?.focus();
    }
  };

  const author = settings.userName.trim();
  const onAddComment = useCallback(
    ({ quote, text }: { quote: string; text: string }) => {
      if (current.kind !== 'item') return null;
      const { document: next, id } = addComment(documentRef.current, {
        itemId: current.itemId,
        quote,
        text,
        author: author || t(lang, 'workspace.anonymous'),
        at: new Date().toISOString(),
      });
      documentRef.current = next;
      onChange(next);
      setActiveCommentId(id);
      return id;
    },
    [author, current, lang, onChange],
  );
  const onSelectComment = useCallback(
    (id: string) => {
      setActiveCommentId(id);
      reviewFrame?.openPanel('comments');
    },
    [reviewFrame],
  );
  // Offline spell checking: the roster, the body and the references are known words, and so
  // is what the user added ("Zum Wörterbuch hinzufügen", kept in the settings in user data).
  const ownWords = settings.spellingWords;
  const knownKey = useMemo(
    () => knownWords(document, ownWords ?? []).join('\n'),
    [document, ownWords],
  );
  const spelling = useMemo(
    () => ({
      known: knownKey.split('\n').filter(Boolean),
      onAddWord: (word: string) =>
        void setSettings({ spellingWords: [...new Set([...(ownWords ?? []), word])] }),
      addLabel: t(lang, 'spelling.add'),
      menuLabel: t(lang, 'spelling.menu'),
    }),
    [knownKey, lang, ownWords, setSettings],
  );
  const editorExtras = useMemo(
    () => ({
      snippets,
      onAddComment,
      onSelectComment,
      activeCommentId,
      suggestionMode: suggesting && !readOnly,
      author: author || t(lang, 'workspace.anonymous'),
      spelling,
    }),
    [
      activeCommentId,
      author,
      lang,
      onAddComment,
      onSelectComment,
      readOnly,
      snippets,
      spelling,
      suggesting,
    ],
  );

  const addFirst = () => {
    const result = addItem(document, { public: true, template: findTemplate(document.templateId) });
    onChange(result.document);
    setSelection({ kind: 'item', itemId: result.item.id });
  };

  return (
    <div
      className={`pk-workspace${agendaOpen ? ' pk-workspace--agenda-open' : ''}`}
      ref={rootRef}
      onKeyDown={onKeyDown}
      data-testid="workspace"
    >
      <nav
        className="pk-sidebar"
        id={agendaId}
        data-region="agenda"
        aria-label={t(lang, 'workspace.agenda')}
        // Choosing an item with the mouse folds the agenda overlay away (narrow window).
        onClick={(event) => {
          if ((event.target as Element).closest('[role="option"]')) setAgendaOpen(false);
        }}
      >
        {document.form === 'meeting' && (
          <button
            type="button"
            className={`pk-meeting-entry${current.kind === 'meeting' ? ' pk-meeting-entry--active' : ''}`}
            aria-current={current.kind === 'meeting' ? 'page' : undefined}
            onClick={() => {
              setAgendaOpen(false);
              select({ kind: 'meeting' });
            }}
          >
            <span className="pk-meeting-entry__title">{t(lang, 'workspace.meeting')}</span>
            <span className="pk-meeting-entry__hint">{t(lang, 'workspace.meetingHint')}</span>
          </button>
        )}
        {document.form !== 'meeting' && (
          <button
            type="button"
            className={`pk-meeting-entry${current.kind === 'people' ? ' pk-meeting-entry--active' : ''}`}
            aria-current={current.kind === 'people' ? 'page' : undefined}
            data-testid="people-entry"
            onClick={() => select({ kind: 'people' })}
          >
            <span className="pk-meeting-entry__title">{t(lang, 'meeting.roster.heading')}</span>
            <span className="pk-meeting-entry__hint">
              {t(lang, 'workspace.peopleHint', { count: document.people.length })}
            </span>
          </button>
        )}
        <AgendaSidebar
          document={document}
          onChange={onChange}
          lang={lang}
          readOnly={readOnly}
          selectedItemId={item?.id ?? null}
          onSelect={(itemId: string) => select({ kind: 'item', itemId })}
          onActivate={() => {
            setAgendaOpen(false);
            editorRef.current?.focus();
          }}
        />
        <div className="pk-sidebar__foot">
          {!readOnly && (
            <button
              type="button"
              className={`pk-check-button${suggesting ? ' pk-check-button--on' : ''}`}
              onClick={() => setSuggesting((on) => !on)}
              aria-pressed={suggesting}
              title={t(lang, 'workspace.suggestHint')}
              data-testid="suggestion-toggle"
            >
              {t(lang, 'workspace.suggest')}
            </button>
          )}
          <button
            type="button"
            className={`pk-check-button${checking ? ' pk-check-button--on' : ''}`}
            onClick={() => setChecking((on) => !on)}
            aria-pressed={checking}
            title={t(lang, 'workspace.checkShortcut')}
          >
            {t(lang, 'workspace.check')}
          </button>
        </div>
      </nav>
      <main
        className="pk-workspace-desk"
        onDragOverCapture={(event) => {
          if (!readOnly && item && event.dataTransfer.types.includes('Files'))
            event.preventDefault();
        }}
        onDropCapture={(event) => {
          const file = event.dataTransfer.files[0];
          if (readOnly || !item || !file) return;
          // A dropped Beschlussvorlage is read by the host, not pasted into the text.
          event.preventDefault();
          event.stopPropagation();
          void readVorlage({ file });
        }}
      >
        <button
          type="button"
          ref={agendaToggleRef}
          className="pk-agenda-toggle"
          aria-expanded={agendaOpen}
          aria-controls={agendaId}
          data-region="agenda-toggle"
          onClick={() => setAgendaOpen((open) => !open)}
        >
          {agendaOpen
            ? t(lang, 'workspace.agendaHide')
            : document.items.length === 1
              ? t(lang, 'workspace.agendaShowOne')
              : t(lang, 'workspace.agendaShow', { count: document.items.length })}
        </button>
        {current.kind === 'meeting' && (
          <MeetingPane
            document={document}
            lang={lang}
            readOnly={readOnly}
            onChange={onChange}
            revealFindings={checking}
          />
        )}
        {current.kind === 'people' && (
          <RosterPane document={document} lang={lang} readOnly={readOnly} onChange={onChange} />
        )}
        {item && (
          <ItemPane
            key={`${item.id}:${editorNonce}`}
            document={document}
            item={item}
            lang={lang}
            readOnly={readOnly}
            onChange={onChange}
            onDirty={markEditorDirty}
            onContent={onContent}
            editorRef={editorRef}
            revealFindings={checking}
            editorExtras={editorExtras}
          />
        )}
        {!item && current.kind === 'item' && (
          <div className="pk-empty">
            <p>{t(lang, 'workspace.noItems')}</p>
            {!readOnly && (
              <button type="button" onClick={addFirst}>
                {t(lang, 'workspace.addFirst')}
              </button>
            )}
          </div>
        )}
      </main>
      {vorlage.pending && (
        <VorlageDialog
          document={document}
          pending={vorlage.pending}
          lang={lang}
          onCancel={vorlage.cancel}
          onConfirm={vorlage.confirm}
        />
      )}
      {vorlageUndo && (
        <div className="pk-vorlage-note" role="status" data-testid="vorlage-note">
          {t(lang, 'vorlage.done')}{' '}
          <button type="button" onClick={() => vorlage.undoImport()}>
            {t(lang, 'shell.menu.undo')}
          </button>
        </div>
      )}
      {checking && (
        <CheckPanel
          document={document}
          lang={lang}
          onJump={jump}
          onClose={() => setChecking(false)}
        />
      )}
    </div>
  );
}
