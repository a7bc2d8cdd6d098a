import { UserError } from '../errors';
import { createId } from '../model/ids';
import type { ProtocolDocument, Version, WorkflowState } from '../model/schema';
import { canonicalContent } from './content';
import { addSignature, allSlotsSigned, type SignRequest } from './signing';

/** A version of the content as it is now (taken at each state change and on demand). */
export function withVersion(
  document: ProtocolDocument,
  options: { author: string; note: string; reason: Version['reason']; at: string },
): ProtocolDocument {
  const version: Version = {
    id: createId('v'),
    createdAt: options.at,
    author: options.author,
    note: options.note,
    reason: options.reason,
    state: document.workflow.state,
    content: canonicalContent(document),
  };
  return { ...document, versions: [...document.versions, version] };
}

function transition(
  document: ProtocolDocument,
  to: WorkflowState,
  by: string,
  at: string,
  note: string,
): ProtocolDocument {
  const from = document.workflow.state;
  const moved: ProtocolDocument = {
    ...document,
    workflow: { state: to, history: [...document.workflow.history, { from, to, at, by, note }] },
  };
  return withVersion(moved, { author: by, note, reason: 'state', at });
}

/** Entwurf → In Prüfung: the clerk sends the draft to the chair. */
export function sendForReview(
  document: ProtocolDocument,
  by: string,
  at: string,
  note = '',
): ProtocolDocument {
  if (document.workflow.state !== 'draft') throw new UserError('review.workflow.notDraft');
  return transition(document, 'review', by, at, note);
}

/**
 * In Prüfung → Entwurf with the chair's remarks. Signatures given so far are dropped: the
 * text will change, so they could not stay valid anyway; the versions keep what they covered.
 */
export function returnToDraft(
  document: ProtocolDocument,
  by: string,
  at: string,
  remarks: string,
): ProtocolDocument {
  if (document.workflow.state !== 'review') throw new UserError('review.workflow.notInReview');
  if (remarks.trim() === '') throw new UserError('review.workflow.remarksRequired');
  return transition({ ...document, signatures: [] }, 'draft', by, at, remarks);
}

/** Signs one slot; the last required signature moves the minutes to Freigegeben. */
export function sign(document: ProtocolDocument, request: SignRequest): ProtocolDocument {
  const signed = addSignature(document, request);
  if (!allSlotsSigned(signed)) return signed;
  return transition(signed, 'approved', request.identity.name, request.signedAt, '');
}

/** Content may change only in a draft, or in review before the first signature. */
export function contentEditable(document: ProtocolDocument): boolean {
  if (document.workflow.state === 'approved') return false;
  return document.signatures.length === 0;
}
