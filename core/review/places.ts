import type { ProtocolDocument, Signatory, Signature } from '../model/schema';
import { formalName } from '../style/names';

/** The signing places of minutes as the sign-off shows them: who is meant, who signed. */
/** The name of a roster person as minutes write it ("BM Dr. Mayer"), or ''. */
export function personName(document: Pick<ProtocolDocument, 'people'>, personId: string): string {
  const person = document.people.find((p) => p.id === personId);
  return person ? formalName(person) : '';
}

export interface SlotStatus {
  index: number;
  slot: Signatory;
  /** Who is meant to sign here, by name ('' when the place names nobody yet). */
  intended: string;
  signature: Signature | null;
}

export function slotStatuses(document: ProtocolDocument): SlotStatus[] {
  return document.rules.signatories.map((slot, index) => ({
    index,
    slot,
    intended: personName(document, slot.personId),
    signature: document.signatures.find((s) => s.slot === index) ?? null,
  }));
}

/**
 * Who the current user probably is for a place: the place's own person, else the roster person
 * whose name the user signs with, else nobody (the dialog asks).
 */
export function personForSlot(document: ProtocolDocument, slot: number, userName: string): string {
  const place = document.rules.signatories[slot];
  if (!place) return '';
  if (place.personId) return place.personId;
  const wanted = userName.trim();
  const taken = new Set(document.signatures.map((s) => s.personId));
  const match = document.people.find((p) => formalName(p) === wanted && !taken.has(p.id));
  return match?.id ?? '';
}
