import { t, type Lang, type MessageKey, type MessageParams } from '../i18n/catalog';
import type { ProtocolDocument, Signature } from '../model/schema';
import { canonicalJson } from './canonical';
import { contentHash, sha256Hex, signableContent } from './content';
import { correctionSignatureValid } from './corrections';
import { isDemoKey } from './demo';
import { missingPlaces, signerProblems } from './eligibility';
import { placeKey, type Keyring, type KeyStatus } from './keyring';
import { keyFingerprint, signatureValid } from './signing';

export interface VerifyProblem {
  key: MessageKey;
  params: MessageParams;
}

export interface VerifiedSigner {
  name: string;
  label: string;
  signedAt: string;
  publicKey: string;
  fingerprint: string;
  /** The signature is good over the content and the chain, by an eligible signer. */
  valid: boolean;
  /** Where its key stands in the keyring; 'noKeyring' when none was given. */
  key: KeyStatus | 'noKeyring';
  /** A demo key (derived from the name): anyone can make this signature. */
  demo: boolean;
}

export interface VerifyOptions {
  /** The body's keyring; without one, no key can be placed and nothing is confirmed. */
  keyring?: Keyring | null;
}

export interface VerifyReport {
  /**
   * Every required place signed, every signature valid over the content and the chain, every
   * signer eligible for their place: what the file itself can prove.
   */
  complete: boolean;
  /**
   * Complete, and every key (of the minutes and of their corrections) belongs to the place's
   * person in the keyring for the signing day, and every correction is validly signed: the
   * only state in which the signatures say who signed.
   */
  confirmed: boolean;
  keyringUsed: boolean;
  hash: string;
  signers: VerifiedSigner[];
  /** What makes the minutes not complete. */
  problems: VerifyProblem[];
  /** What keeps complete minutes from being confirmed (keys, corrections). */
  trust: VerifyProblem[];
  /** Said out loud, not failing: demo keys, comments made after signing. */
  notices: VerifyProblem[];
  /** Comment threads and replies made after the first signature (ids), not part of the record. */
  lateComments: string[];
}

/**
 * Checks a document's signatures: each one over the current content and the chain of earlier
 * ones; all slots the rules require filled; the state consistent. When the content changed
 * after signing, says where, by comparing with the version frozen at signing.
 */
export function verifyDocument(
  document: ProtocolDocument,
  options: VerifyOptions = {},
): VerifyReport {
  const keyring = options.keyring ?? null;
  const hash = contentHash(document);
  const problems: VerifyProblem[] = [];
  const trust: VerifyProblem[] = [];
  const notices: VerifyProblem[] = [];
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
    const eligibility = signerProblems(document, signature.slot, signature.personId);
    problems.push(...eligibility);
    if (document.signatures.some((s, i) => i < index && s.publicKey === signature.publicKey)) {
      problems.push({
        key: 'signature.verify.keyTwice',
        params: { fingerprint: keyFingerprint(signature.publicKey) },
      });
    }
    const signer = describeSigner(document, signature, keyring, trust, notices);
    signers.push({ ...signer, valid: cryptoValid && matchesContent && eligibility.length === 0 });
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
  problems.push(...missingPlaces(document));
  const allSigned = slots.length > 0 && missing.length === 0;
  if (document.workflow.state === 'approved' && !allSigned) {
    problems.push({ key: 'review.verify.approvedUnsigned', params: {} });
  }
  verifyCorrections(document, hash, keyring, trust, notices);
  if (!keyring && document.signatures.length > 0) {
    trust.unshift({ key: 'signature.verify.noKeyring', params: {} });
  }
  const lateComments = commentsAfterSigning(document);
  if (lateComments.length > 0) {
    notices.push({ key: 'signature.verify.lateComments', params: { count: lateComments.length } });
  }
  const complete = problems.length === 0 && allSigned;
  return {
    complete,
    confirmed: complete && keyring !== null && trust.length === 0,
    keyringUsed: keyring !== null,
    hash,
    signers,
    problems,
    trust,
    notices: dedupe(notices),
    lateComments,
  };
}

function dedupe(list: VerifyProblem[]): VerifyProblem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const id = `${p.key}|${JSON.stringify(Object.values(p.params).map((v) => (typeof v === 'function' ? v('de') : v)))}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Places one signature's key in the keyring (or says there is none) and notes demo keys. */
function describeSigner(
  document: ProtocolDocument,
  signature: Signature,
  keyring: Keyring | null,
  trust: VerifyProblem[],
  notices: VerifyProblem[],
): Omit<VerifiedSigner, 'valid'> {
  const fingerprint = keyFingerprint(signature.publicKey);
  const person = document.people.find((p) => p.id === signature.personId);
  const placed = keyring
    ? placeKey(keyring, signature.publicKey, person, signature.role, signature.signedAt)
    : null;
  const demo = isDemoKey(signature.publicKey, signature.name) || placed?.entry?.demo === true;
  const params = { name: signature.name, label: signature.label, fingerprint };
  if (demo) notices.push({ key: 'signature.verify.demoKey', params });
  if (placed && placed.status !== 'known') {
    const key: MessageKey = `signature.verify.key.${placed.status}`;
    trust.push({
      key,
      params: {
        ...params,
        holder: placed.entry?.name ?? '',
        from: placed.entry?.from || '…',
        until: placed.entry?.until || '…',
      },
    });
  }
  return {
    name: signature.name,
    label: signature.label,
    signedAt: signature.signedAt,
    publicKey: signature.publicKey,
    fingerprint,
    key: placed ? placed.status : 'noKeyring',
    demo,
  };
}

/**
 * Corrections are signed addenda: each must be linked to this content and carry at least one
 * signature, each valid and made by the person who signed that place of the minutes, with a
 * key the keyring places. Anything less is said, and the minutes are not confirmed.
 */
function verifyCorrections(
  document: ProtocolDocument,
  hash: string,
  keyring: Keyring | null,
  trust: VerifyProblem[],
  notices: VerifyProblem[],
): void {
  document.corrections.forEach((correction, number) => {
    const which = { number: number + 1 };
    if (correction.baseHash !== hash) {
      trust.push({ key: 'signature.verify.correction.otherBase', params: which });
    }
    if (correction.signatures.length === 0) {
      trust.push({ key: 'signature.verify.correction.unsigned', params: which });
    }
    correction.signatures.forEach((signature, index) => {
      const params = { ...which, name: signature.name, label: signature.label };
      const minutesSigner = document.signatures.find((s) => s.slot === signature.slot);
      if (!correctionSignatureValid(correction, index)) {
        trust.push({ key: 'signature.verify.correction.bad', params });
      } else if (
        !minutesSigner ||
        minutesSigner.personId !== signature.personId ||
        minutesSigner.role !== signature.role
      ) {
        trust.push({ key: 'signature.verify.correction.otherSigner', params });
      }
      describeSigner(document, signature, keyring, trust, notices);
    });
  });
}

/** Threads and replies made after the first signature: the signed record does not hold them. */
function commentsAfterSigning(document: ProtocolDocument): string[] {
  const first = document.signatures[0]?.signedAt;
  if (!first) return [];
  const since = Date.parse(first);
  if (Number.isNaN(since)) return [];
  const after = (at: string) => {
    const time = Date.parse(at);
    // A date that cannot be read cannot be placed before the signature either.
    return Number.isNaN(time) || time > since;
  };
  const ids: string[] = [];
  for (const thread of document.comments) {
    if (after(thread.createdAt)) ids.push(thread.id);
    for (const reply of thread.replies) if (after(reply.createdAt)) ids.push(reply.id);
  }
  return ids;
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
