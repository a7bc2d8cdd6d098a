import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { UserError } from '../errors';
import type { ProtocolDocument, Signature } from '../model/schema';
import { bytesToHex, decodeBase64, encodeBase64 } from '../util/base64';
import { canonicalJson } from './canonical';
import { contentHash } from './content';

// noble's synchronous API needs a SHA-512; the pure one keeps the core platform-free.
ed.hashes.sha512 = sha512;

/** A local signing identity: the person's Ed25519 key pair (the secret never leaves the host). */
export interface SigningIdentity {
  name: string;
  secretKey: Uint8Array;
}

export function publicKeyOf(secretKey: Uint8Array): string {
  return encodeBase64(ed.getPublicKey(secretKey));
}

/** A short, comparable fingerprint of a public key: "3f2a 9c01 …" (first 16 bytes of SHA-256). */
export function keyFingerprint(publicKey: string): string {
  const bytes = decodeBase64(publicKey) ?? new Uint8Array();
  return (bytesToHex(sha256(bytes)).slice(0, 32).match(/.{4}/g) ?? []).join(' ');
}

/** The signed record of a signature: everything but the signature bytes themselves. */
type SignedFields = {
  slot: number;
  role: Signature['role'];
  label: string;
  personId: string;
  name: string;
  signedAt: string;
  algorithm: 'Ed25519';
  publicKey: string;
  contentHash: string;
};

/**
 * What each signer signs: the content hash, this signer's record, and every earlier signature.
 * Chaining the earlier signatures in means removing, reordering or altering one of them breaks
 * every later one too.
 */
export function signingPayload(fields: SignedFields, earlier: readonly Signature[]): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      purpose: 'protokollant/niederschrift-signature',
      version: 1,
      fields,
      earlier: earlier.map((s) => s.signature),
    }),
  );
}

export function signatureValid(signature: Signature, earlier: readonly Signature[]): boolean {
  const {
    signature: encoded,
    slot,
    role,
    label,
    personId,
    name,
    signedAt,
    algorithm,
    publicKey,
    contentHash,
  } = signature;
  // Only the known fields are signed; an extra key added to a signature later changes nothing.
  const fields: SignedFields = {
    slot,
    role,
    label,
    personId,
    name,
    signedAt,
    algorithm,
    publicKey,
    contentHash,
  };
  const sig = decodeBase64(encoded);
  const key = decodeBase64(publicKey);
  if (!sig || sig.length !== 64 || !key || key.length !== 32) return false;
  try {
    return ed.verify(sig, signingPayload(fields, earlier), key);
  } catch {
    return false;
  }
}

export interface SignRequest {
  /** Index in document.rules.signatories. */
  slot: number;
  identity: SigningIdentity;
  /** The roster person signing, if the slot names one or the signer picks themselves. */
  personId: string;
  signedAt: string;
}

/** Adds one signature. The caller moves the workflow on (see workflow.ts). */
export function addSignature(document: ProtocolDocument, request: SignRequest): ProtocolDocument {
  const slot = document.rules.signatories[request.slot];
  if (!slot) throw new UserError('review.sign.noSlot', { slot: request.slot + 1 });
  if (document.workflow.state !== 'review') {
    throw new UserError('review.sign.notInReview');
  }
  if (document.signatures.some((s) => s.slot === request.slot)) {
    throw new UserError('review.sign.slotTaken', { label: slot.label });
  }
  if (slot.personId && request.personId && slot.personId !== request.personId) {
    throw new UserError('review.sign.wrongPerson', { label: slot.label });
  }
  const publicKey = publicKeyOf(request.identity.secretKey);
  if (document.signatures.some((s) => s.publicKey === publicKey)) {
    throw new UserError('review.sign.alreadySigned', { name: request.identity.name });
  }
  const fields: SignedFields = {
    slot: request.slot,
    role: slot.role,
    label: slot.label,
    personId: request.personId || slot.personId,
    name: request.identity.name,
    signedAt: request.signedAt,
    algorithm: 'Ed25519',
    publicKey,
    contentHash: contentHash(document),
  };
  const sig = ed.sign(signingPayload(fields, document.signatures), request.identity.secretKey);
  return {
    ...document,
    signatures: [...document.signatures, { ...fields, signature: encodeBase64(sig) }],
  };
}

export function allSlotsSigned(document: ProtocolDocument): boolean {
  const signed = new Set(document.signatures.map((s) => s.slot));
  return (
    document.rules.signatories.length > 0 &&
    document.rules.signatories.every((_, i) => signed.has(i))
  );
}
