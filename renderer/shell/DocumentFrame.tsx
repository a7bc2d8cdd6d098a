import { forwardRef, useCallback, useImperativeHandle, useRef, useState } from 'react';
import type { MenuCommand, OpenDocument } from '../../contract/host-api';
import { applyGremium, type Gremium } from '../../core/body/gremium';
import type { ProtocolDocument } from '../../core/model/schema';
import {
  ReadOnlyBanner,
  ReviewBar,
  ReviewDialogs,
  ReviewFrameContext,
  ReviewPanel,
  titleSuffix,
  useReviewFrame,
  WorkspaceReviewContext,
} from '../review';
import type { Selection } from '../workspace/selection';
import { Workspace, type WorkspaceCommands } from '../workspace/Workspace';
import { useShell } from '../ui/context';
import { useDialogs } from '../ui/dialogs';
import { useT } from '../ui/i18n';
import { PreviewDialog } from './PreviewDialog';
import { useDocumentSession, useWindowTitle } from './session/useDocumentSession';
import { useExport } from './session/useExport';
import { StatusBar } from './StatusBar';

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

/**
 * The open document: its workspace, review, exports and status line over the document session
 * (file state, saving, autosave, conflicts, the close question: useDocumentSession).
 */
export const DocumentFrame = forwardRef<FrameHandle, FrameProps>(function DocumentFrame(
  { initial, onReplace, initialItemId = null },
  ref,
) {
  const { lang, report } = useShell();
  const dialogs = useDialogs();
  const t = useT();
  const session = useDocumentSession(initial, onReplace);
  const { state, dirty, current, now, commit, save, saveAs, requestClose, setNotice } = session;
  const { job: exportJob, exportTo } = useExport(session);
  const [previewing, setPreviewing] = useState(false);
  // Bumped when review changed the items' text (a suggestion decided): the workspace re-reads it.
  const [workspaceKey, setWorkspaceKey] = useState(0);
  // The item on screen survives that re-read: accepting a suggestion keeps the clerk there.
  const [remembered, setRemembered] = useState<Selection | null>(() =>
    initialItemId ? { kind: 'item', itemId: initialItemId } : null,
  );
  const workspaceRef = useRef<WorkspaceCommands>(null);
  const displayName = state.file.name || t('shell.untitled');

  const review = useReviewFrame({
    document: state.document,
    // Review steps must see what was just typed: the editor hands over its pending text first.
    current,
    apply: useCallback(
      (next: ProtocolDocument, options?: { remount?: boolean }) => {
        if (options?.remount) setWorkspaceKey((key) => key + 1);
        commit(next);
      },
      [commit],
    ),
    save: useCallback(() => save(null), [save]),
    hasFile: state.file.path !== null,
    lockedBy: initial.lockedBy,
    selectItem: useCallback((itemId: string) => workspaceRef.current?.selectItem(itemId), []),
  });
  const { accepts, refuse } = review;
  useWindowTitle(displayName, titleSuffix(review.state, lang), dirty);

  // Signed minutes: whatever the workspace sends must leave the signed content as it was.
  const onChange = useCallback(
    (next: ProtocolDocument) => {
      if (!accepts(now().document, next)) {
        refuse();
        return;
      }
      commit(next);
    },
    [accepts, commit, now, refuse],
  );

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
          void dialogs
            .chooseExtract(current())
            .then((choice) => choice && exportTo(choice.kind, choice.itemId));
          break;
        case 'preview':
          current();
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
    [current, dialogs, exportTo, review, save, saveAs],
  );

  const takeGremium = useCallback(
    (gremium: Gremium) => {
      const before = current();
      let result;
      try {
        result = applyGremium(before, gremium);
      } catch (error) {
        report(error);
        return;
      }
      if (!accepts(before, result.document)) {
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
    [accepts, commit, current, refuse, report, setNotice, t],
  );

  useImperativeHandle(
    ref,
    () => ({ requestClose, run, applyGremium: takeGremium, currentDocument: current }),
    [current, requestClose, run, takeGremium],
  );

  return (
    <ReviewFrameContext.Provider value={review}>
      <div className="pk-frame">
        <div className="pk-docbar">
          <span
            className="pk-docbar-name"
            data-testid="document-name"
            title={state.file.path ?? undefined}
          >
            {displayName}
            {dirty ? (
              <span className="pk-dirty-mark" aria-label={t('shell.status.unsaved')}>
                {' '}
                •
              </span>
            ) : null}
          </span>
          <span className="pk-docbar-path">{state.file.path ?? ''}</span>
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
                  document={state.document}
                  onChange={onChange}
                  lang={lang}
                  flushRef={session.flushRef}
                  onDirty={session.markDirty}
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
          <PreviewDialog document={state.document} onClose={() => setPreviewing(false)} />
        ) : null}
        <StatusBar
          session={state}
          origin={{ recovered: initial.recovered, imported: initial.imported }}
          exportJob={exportJob}
        />
      </div>
    </ReviewFrameContext.Provider>
  );
});
