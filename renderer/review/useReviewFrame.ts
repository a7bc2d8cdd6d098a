import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { MenuCommand, OpenDocument } from '../../contract/host-api';
import { isUserError, UserError } from '../../core/errors';
import { t, type Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { addCorrection, type NewCorrection } from '../../core/review/corrections';
import { returnToDraft, sendForReview, withVersion } from '../../core/review/workflow';
import { useShell } from '../ui/context';
import { errorMessage } from '../ui/errors';
import type { WorkspaceReview } from './context';
import { lastReviewVersion } from '../../core/review/snapshots';
import { reviewState, sameSignedContent, type ReviewState } from '../../core/review/state';
import { applySuggestionDecision, type SuggestionDecision } from '../../core/review/suggestions';

export type ReviewTab = 'workflow' | 'versions' | 'comments' | 'suggestions';

/** The version a comparison starts from, and what it is compared with. */
export interface Comparison {
  from: string;
  /** A version id, or 'current' for the text as it is now. */
  to: string;
  /** Opened as "Änderungen seit der letzten Prüfung". */
  sinceReview: boolean;
}

export type ReviewDialog =
  | { kind: 'send' }
  | { kind: 'return' }
  | { kind: 'version' }
  | { kind: 'correction' }
  | { kind: 'sign' }
  | { kind: 'diff'; comparison: Comparison };

export interface ReviewFrameOptions {
  document: ProtocolDocument;
  /** Opened read-only because another clerk has the file open (its lock file). */
  lockedBy?: OpenDocument['lockedBy'];
  /**
   * The latest document, also between renders, with the editor's pending text taken in first
   * (a version, a signature or a comparison must see what was just typed).
   */
  current(): ProtocolDocument;
  /**
   * Puts a document made by review into the frame (unsaved until saved). `remount`: the
   * workspace must read the items' text again (the review changed it, e.g. a suggestion).
   */
  apply(next: ProtocolDocument, options?: { remount?: boolean }): void;
  /** Saves to the document's file; false when it has none yet (it stays unsaved) or failed. */
  save(): Promise<boolean>;
  /** Shows an item in the workspace (a panel's "Zur Stelle"). */
  selectItem(itemId: string): void;
  /** The document has a file (else saving after a signature waits for "Speichern unter"). */
  hasFile: boolean;
}

/** Everything the review UI in the frame shares: state, panel, dialogs, operations. */
export interface ReviewFrame {
  document: ProtocolDocument;
  state: ReviewState;
  userName: string;
  hasFile: boolean;
  panelOpen: boolean;
  tab: ReviewTab;
  openPanel(tab?: ReviewTab): void;
  closePanel(): void;
  dialog: ReviewDialog | null;
  openDialog(dialog: ReviewDialog): void;
  closeDialog(): void;
  /** The workspace tried to change signed text; the banner says it was not taken. */
  refused: boolean;
  /** Stores the user's name (settings.userName) when it changed. */
  rememberName(name: string): Promise<string>;
  sendForReview(note: string, name: string): Promise<void>;
  returnToDraft(remarks: string, name: string): Promise<void>;
  saveVersion(note: string, name: string): Promise<void>;
  sign(slot: number, personId: string, passphrase: string): Promise<void>;
  addCorrection(fields: Omit<NewCorrection, 'author' | 'at'>, name: string): Promise<void>;
  signCorrection(correctionId: string, slot: number, passphrase: string): Promise<void>;
  /** Comment threads changed (reply, resolve, reopen): outside the signed content. */
  updateComments(next: ProtocolDocument): void;
  decideSuggestions(decision: SuggestionDecision): void;
  compareSinceReview(): void;
  selectItem(itemId: string, commentId?: string): void;
  /** Review commands of the menu; false for commands that are not review's. */
  run(command: MenuCommand): boolean;
  /** The frame's guard: may the workspace replace `previous` by `next`? */
  accepts(previous: ProtocolDocument, next: ProtocolDocument): boolean;
  refuse(): void;
  /** For the workspace (WorkspaceReviewContext). */
  workspace: WorkspaceReview;
  /** True while no workspace declared it honours readOnly: the frame makes the desk inert. */
  deskInert: boolean;
  /** Who has the file open when this window only reads it; null when it is ours to edit. */
  lockedBy: OpenDocument['lockedBy'];
}

export const ReviewFrameContext = createContext<ReviewFrame | null>(null);

export function useReviewFrameContext(): ReviewFrame {
  const frame = useContext(ReviewFrameContext);
  if (!frame) throw new Error('review UI outside ReviewFrameContext');
  return frame;
}

/** Text for an error of a review operation: the host's message or a core refusal's. */
export function reviewErrorText(error: unknown, lang: Lang): string {
  if (isUserError(error)) return error.localized(lang);
  return errorMessage(error, lang);
}

const timestamp = () => new Date().toISOString();

/** The review state and operations of the open document, for the document frame. */
export function useReviewFrame({
  document,
  current,
  apply,
  save,
  hasFile,
  lockedBy = null,
  selectItem: showItem,
}: ReviewFrameOptions): ReviewFrame {
  const { host, settings, setSettings } = useShell();
  const [panelOpen, setPanelOpen] = useState(false);
  const [tab, setTab] = useState<ReviewTab>('workflow');
  const [dialog, setDialog] = useState<ReviewDialog | null>(null);
  const [refused, setRefused] = useState(false);
  const [readOnlySupport, setReadOnlySupport] = useState(0);
  // Another clerk's file is read-only whatever its workflow state says.
  const state = useMemo(() => {
    const own = reviewState(document);
    return lockedBy ? { ...own, readOnly: true } : own;
  }, [document, lockedBy]);
  const userName = settings.userName.trim();

  const rememberName = useCallback(
    async (name: string) => {
      const wanted = name.trim();
      if (wanted === '') throw new UserError('identity.noName');
      if (wanted !== userName) await setSettings({ userName: wanted });
      return wanted;
    },
    [setSettings, userName],
  );

  const commit = useCallback(
    async (next: ProtocolDocument, options: { save?: boolean; remount?: boolean } = {}) => {
      apply(next, { remount: options.remount ?? false });
      // A state change or a signature is a step others rely on: it goes to the file at once.
      if (options.save && hasFile) await save();
    },
    [apply, hasFile, save],
  );

  const openPanel = useCallback((next?: ReviewTab) => {
    if (next) setTab(next);
    setPanelOpen(true);
  }, []);

  const compareSinceReview = useCallback(() => {
    const version = lastReviewVersion(current());
    setDialog({
      kind: 'diff',
      comparison: { from: version?.id ?? '', to: 'current', sinceReview: true },
    });
  }, [current]);

  const selectItem = useCallback(
    (itemId: string) => {
      showItem(itemId);
      // Bring the item into view where it is listed (the agenda scrolls with it).
      const node =
        window.document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`) ??
        window.document.querySelector(`[data-testid="item-${CSS.escape(itemId)}"]`);
      node?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    },
    [showItem],
  );

  const declareReadOnlySupport = useCallback(() => {
    setReadOnlySupport((n) => n + 1);
    return () => setReadOnlySupport((n) => n - 1);
  }, []);

  const workspace = useMemo<WorkspaceReview>(
    () => ({ readOnly: state.readOnly, declareReadOnlySupport, selectItem }),
    [declareReadOnlySupport, selectItem, state.readOnly],
  );

  const run = useCallback(
    (command: MenuCommand): boolean => {
      const { state: now } = reviewState(current());
      // current() above also took in the editor's pending text for the dialog to come.
      switch (command) {
        case 'reviewPanel':
          setPanelOpen((open) => !open);
          return true;
        case 'sendForReview':
          if (now === 'draft') setDialog({ kind: 'send' });
          else openPanel('workflow');
          return true;
        case 'returnToDraft':
          if (now === 'review') setDialog({ kind: 'return' });
          else openPanel('workflow');
          return true;
        case 'sign':
          setDialog({ kind: 'sign' });
          return true;
        case 'saveVersion':
          setDialog({ kind: 'version' });
          return true;
        case 'changesSinceReview':
          compareSinceReview();
          return true;
        case 'addCorrection':
          if (now === 'approved') setDialog({ kind: 'correction' });
          else openPanel('workflow');
          return true;
        default:
          return false;
      }
    },
    [compareSinceReview, current, openPanel],
  );

  return useMemo<ReviewFrame>(
    () => ({
      document,
      state,
      userName,
      hasFile,
      panelOpen,
      tab,
      openPanel,
      closePanel: () => setPanelOpen(false),
      dialog,
      openDialog(next) {
        current();
        setDialog(next);
      },
      closeDialog: () => setDialog(null),
      refused,
      rememberName,
      async sendForReview(note, name) {
        const by = await rememberName(name);
        await commit(sendForReview(current(), by, timestamp(), note.trim()), { save: true });
      },
      async returnToDraft(remarks, name) {
        const by = await rememberName(name);
        await commit(returnToDraft(current(), by, timestamp(), remarks.trim()), {
          save: true,
        });
      },
      async saveVersion(note, name) {
        const author = await rememberName(name);
        await commit(
          withVersion(current(), { author, note: note.trim(), reason: 'manual', at: timestamp() }),
        );
      },
      async sign(slot, personId, passphrase) {
        const result = await host.call('review.sign', {
          document: current(),
          slot,
          personId,
          passphrase,
        });
        await commit(result.document as ProtocolDocument, { save: true });
      },
      async addCorrection(fields, name) {
        const author = await rememberName(name);
        await commit(
          addCorrection(current(), {
            ...fields,
            concerns: fields.concerns.trim(),
            decidedIn: fields.decidedIn.trim(),
            author,
            at: timestamp(),
          }),
          { save: true },
        );
      },
      async signCorrection(correctionId, slot, passphrase) {
        const result = await host.call('review.signCorrection', {
          document: current(),
          correctionId,
          slot,
          passphrase,
        });
        await commit(result.document as ProtocolDocument, { save: true });
      },
      updateComments(next) {
        void commit(next);
      },
      decideSuggestions(decision) {
        if (reviewState(current()).readOnly) return;
        void commit(applySuggestionDecision(current(), decision), { remount: true });
      },
      compareSinceReview,
      selectItem,
      run,
      accepts(previous, next) {
        if (lockedBy) return previous === next;
        return !reviewState(previous).readOnly || sameSignedContent(previous, next);
      },
      refuse() {
        setRefused(true);
      },
      workspace,
      deskInert: state.readOnly && readOnlySupport === 0,
      lockedBy,
    }),
    [
      commit,
      compareSinceReview,
      current,
      dialog,
      document,
      hasFile,
      host,
      lockedBy,
      openPanel,
      panelOpen,
      readOnlySupport,
      refused,
      run,
      selectItem,
      state,
      tab,
      rememberName,
      userName,
      workspace,
    ],
  );
}

/** The title bar's state: nothing for a draft (the usual case), "– In Prüfung" otherwise. */
export function titleSuffix(state: ReviewState, lang: Lang): string {
  return state.state === 'draft' ? '' : ` – ${t(lang, `review.state.${state.state}`)}`;
}
