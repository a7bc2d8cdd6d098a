import { UserError } from '../../core/errors';
import { t } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { missingPlaces, signerProblems } from '../../core/review/eligibility';
import { nameForms, normalName, placeKey, type Keyring } from '../../core/review/keyring';
import { keyFingerprint, publicKeyOf, type SigningIdentity } from '../../core/review/signing';
import { verifyDocument } from '../../core/review/verify';
import { sign } from '../../core/review/workflow';
import { formalName } from '../../core/style/names';

export interface SlotSignRequest {
  slot: number;
  /** The roster person signing; needed where the place names nobody yet (a member place). */
  personId: string;
  identity: SigningIdentity;
  /** The body's keyring, when one is set: then the key must be the person's there. */
  keyring: Keyring | null;
  signedAt: string;
}

/**
 * Every check the host makes before a signature is made, for the app and the CLI alike: the
 * document is in review and its signatures so far hold, the place exists and is free, the
 * rules list every place the law asks for, the signer may sign this place (chair, clerk,
 * members who took part, nobody twice), and the key is this person's — by the keyring where
 * one is set, else at least by the name the key was made under.
 */
export function signSlot(document: ProtocolDocument, request: SlotSignRequest): ProtocolDocument {
  if (document.workflow.state !== 'review') throw new UserError('review.sign.notInReview');
  const place = document.rules.signatories[request.slot];
  if (!place) throw new UserError('review.sign.noSlot', { slot: request.slot + 1 });
  if (document.signatures.some((s) => s.slot === request.slot)) {
    throw new UserError('review.sign.slotTaken', { label: place.label });
  }
  const short = missingPlaces(document)[0];
  if (short) throw new UserError(short.key, short.params);
  // Never add a link to a broken chain: the new signature would vouch for what it cannot see.
  const broken = verifyDocument(document).problems.find(
    (p) => p.key === 'review.verify.badSignature' || p.key === 'review.verify.contentChanged',
  );
  if (broken) {
    throw new UserError('review.sign.chainBroken', {
      problem: (lang) => t(lang, broken.key, broken.params),
    });
  }
  // A person asked for who is not the place's own is refused by name (otherPerson), not ignored.
  const personId = request.personId || place.personId;
  const refusal = signerProblems(document, request.slot, personId)[0];
  if (refusal) throw new UserError(refusal.key, refusal.params);
  const person = document.people.find((p) => p.id === personId)!;
  const publicKey = publicKeyOf(request.identity.secretKey);
  const fingerprint = keyFingerprint(publicKey);
  if (document.signatures.some((s) => s.publicKey === publicKey)) {
    throw new UserError('signature.verify.keyTwice', { fingerprint });
  }
  let name = request.identity.name.trim();
  if (request.keyring) {
    const placed = placeKey(request.keyring, publicKey, person, place.role, request.signedAt);
    if (placed.status !== 'known' || !placed.entry) {
      throw new UserError('sign.noKeyHolder', { fingerprint, name: formalName(person) });
    }
    // The keyring's name for the holder is what the signature carries.
    name = placed.entry.name;
  } else if (name === '') {
    name = formalName(person);
  } else if (!nameForms(person).has(normalName(name))) {
    throw new UserError('sign.keyNameMismatch', { holder: name, name: formalName(person) });
  }
  return sign(document, {
    slot: request.slot,
    identity: { name, secretKey: request.identity.secretKey },
    personId,
    signedAt: request.signedAt,
  });
}
