import { t, type Lang, type MessageKey, type MessageParams } from '../i18n/catalog';
import type { ProtocolDocument, Signature } from '../model/schema';
import { canonicalJson } from './canonical';
import { contentHash, sha256Hex, signableContent } from './content';
import { signatureValid } from './signing';

export interface VerifyProblem {
  key: MessageKey;
  params: MessageParams;
}

export interface VerifiedSigner {
  name: string;
  label: string;
  signedAt: string;
  publicKey: string;
  valid: boolean;
}

export interface VerifyReport {
  /** Valid and every required signature present. */
  complete: boolean;
  hash: string;
  signers: VerifiedSigner[];
  problems: VerifyProblem[];
}

/**
 * Checks a document's signatures: each one over the current content and the chain of earlier
 * ones; all slots the rules require filled; the state consistent. When the content changed
 * after signing, says where, by comparing with the version frozen at signing.
 */
export function verifyDocument(document: ProtocolDocument): VerifyReport {
  const hash = contentHash(document);
  const problems: VerifyProblem[] = [];
  const signers: VerifiedSigner[] = [];
  const slots = document.rules.signatories;

  if (document.signatures.length === 0) {
    problems.push({ key: 'review.verify.unsigned', params: {} });
  }
  const seenSlots = new Set<number>();
  let contentReported = false;
  document.signatures.forEach((signature, index) => {
    const earlier = document.signatures.slice(0, index);
    const cryptoValid = signatureValid(signature, earlier);
    const matchesContent = signature.contentHash === hash;
    signers.push({
      name: signature.name,
      label: signature.label,
      signedAt: signature.signedAt,
      publicKey: signature.publicKey,
      valid: cryptoValid && matchesContent,
    });
    if (!cryptoValid) {
      problems.push({
        key: 'review.verify.badSignature',
        params: { name: signature.name, label: signature.label },
      });
    }
    if (!matchesContent && !contentReported) {
      contentReported = true;
      problems.push({
        key: 'review.verify.contentChanged',
        params: {
          name: signature.name,
          date: signature.signedAt.slice(0, 10),
          where: placesText(changedPlaces(document, signature)),
        },
      });
    }
    const slot = slots[signature.slot];
    if (!slot || slot.role !== signature.role || slot.label !== signature.label) {
      problems.push({
        key: 'review.verify.slotMismatch',
        params: { name: signature.name, label: signature.label },
      });
    } else if (seenSlots.has(signature.slot)) {
      problems.push({ key: 'review.verify.duplicateSlot', params: { label: slot.label } });
    }
    seenSlots.add(signature.slot);
  });
  const missing = slots.filter((_, i) => !seenSlots.has(i)).map((s) => s.label);
  if (document.signatures.length > 0 && missing.length > 0) {
    problems.push({ key: 'review.verify.missing', params: { slots: missing.join(', ') } });
  }
  if (slots.length === 0) problems.push({ key: 'review.verify.noSignatories', params: {} });
  const allSigned = slots.length > 0 && missing.length === 0;
  if (document.workflow.state === 'approved' && !allSigned) {
    problems.push({ key: 'review.verify.approvedUnsigned', params: {} });
  }
  return { complete: problems.length === 0 && allSigned, hash, signers, problems };
}

type Place = { key: MessageKey; params: MessageParams };

function placesText(places: Place[] | null): (lang: Lang) => string {
  return (lang) =>
    places === null || places.length === 0
      ? t(lang, 'review.verify.unknownPlace')
      : places.map((p) => t(lang, p.key, p.params)).join(', ');
}

/**
 * Names what changed since a signature, comparing with the version frozen when it was made
 * (a version whose content hashes to the signature's hash); null when no such version exists.
 */
function changedPlaces(document: ProtocolDocument, signature: Signature): Place[] | null {
  const frozen = document.versions.find((v) => sha256Hex(v.content) === signature.contentHash);
  if (!frozen) return null;
  let then: Record<string, unknown>;
  try {
    then = JSON.parse(frozen.content) as Record<string, unknown>;
  } catch {
    return null;
  }
  const now = signableContent(document);
  const places: Place[] = [];
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  for (const key of ['body', 'layout', 'rules', 'meeting', 'people', 'attendance'] as const) {
    if (!same(then[key], now[key])) places.push({ key: `review.place.${key}`, params: {} });
  }
  const thenItems = (Array.isArray(then.items) ? then.items : []) as {
    id?: string;
    number?: string;
  }[];
  const byId = new Map(thenItems.map((i) => [i.id, i]));
  for (const item of document.items) {
    const before = byId.get(item.id);
    if (!before) places.push({ key: 'review.place.itemAdded', params: { number: item.number } });
    else if (!same(before, item))
      places.push({ key: 'review.place.item', params: { number: item.number } });
    byId.delete(item.id);
  }
  for (const removed of byId.values()) {
    places.push({ key: 'review.place.itemRemoved', params: { number: removed.number ?? '?' } });
  }
  return places;
}
