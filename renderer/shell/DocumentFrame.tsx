import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ExportKind, MenuCommand, OpenDocument } from '../../contract/host-api';
import { applyGremium, type Gremium } from '../../core/body/gremium';
import type { ProtocolDocument } from '../../core/model/schema';
import {
  ReadOnlyBanner,
  ReviewBar,
  ReviewDialogs,
  ReviewFrameContext,
  ReviewPanel,
  ReviewStatus,
  titleSuffix,
  useReviewFrame,
  WorkspaceReviewContext,
} from '../review';
import type { Selection } from '../workspace/selection';
import { Workspace, type WorkspaceCommands } from '../workspace/Workspace';
import { useShell } from '../ui/context';
import { useDialogs } from '../ui/dialogs';
import { errorCode } from '../ui/errors';
import { formatTime, useT } from '../ui/i18n';
import { stem, suggestedBaseName } from './names';
import { ExportProgress } from './ExportProgress';
import { PreviewDialog } from './PreviewDialog';

export interface FrameHandle {
  /** Asks about unsaved changes; true when the document was closed (saved or discarded). */
  requestClose(): Promise<boolean>;
  /** `toggle`: F9 closes the check when it is open (the menu entry only opens it). */
  run(command: MenuCommand, options?: { toggle?: boolean }): void;
  /** Copies a body (Gremium) into the open minutes (Aus Gremium übernehmen). */
  applyGremium(gremium: Gremium): void;
  /** The minutes as they are now (what the editor typed included). */
  currentDocument(): ProtocolDocument;
}

interface FrameProps {
  initial: OpenDocument;
  /** Reload from disk or restore put another document in this frame. */
  onReplace(next: OpenDocument): void;
  /** The item to show first (an archive hit opens its minutes at that item). */
  initialItemId?: string | null;
}

type Busy = null | 'saving' | 'exporting';

interface FileState {
  path: string | null;
  name: string;
  savedAt: string | null;
}

/** Runs a task when the renderer is idle, so autosave never competes with a keystroke. */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(task, { timeout: 1000 });
  else window.setTimeout(task, 0);
}

/**
 * The open document: its workspace, file state, saving, autosave to the recovery copy,
 * conflicts with changes made by others, exports, and the close question.
 */
export const DocumentFrame = forwardRef<FrameHandle, FrameProps>(function DocumentFrame(
  { initial, onReplace, initialItemId = null },
  ref,
) {
  const { host, info, settings, lang, report, setSettings } = useShell();
  const dialogs = useDialogs();
  const t = useT();
  const handle = initial.handle;
  const [document, setDocument] = useState(() => initial.document as ProtocolDocument);
  const documentRef = useRef(document);
  const [file, setFile] = useState<FileState>({
    path: initial.path,
    name: initial.name,
    savedAt: null,
  });
  const fileRef = useRef(file);
  useEffect(() => {
    fileRef.current = file;
  }, [file]);
  // Revisions: the document is dirty while its revision differs from the last saved one.
  const revisionRef = useRef(0);
  // A recovered or imported document holds what no file holds yet: it starts unsaved.
  const savedRevisionRef = useRef(initial.recovered || initial.imported ? -1 : 0);
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(savedRevisionRef.current);
  const [autosavedAt, setAutosavedAt] = useState<string | null>(null);
  const [autosaveFailed, setAutosaveFailed] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [exportJob, setExportJob] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  // Bumped when review changed the items' text (a suggestion decided): the workspace re-reads it.
  const [workspaceKey, setWorkspaceKey] = useState(0);
  // The item on screen survives that re-read: accepting a suggestion keeps the clerk there.
  const [remembered, setRemembered] = useState<Selection | null>(() =>
    initialItemId ? { kind: 'item', itemId: initialItemId } : null,
  );
  const timerRef = useRef<number | null>(null);
  /** The workspace's flush: the editor's pending text, handed over before save/export/close. */
  const flushRef = useRef<(() => ProtocolDocument) | null>(null);
  const workspaceRef = useRef<WorkspaceCommands>(null);
  const dirty = revision !== savedRevision;
  const displayName = file.name || t('shell.untitled');

  const markSaved = (rev: number) => {
    savedRevisionRef.current = rev;
    setSavedRevision(rev);
  };

  useEffect(() => {
    if (host.mode !== 'browser' || !dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, host.mode]);

  useEffect(
    () => () => {
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    },
    [],
  );

  const save = useCallback(
    async (target: string | null, force = false): Promise<boolean> => {
      // The editor hands over what the clerk typed since the last pause.
      flushRef.current?.();
      if (!target && !fileRef.current.path) return saveAsRef.current();
      const rev = revisionRef.current;
      setBusy('saving');
      try {
        const result = await host.call('document.save', {
          handle,
          document: documentRef.current,
          path: target,
          force,
        });
        markSaved(rev);
        const next = { path: result.path, name: result.name, savedAt: result.savedAt };
        fileRef.current = next;
        setFile(next);
        setNotice(null);
        return true;
      } catch (error) {
        if (errorCode(error) === 'file.changedOnDisk') return resolveConflictRef.current(error);
        report(error);
        return false;
      } finally {
        setBusy(null);
      }
    },
    [handle, host, report],
  );

  const saveAs = useCallback(async (): Promise<boolean> => {
    const suggested = fileRef.current.name
      ? stem(fileRef.current.name)
      : suggestedBaseName(documentRef.current, t('shell.untitled'));
    const path = await dialogs.pickSave('protokoll', suggested);
    return path ? save(path) : false;
  }, [dialogs, save, t]);
  const saveAsRef = useRef(saveAs);
  useEffect(() => {
    saveAsRef.current = saveAs;
  }, [saveAs]);

  const reload = useCallback(async () => {
    const path = fileRef.current.path;
    if (!path) return;
    try {
      const opened = await host.call('document.open', { path });
      await host.call('document.close', { handle }).catch(() => undefined);
      onReplace(opened);
    } catch (error) {
      report(error);
    }
  }, [handle, host, onReplace, report]);

  const resolveConflict = useCallback(
    async (error: unknown): Promise<boolean> => {
      const message = error instanceof Error ? error.message : '';
      const choice = await dialogs.ask(t('shell.conflict.title'), message, [
        { id: 'reload', label: t('shell.conflict.reload') },
        { id: 'overwrite', label: t('shell.conflict.overwrite'), kind: 'danger' },
        { id: 'saveAs', label: t('shell.conflict.saveAs'), kind: 'primary' },
      ]);
      if (choice === 'saveAs') return saveAs();
      if (choice === 'overwrite') return save(null, true);
      if (choice === 'reload') {
        const sure = await dialogs.ask(
          t('shell.conflict.reload'),
          t('shell.conflict.reloadConfirm'),
          [
            { id: 'no', label: t('shell.dialog.cancel') },
            { id: 'yes', label: t('shell.conflict.reload'), kind: 'danger' },
          ],
        );
        if (sure === 'yes') await reload();
      }
      return false;
    },
    [dialogs, reload, save, saveAs, t],
  );
  const resolveConflictRef = useRef(resolveConflict);
  useEffect(() => {
    resolveConflictRef.current = resolveConflict;
  }, [resolveConflict]);

  const autosave = useCallback(() => {
    timerRef.current = null;
    whenIdle(() => {
      flushRef.current?.();
      if (revisionRef.current === savedRevisionRef.current) return;
      if (settings.autosaveToFile && fileRef.current.path) {
        void save(null);
        return;
      }
      host
        .call('recovery.write', { handle, document: documentRef.current })
        .then((result) => {
          setAutosavedAt(result.savedAt);
          setAutosaveFailed(false);
        })
        .catch(() => setAutosaveFailed(true));
    });
  }, [handle, host, save, settings.autosaveToFile]);

  const commit = useCallback(
    (next: ProtocolDocument) => {
      documentRef.current = next;
      setDocument(next);
      revisionRef.current += 1;
      setRevision(revisionRef.current);
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(autosave, info.autosaveDelayMs);
    },
    [autosave, info.autosaveDelayMs],
  );

  /**
   * The editor's first keystroke after a save: the document is unsaved from now on (the title
   * shows •), although the text itself arrives later, when the clerk pauses or we flush.
   */
  const markDirty = useCallback(() => {
    revisionRef.current += 1;
    setRevision(revisionRef.current);
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(autosave, info.autosaveDelayMs);
  }, [autosave, info.autosaveDelayMs]);

  const review = useReviewFrame({
    document,
    // Review steps must see what was just typed: the editor hands over its pending text first.
    current: useCallback(() => {
      flushRef.current?.();
      return documentRef.current;
    }, []),
    apply: useCallback(
      (next: ProtocolDocument, options?: { remount?: boolean }) => {
        if (options?.remount) setWorkspaceKey((key) => key + 1);
        commit(next);
      },
      [commit],
    ),
    save: useCallback(() => save(null), [save]),
    hasFile: file.path !== null,
    lockedBy: initial.lockedBy,
    selectItem: useCallback((itemId: string) => workspaceRef.current?.selectItem(itemId), []),
  });
  const { accepts, refuse } = review;
  const reviewTitle = titleSuffix(review.state, lang);

  // Signed minutes: whatever the workspace sends must leave the signed content as it was.
  const onChange = useCallback(
    (next: ProtocolDocument) => {
      if (!accepts(documentRef.current, next)) {
        refuse();
        return;
      }
      commit(next);
    },
    [accepts, commit, refuse],
  );

  // Title: file name, review state and the unsaved mark, in the window or the tab (browser).
  useEffect(() => {
    const title = `${dirty ? '• ' : ''}${displayName}${reviewTitle} – Protokollant`;
    if (host.mode === 'browser') window.document.title = title;
    host.call('window.setTitle', { title, dirty }).catch(() => undefined);
  }, [dirty, displayName, host, reviewTitle]);

  const exportTo = useCallback(
    async (kind: ExportKind, itemId: string | null) => {
      flushRef.current?.();
      const doc = documentRef.current;
      const item = itemId ? doc.items.find((i) => i.id === itemId) : undefined;
      const base =
        fileRef.current.name && !item
          ? stem(fileRef.current.name)
          : suggestedBaseName(doc, t('shell.untitled'));
      // Minutes with a non-public part: the full version (internal) or "Nur öffentlicher Teil",
      // the version that may be published.
      let publicOnly = false;
      if (!item && doc.items.some((i) => !i.public) && doc.items.some((i) => i.public)) {
        const scope = await dialogs.ask(
          t('safety.export.scopeTitle'),
          t('safety.export.scopeMessage'),
          [
            { id: 'cancel', label: t('shell.close.cancel') },
            { id: 'full', label: t('safety.export.full') },
            { id: 'public', label: t('safety.export.publicOnly'), kind: 'primary' },
          ],
        );
        if (scope === null || scope === 'cancel') return;
        publicOnly = scope === 'public';
      }
      const suggested = item
        ? `${base} ${t('shell.export.extractSuffix', { number: item.number })}`
        : publicOnly
          ? `${base} ${t('safety.export.publicSuffix')}`
          : base;
      // Chairs who review in Word get the open comment threads as Word comments, if wanted.
      const openComments = doc.comments.filter(
        (c) => !c.resolved && (!itemId || c.itemId === itemId),
      ).length;
      let includeComments = false;
      if (kind === 'docx' && openComments > 0 && !publicOnly) {
        const choice = await dialogs.ask(
          t('shell.export.commentsTitle'),
          openComments === 1
            ? t('shell.export.commentsMessageOne')
            : t('shell.export.commentsMessage', { count: openComments }),
          [
            { id: 'cancel', label: t('shell.close.cancel') },
            { id: 'without', label: t('shell.export.commentsWithout') },
            { id: 'with', label: t('shell.export.commentsWith'), kind: 'primary' },
          ],
        );
        if (choice === null || choice === 'cancel') return;
        includeComments = choice === 'with';
      }
      const path = await dialogs.pickSave(kind === 'pdf' ? 'pdf' : 'docx', suggested);
      if (!path) return;
      // The export runs on a worker thread of the host: its id lets the status bar follow it
      // and cancel it (ExportProgress).
      const jobId = crypto.randomUUID();
      setExportJob(jobId);
      setBusy('exporting');
      try {
        const result = await host.call('export.write', {
          // As text: the host hands it to its worker unparsed (a 150-page document would hold
          // the host's main thread for longer than the 100 ms it may take to answer).
          documentText: JSON.stringify(doc),
          kind,
          path,
          itemId,
          includeComments,
          publicOnly,
          jobId,
        });
        setNotice(t('shell.status.exported', { file: result.path.replace(/^.*[\\/]/, '') }));
      } catch (error) {
        if (errorCode(error) === 'work.cancelled') setNotice(t('work.progress.cancelled'));
        else report(error);
      } finally {
        setBusy(null);
        setExportJob(null);
      }
    },
    [dialogs, host, report, t],
  );

  const requestClose = useCallback(async (): Promise<boolean> => {
    flushRef.current?.();
    if (revisionRef.current !== savedRevisionRef.current) {
      const choice = await dialogs.ask(
        t('shell.close.title'),
        t('shell.close.message', { name: fileRef.current.name || t('shell.untitled') }),
        [
          { id: 'cancel', label: t('shell.close.cancel') },
          { id: 'discard', label: t('shell.close.discard'), kind: 'danger' },
          { id: 'save', label: t('shell.close.save'), kind: 'primary' },
        ],
      );
      if (choice === null || choice === 'cancel') return false;
      if (choice === 'save' && !(await save(null))) return false;
    }
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
    // Nothing is lost if this fails: the recovery copy stays and is offered at the next start.
    await host.call('document.close', { handle }).catch(() => undefined);
    return true;
  }, [dialogs, handle, host, save, t]);

  const run = useCallback(
    (command: MenuCommand, options?: { toggle?: boolean }) => {
      switch (command) {
        case 'save':
          void save(null);
          break;
        case 'saveAs':
          void saveAs();
          break;
        case 'exportDocx':
          void exportTo('docx', null);
          break;
        case 'exportPdf':
          void exportTo('pdf', null);
          break;
        case 'exportExtract':
          flushRef.current?.();
          void dialogs
            .chooseExtract(documentRef.current)
            .then((choice) => choice && exportTo(choice.kind, choice.itemId));
          break;
        case 'preview':
          flushRef.current?.();
          setPreviewing(true);
          break;
        case 'undo':
        case 'redo':
        case 'find':
        case 'check':
        case 'importVorlage':
          // The workspace owns these.
          workspaceRef.current?.run(command, options);
          break;
        default:
          review.run(command);
          break;
      }
    },
    [dialogs, exportTo, review, save, saveAs],
  );

  const takeGremium = useCallback(
    (gremium: Gremium) => {
      flushRef.current?.();
      let result;
      try {
        result = applyGremium(documentRef.current, gremium);
      } catch (error) {
        report(error);
        return;
      }
      if (!accepts(documentRef.current, result.document)) {
        refuse();
        return;
      }
      // The header and roster views re-read the people and the body.
      setWorkspaceKey((key) => key + 1);
      commit(result.document);
      setNotice(
        t('gremium.applied', { added: result.added, updated: result.updated, kept: result.kept }),
      );
    },
    [accepts, commit, refuse, report, t],
  );

  useImperativeHandle(
    ref,
    () => ({
      requestClose,
      run,
      applyGremium: takeGremium,
      currentDocument: () => {
        flushRef.current?.();
        return documentRef.current;
      },
    }),
    [requestClose, run, takeGremium],
  );

  const saveState =
    busy === 'saving'
      ? t('shell.status.saving')
      : dirty
        ? initial.recovered && savedRevision === -1
          ? t('shell.status.recovered')
          : initial.imported && savedRevision === -1
            ? t('shell.status.imported')
            : t('shell.status.unsaved')
        : file.savedAt
          ? t('shell.status.saved', { time: formatTime(file.savedAt, lang) })
          : file.path
            ? t('shell.status.opened')
            : t('shell.status.never');
  const autosaveState = autosaveFailed
    ? t('shell.status.autosaveFailed')
    : autosavedAt && dirty
      ? t('shell.status.autosaved', { time: formatTime(autosavedAt, lang) })
      : '';

  return (
    <ReviewFrameContext.Provider value={review}>
      <div className="pk-frame">
        <div className="pk-docbar">
          <span
            className="pk-docbar-name"
            data-testid="document-name"
            title={file.path ?? undefined}
          >
            {displayName}
            {dirty ? (
              <span className="pk-dirty-mark" aria-label={t('shell.status.unsaved')}>
                {' '}
                •
              </span>
            ) : null}
          </span>
          <span className="pk-docbar-path">{file.path ?? ''}</span>
          <ReviewBar />
        </div>
        <ReadOnlyBanner />
        <div className="pk-frame-body">
          <main className="pk-desk">
            <WorkspaceReviewContext.Provider value={review.workspace}>
              {/* Inert only until the workspace says it honours readOnly (useReviewReadOnly). */}
              <div
                className="pk-desk-content"
                inert={review.deskInert}
                data-readonly={review.state.readOnly || undefined}
              >
                <Workspace
                  key={workspaceKey}
                  document={document}
                  onChange={onChange}
                  lang={lang}
                  flushRef={flushRef}
                  onDirty={markDirty}
                  remembered={remembered}
                  onSelectionChange={setRemembered}
                  startInHeader={initial.path === null && !initial.recovered && !initial.imported}
                  commandsRef={workspaceRef}
                />
              </div>
            </WorkspaceReviewContext.Provider>
          </main>
          {review.panelOpen ? <ReviewPanel /> : null}
        </div>
        <ReviewDialogs />
        {previewing ? (
          <PreviewDialog document={document} onClose={() => setPreviewing(false)} />
        ) : null}
        <footer className="pk-status" role="status" data-region="status">
          <span className={`pk-status-save${dirty ? ' is-dirty' : ''}`} data-testid="save-state">
            {saveState}
          </span>
          <span className="pk-status-autosave" data-testid="autosave-state">
            {busy === 'exporting' && exportJob ? (
              <ExportProgress jobId={exportJob} />
            ) : busy === 'exporting' ? (
              t('shell.status.exporting')
            ) : (
              (notice ?? autosaveState)
            )}
          </span>
          <label className="pk-status-toggle" title={t('shell.status.autosaveToFileHint')}>
            <input
              type="checkbox"
              checked={settings.autosaveToFile}
              onChange={(event) => void setSettings({ autosaveToFile: event.target.checked })}
            />
            {t('shell.status.autosaveToFile')}
          </label>
          <ReviewStatus />
          <span className="pk-status-count">
            {t('shell.status.items', { count: document.items.length })}
          </span>
        </footer>
      </div>
    </ReviewFrameContext.Provider>
  );
});
