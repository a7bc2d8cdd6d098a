import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { OpenDocument } from '../../../contract/host-api';
import type { ProtocolDocument } from '../../../core/model/schema';
import { useShell } from '../../ui/context';
import { useDialogs } from '../../ui/dialogs';
import { errorCode } from '../../ui/errors';
import { useT } from '../../ui/i18n';
import { usePaths } from '../../ui/paths';
import { suggestedBaseName } from '../names';
import {
  initialSession,
  isDirty,
  sessionReducer,
  type Busy,
  type SessionAction,
  type SessionState,
} from './state';

/** Runs a task when the renderer is idle, so autosave never competes with a keystroke. */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(task, { timeout: 1000 });
  else window.setTimeout(task, 0);
}

export interface DocumentSession {
  state: SessionState;
  dirty: boolean;
  /** The workspace's flush: the editor's pending text, handed over before save/export/close. */
  flushRef: MutableRefObject<(() => ProtocolDocument) | null>;
  /** The minutes as they are now, what the editor has not handed over yet included. */
  current(): ProtocolDocument;
  /** The state as it is now, for callbacks that run after an await. */
  now(): SessionState;
  /** A new document from the workspace or review: unsaved, autosaved after a pause. */
  commit(next: ProtocolDocument): void;
  /** The editor's first keystroke after a save: unsaved from now on (the title shows •). */
  markDirty(): void;
  /** Saves to `target`, or to the document's file (asking for one when it has none). */
  save(target: string | null, force?: boolean): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Asks about unsaved changes; true when the document was closed (saved or discarded). */
  requestClose(): Promise<boolean>;
  setBusy(busy: Busy): void;
  setNotice(text: string | null): void;
}

/**
 * The open document's session: its content and file, the revision that tells whether it is
 * dirty, saving (with the conflict question when someone else changed the file), autosave to
 * the recovery copy (or to the file, if the clerk wants that), reloading, and the close
 * question. One state object, kept in a ref as well, so that callbacks that run after an await
 * read what is true now instead of what was true when they were made.
 */
export function useDocumentSession(
  initial: OpenDocument,
  onReplace: (next: OpenDocument) => void,
): DocumentSession {
  const { host, info, settings, report } = useShell();
  const dialogs = useDialogs();
  const t = useT();
  const paths = usePaths();
  const handle = initial.handle;
  const [state, setState] = useState(() =>
    initialSession(
      initial.document as ProtocolDocument,
      initial,
      initial.recovered || initial.imported,
    ),
  );
  const stateRef = useRef(state);
  const dispatch = useCallback((action: SessionAction) => {
    stateRef.current = sessionReducer(stateRef.current, action);
    setState(stateRef.current);
  }, []);
  const flushRef = useRef<(() => ProtocolDocument) | null>(null);
  const timerRef = useRef<number | null>(null);
  // The autosave timer was set by an older render: it reads the setting and the operations
  // as they are when it fires.
  const latest = useRef({ autosaveToFile: settings.autosaveToFile, save: null as null | SaveFn });
  useEffect(() => {
    latest.current.autosaveToFile = settings.autosaveToFile;
  }, [settings.autosaveToFile]);

  const dirty = isDirty(state);
  useEffect(() => {
    if (host.mode !== 'browser' || !dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, host.mode]);

  const stopTimer = useCallback(() => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
  }, []);
  useEffect(() => stopTimer, [stopTimer]);

  const flush = useCallback(() => {
    flushRef.current?.();
  }, []);

  const reload = useCallback(async () => {
    const path = stateRef.current.file.path;
    if (!path) return;
    try {
      const opened = await host.call('document.open', { path });
      await host.call('document.close', { handle }).catch(() => undefined);
      onReplace(opened);
    } catch (error) {
      report(error);
    }
  }, [handle, host, onReplace, report]);

  // save, saveAs and the conflict question call each other: they are made once, in one place.
  const operations = useMemo(() => {
    const saveAs = async (): Promise<boolean> => {
      const { file, document } = stateRef.current;
      const suggested = file.name
        ? paths.stem(file.name)
        : suggestedBaseName(document, t('shell.untitled'), paths);
      const path = await dialogs.pickSave('protokoll', suggested);
      return path ? save(path) : false;
    };

    const save: SaveFn = async (target, force = false) => {
      // The editor hands over what the clerk typed since the last pause.
      flush();
      if (!target && !stateRef.current.file.path) return saveAs();
      const revision = stateRef.current.revision;
      dispatch({ type: 'busy', busy: 'saving' });
      try {
        const result = await host.call('document.save', {
          handle,
          document: stateRef.current.document,
          path: target,
          force,
        });
        dispatch({
          type: 'saved',
          revision,
          file: { path: result.path, name: result.name, savedAt: result.savedAt },
        });
        return true;
      } catch (error) {
        if (errorCode(error) === 'file.changedOnDisk') return resolveConflict(error);
        report(error);
        return false;
      } finally {
        dispatch({ type: 'busy', busy: null });
      }
    };

    const resolveConflict = async (error: unknown): Promise<boolean> => {
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
    };
    return { save, saveAs };
  }, [dialogs, dispatch, flush, handle, host, paths, reload, report, t]);
  useEffect(() => {
    latest.current.save = operations.save;
  }, [operations]);

  const autosave = useCallback(() => {
    timerRef.current = null;
    whenIdle(() => {
      flush();
      if (!isDirty(stateRef.current)) return;
      if (latest.current.autosaveToFile && stateRef.current.file.path) {
        void latest.current.save?.(null);
        return;
      }
      host
        .call('recovery.write', { handle, document: stateRef.current.document })
        .then((result) => dispatch({ type: 'autosaved', at: result.savedAt }))
        .catch(() => dispatch({ type: 'autosaveFailed' }));
    });
  }, [dispatch, flush, handle, host]);

  const edited = useCallback(
    (document?: ProtocolDocument) => {
      dispatch({ type: 'edited', document });
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(autosave, info.autosaveDelayMs);
    },
    [autosave, dispatch, info.autosaveDelayMs],
  );
  const commit = useCallback((next: ProtocolDocument) => edited(next), [edited]);
  const markDirty = useCallback(() => edited(), [edited]);

  const requestClose = useCallback(async (): Promise<boolean> => {
    flush();
    if (isDirty(stateRef.current)) {
      const choice = await dialogs.ask(
        t('shell.close.title'),
        t('shell.close.message', { name: stateRef.current.file.name || t('shell.untitled') }),
        [
          { id: 'cancel', label: t('shell.close.cancel') },
          { id: 'discard', label: t('shell.close.discard'), kind: 'danger' },
          { id: 'save', label: t('shell.close.save'), kind: 'primary' },
        ],
      );
      if (choice === null || choice === 'cancel') return false;
      if (choice === 'save' && !(await operations.save(null))) return false;
    }
    stopTimer();
    // Nothing is lost if this fails: the recovery copy stays and is offered at the next start.
    await host.call('document.close', { handle }).catch(() => undefined);
    return true;
  }, [dialogs, flush, handle, host, operations, stopTimer, t]);

  const current = useCallback(() => {
    flush();
    return stateRef.current.document;
  }, [flush]);
  const now = useCallback(() => stateRef.current, []);
  const setBusy = useCallback((busy: Busy) => dispatch({ type: 'busy', busy }), [dispatch]);
  const setNotice = useCallback(
    (text: string | null) => dispatch({ type: 'notice', text }),
    [dispatch],
  );

  return {
    state,
    dirty,
    flushRef,
    current,
    now,
    commit,
    markDirty,
    save: operations.save,
    saveAs: operations.saveAs,
    requestClose,
    setBusy,
    setNotice,
  };
}

type SaveFn = (target: string | null, force?: boolean) => Promise<boolean>;

/** The window's (or, in the browser, the tab's) title: name, review state, unsaved mark. */
export function useWindowTitle(name: string, suffix: string, dirty: boolean): void {
  const { host } = useShell();
  useEffect(() => {
    const title = `${dirty ? '• ' : ''}${name}${suffix} – Protokollant`;
    if (host.mode === 'browser') window.document.title = title;
    host.call('window.setTitle', { title, dirty }).catch(() => undefined);
  }, [dirty, name, host, suffix]);
}
