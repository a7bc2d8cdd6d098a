import type { ProtocolDocument } from '../../../core/model/schema';

export type Busy = null | 'saving' | 'exporting';

export interface FileState {
  path: string | null;
  name: string;
  savedAt: string | null;
}

/**
 * One open document as the frame keeps it. The document is dirty while its revision differs
 * from the last saved one; a recovered or imported document starts at saved revision -1, since
 * it holds what no file holds yet.
 */
export interface SessionState {
  document: ProtocolDocument;
  file: FileState;
  revision: number;
  savedRevision: number;
  autosavedAt: string | null;
  autosaveFailed: boolean;
  busy: Busy;
  /** A line for the status bar (exported, a body applied), cleared by the next save. */
  notice: string | null;
}

export type SessionAction =
  /** The workspace changed the document; without a document: the editor's first keystroke
   * after a pause, whose text arrives later. */
  | { type: 'edited'; document?: ProtocolDocument }
  | { type: 'busy'; busy: Busy }
  /** `revision` is the one that was written: edits made while saving stay unsaved. */
  | { type: 'saved'; revision: number; file: FileState }
  | { type: 'autosaved'; at: string }
  | { type: 'autosaveFailed' }
  | { type: 'notice'; text: string | null };

export function initialSession(
  document: ProtocolDocument,
  file: { path: string | null; name: string },
  startsUnsaved: boolean,
): SessionState {
  return {
    document,
    file: { path: file.path, name: file.name, savedAt: null },
    revision: 0,
    savedRevision: startsUnsaved ? -1 : 0,
    autosavedAt: null,
    autosaveFailed: false,
    busy: null,
    notice: null,
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'edited':
      return {
        ...state,
        document: action.document ?? state.document,
        revision: state.revision + 1,
      };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'saved':
      return { ...state, savedRevision: action.revision, file: action.file, notice: null };
    case 'autosaved':
      return { ...state, autosavedAt: action.at, autosaveFailed: false };
    case 'autosaveFailed':
      return { ...state, autosaveFailed: true };
    case 'notice':
      return { ...state, notice: action.text };
  }
}

export const isDirty = (state: SessionState): boolean => state.revision !== state.savedRevision;
