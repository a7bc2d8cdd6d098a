/**
 * Review and sign-off in the renderer. For the workspace:
 * - `useReviewReadOnly()` inside the frame: true when the text is signed (also tells the frame
 *   the workspace honours it, so it stops making the desk inert);
 * - `useReviewState(document)`: state, readOnly and its reason, signatures signed/required;
 * - a panel's "Zur Stelle" calls the frame's `selectItem` (ReviewFrameOptions), which the frame
 *   hands to the workspace's command handle;
 * - `CommentsPanel` and `SuggestionsPanel` (the decisions apply with core/review/suggestions).
 * The pure review logic (state, snapshots and their diff, signing places) is core/review.
 */
export {
  useReviewReadOnly,
  useReviewState,
  WorkspaceReviewContext,
  type WorkspaceReview,
} from './context';
export { CommentsPanel, type CommentsPanelProps } from './CommentsPanel';
export { SuggestionsPanel, type SuggestionsPanelProps } from './SuggestionsPanel';
export { ReadOnlyBanner } from './ReadOnlyBanner';
export { ReviewBar, ReviewStatus } from './ReviewBar';
export { ReviewDialogs } from './ReviewDialogs';
export { ReviewPanel } from './ReviewPanel';
export { StateBadge } from './StateBadge';
export {
  ReviewFrameContext,
  titleSuffix,
  useReviewFrame,
  type ReviewFrame,
  type ReviewTab,
} from './useReviewFrame';
