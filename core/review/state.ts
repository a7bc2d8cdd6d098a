import type { ProtocolDocument, WorkflowState } from '../model/schema';
import { canonicalJson } from './canonical';
import { signableContent } from './content';
import { contentEditable } from './workflow';

/**
 * The review state of a document as the UI needs it, computed from the model alone (pure, so
 * the workspace, the frame and tests agree on what "read-only" means).
 */
export interface ReviewState {
  state: WorkflowState;
  /** The text may not change: approved, or signed by at least one person. */
  readOnly: boolean;
  /** Why it is read-only, as a catalog key for the banner; null when editable. */
  readOnlyReason: 'review.workflow.readOnly' | 'review.workflow.signedReadOnly' | null;
  signed: number;
  required: number;
}

export function reviewState(document: ProtocolDocument): ReviewState {
  const editable = contentEditable(document);
  const state = document.workflow.state;
  return {
    state,
    readOnly: !editable,
    readOnlyReason: editable
      ? null
      : state === 'approved'
        ? 'review.workflow.readOnly'
        : 'review.workflow.signedReadOnly',
    signed: new Set(document.signatures.map((s) => s.slot)).size,
    required: document.rules.signatories.length,
  };
}

/**
 * Whether `next` leaves the signed content of `previous` as it was. Cheap when the workspace
 * kept the parts it did not touch (the usual case); exact otherwise.
 */
export function sameSignedContent(previous: ProtocolDocument, next: ProtocolDocument): boolean {
  const a = signableContent(previous);
  const b = signableContent(next);
  const differing = Object.keys(a).filter((key) => a[key] !== b[key]);
  if (differing.length === 0) return true;
  return differing.every((key) => canonicalJson(a[key]) === canonicalJson(b[key]));
}
