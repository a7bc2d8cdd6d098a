import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ProtocolDocument } from '../../core/model/schema';
import { reviewState, type ReviewState } from '../../core/review/state';

/** The review state of a document, recomputed only when the document changes. */
export function useReviewState(document: ProtocolDocument): ReviewState {
  return useMemo(() => reviewState(document), [document]);
}

/**
 * What the workspace needs from review and sign-off. The document frame provides it around the
 * workspace; the workspace reads it with the hooks below.
 */
export interface WorkspaceReview {
  /** Signed text: the workspace must not change the minutes' content. */
  readOnly: boolean;
  /**
   * The workspace declares that it honours `readOnly` itself (useReviewReadOnly does this).
   * Until one does, the frame makes the desk inert, so a workspace that does not know about
   * review cannot edit signed minutes.
   */
  declareReadOnlySupport(): () => void;
  /** Ask the workspace to show an item (and a comment thread in it); the panels call this. */
  selectItem(itemId: string, commentId?: string): void;
}

export const WorkspaceReviewContext = createContext<WorkspaceReview>({
  readOnly: false,
  declareReadOnlySupport: () => () => undefined,
  selectItem: () => undefined,
});

/** For the workspace: true when the text is signed and must not be edited. */
export function useReviewReadOnly(): boolean {
  const review = useContext(WorkspaceReviewContext);
  const { declareReadOnlySupport } = review;
  useEffect(() => declareReadOnlySupport(), [declareReadOnlySupport]);
  return review.readOnly;
}
