import { UserError } from '../../errors';
import { designationCandidates } from '../../review/eligibility';
import type { ProtocolDocument } from '../schema';

/**
 * Designates who signs a place of rules.signatories (the two members of a BW council, chosen
 * by the clerk from those who took part), or clears it with ''. Only people the signing rules
 * accept are taken; a signed document is never changed (its signatories are signed content).
 */
export function designateSignatory(
  document: ProtocolDocument,
  slot: number,
  personId: string,
): ProtocolDocument {
  const place = document.rules.signatories[slot];
  if (!place) throw new UserError('signature.eligibility.noSlot', { slot: slot + 1 });
  if (document.signatures.length > 0) throw new UserError('signature.designate.signed');
  if (place.personId === personId) return document;
  if (personId !== '' && !designationCandidates(document, slot).some((p) => p.id === personId)) {
    throw new UserError('signature.designate.notEligible', { label: place.label });
  }
  return {
    ...document,
    rules: {
      ...document.rules,
      signatories: document.rules.signatories.map((s, i) => (i === slot ? { ...s, personId } : s)),
    },
  };
}
