import * as ed from '@noble/ed25519';
import { UserError } from '../errors';
import { createId } from '../model/ids';
import type { Correction, ProtocolDocument, Signature } from '../model/schema';
import { decodeBase64, encodeBase64 } from '../util/base64';
import { canonicalJson } from './canonical';
import { contentHash } from './content';
import { slotPersonId } from './eligibility';
import { publicKeyOf, type SigningIdentity } from './signing';

/**
 * Corrections after sign-off (Einwendungen, Berichtigung): the signed text is never edited
 * (NRW GO §52: corrections go into the next minutes). A correction is a signed addendum linked
 * to the hash of the minutes it corrects; exports print it after the signatures.
 */
export interface NewCorrection {
  author: string;
  concerns: string;
  text: string;
  decidedIn: string;
  at: string;
}

export function addCorrection(document: ProtocolDocument, input: NewCorrection): ProtocolDocument {
  if (document.workflow.state !== 'approved') throw new UserError('review.correction.notApproved');
  if (input.text.trim() === '') throw new UserError('review.correction.empty');
  const correction: Correction = {
    id: createId('k'),
    createdAt: input.at,
    author: input.author,
    concerns: input.concerns,
    text: input.text,
    decidedIn: input.decidedIn,
    baseHash: contentHash(document),
    signatures: [],
  };
  return { ...document, corrections: [...document.corrections, correction] };
}

function correctionPayload(
  correction: Correction,
  signer: Omit<Signature, 'signature'>,
): Uint8Array {
  const { signatures, ...body } = correction;
  return new TextEncoder().encode(
    canonicalJson({
      purpose: 'protokollant/correction-signature',
      version: 1,
      correction: body,
      earlier: signatures.map((s) => s.signature),
      signer,
    }),
  );
}

/** Signs a correction by one of the minutes' signatories (by slot). */
export function signCorrection(
  document: ProtocolDocument,
  correctionId: string,
  slot: number,
  identity: SigningIdentity,
  at: string,
): ProtocolDocument {
  const place = document.rules.signatories[slot];
  if (!place) throw new UserError('review.sign.noSlot', { slot: slot + 1 });
  return {
    ...document,
    corrections: document.corrections.map((c) => {
      if (c.id !== correctionId) return c;
      const signer = {
        slot,
        role: place.role,
        label: place.label,
        // A member place designated at signing names its person in the minutes' signature.
        personId: slotPersonId(document, slot),
        name: identity.name,
        signedAt: at,
        algorithm: 'Ed25519' as const,
        publicKey: publicKeyOf(identity.secretKey),
        contentHash: c.baseHash,
      };
      const signature = encodeBase64(ed.sign(correctionPayload(c, signer), identity.secretKey));
      return { ...c, signatures: [...c.signatures, { ...signer, signature }] };
    }),
  };
}

export function correctionSignatureValid(correction: Correction, index: number): boolean {
  const signature = correction.signatures[index];
  if (!signature) return false;
  const { signature: encoded, ...signer } = signature;
  const earlier: Correction = { ...correction, signatures: correction.signatures.slice(0, index) };
  const sig = decodeBase64(encoded);
  const key = decodeBase64(signature.publicKey);
  if (!sig || sig.length !== 64 || !key || key.length !== 32) return false;
  try {
    return ed.verify(sig, correctionPayload(earlier, signer as Omit<Signature, 'signature'>), key);
  } catch {
    return false;
  }
}
