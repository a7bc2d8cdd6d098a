import type { HostRequestParsed, HostResponse } from '../../contract/host-api';
import { ProtocolError } from '../../core/errors';
import { validateDocument } from '../../core/file/format';
import { t } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { contentHash } from '../../core/review/content';
import { signCorrection } from '../../core/review/corrections';
import { publicKeyOf } from '../../core/review/signing';
import { verifyDocument } from '../../core/review/verify';
import { sign } from '../../core/review/workflow';
import type { IdentityStore } from '../identity/identity-store';
import type { SettingsService } from './settings';

/** What the renderer's document is called in messages about it. */
const DOCUMENT_NAME = 'Niederschrift';

/**
 * Signing in the host: the renderer sends the document and the place to sign; the host checks
 * the document again, signs with the current user's key from the identity store and returns the
 * signed document. The secret key never leaves this process.
 */
export class ReviewService {
  constructor(
    private readonly identities: IdentityStore,
    private readonly settings: SettingsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The current user's name and key; the key is made the first time a name is known. */
  async describe(): Promise<HostResponse<'identity.describe'>> {
    const name = (await this.settings.get()).userName.trim();
    if (name === '') return { name: '', publicKey: null, fingerprint: null, createdAt: null };
    const info = await this.identities.describe(name);
    return {
      name: info.name,
      publicKey: info.publicKey,
      fingerprint: info.fingerprint,
      createdAt: info.createdAt,
    };
  }

  private async currentIdentity() {
    const name = (await this.settings.get()).userName.trim();
    if (name === '') throw new ProtocolError('identity.noName');
    return this.identities.identity(name);
  }

  async sign(request: HostRequestParsed<'review.sign'>): Promise<{ document: ProtocolDocument }> {
    const document = validateDocument(request.document, DOCUMENT_NAME);
    if (document.workflow.state !== 'review') throw new ProtocolError('review.sign.notInReview');
    const slot = document.rules.signatories[request.slot];
    if (!slot) throw new ProtocolError('review.sign.noSlot', { slot: request.slot + 1 });
    if (document.signatures.some((s) => s.slot === request.slot)) {
      throw new ProtocolError('review.sign.slotTaken', { label: slot.label });
    }
    const personId = request.personId || slot.personId;
    if (personId && !document.people.some((p) => p.id === personId)) {
      throw new ProtocolError('review.sign.unknownPerson');
    }
    if (personId && document.signatures.some((s) => s.personId === personId)) {
      throw new ProtocolError('review.sign.personSigned', { label: slot.label });
    }
    // Never add a link to a broken chain: the new signature would vouch for what it cannot see.
    const broken = verifyDocument(document).problems.find(
      (p) => p.key === 'review.verify.badSignature' || p.key === 'review.verify.contentChanged',
    );
    if (broken) {
      throw new ProtocolError('review.sign.chainBroken', {
        problem: (lang) => t(lang, broken.key, broken.params),
      });
    }
    const identity = await this.currentIdentity();
    const signed = sign(document, {
      slot: request.slot,
      identity,
      personId,
      signedAt: this.now().toISOString(),
    });
    return { document: signed };
  }

  async signCorrection(
    request: HostRequestParsed<'review.signCorrection'>,
  ): Promise<{ document: ProtocolDocument }> {
    const document = validateDocument(request.document, DOCUMENT_NAME);
    if (document.workflow.state !== 'approved') {
      throw new ProtocolError('review.correction.notApproved');
    }
    const correction = document.corrections.find((c) => c.id === request.correctionId);
    if (!correction) throw new ProtocolError('review.correction.unknown');
    const slot = document.rules.signatories[request.slot];
    if (!slot) throw new ProtocolError('review.sign.noSlot', { slot: request.slot + 1 });
    if (correction.baseHash !== contentHash(document)) {
      throw new ProtocolError('review.correction.otherBase');
    }
    if (correction.signatures.some((s) => s.slot === request.slot)) {
      throw new ProtocolError('review.correction.slotTaken', { label: slot.label });
    }
    const identity = await this.currentIdentity();
    const publicKey = publicKeyOf(identity.secretKey);
    if (correction.signatures.some((s) => s.publicKey === publicKey)) {
      throw new ProtocolError('review.correction.alreadySigned', { name: identity.name });
    }
    return {
      document: signCorrection(
        document,
        correction.id,
        request.slot,
        identity,
        this.now().toISOString(),
      ),
    };
  }
}
