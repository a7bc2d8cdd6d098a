import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HostRequestParsed, HostResponse } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import { validateDocument } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { contentHash } from '../../core/review/content';
import { signCorrection } from '../../core/review/corrections';
import { placeKey, type KeyCard, type Keyring } from '../../core/review/keyring';
import { keyFingerprint, publicKeyOf } from '../../core/review/signing';
import { systemReason, writeFileAtomic } from '../fs/atomic-write';
import type { IdentityStore } from '../identity/identity-store';
import { readKeyringFile } from '../identity/keyring-file';
import { readConfiguredKeyring } from './keyrings';
import type { SettingsService } from './settings';
import { signSlot } from './sign-slot';

/** A PEM key is a few hundred bytes: anything much larger is not a key file. */
const MAX_KEY_FILE = 64 * 1024;

async function readKeyText(path: string): Promise<string> {
  try {
    if ((await stat(path)).size > MAX_KEY_FILE) {
      throw new UserError('key.tooLarge', { file: basename(path) });
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('key.unreadable', {
      file: basename(path),
      detail: systemReason(error),
    });
  }
}

/** What the renderer's document is called in messages about it. */
const DOCUMENT_NAME = 'Niederschrift';

/**
 * Signing in the host: the renderer sends the document, the place and the signer's passphrase;
 * the host checks the document again, makes every eligibility and keyring check (sign-slot.ts),
 * unlocks the current user's key for this one signature and returns the signed document. The
 * secret key never leaves this process.
 */
export class ReviewService {
  constructor(
    private readonly identities: IdentityStore,
    private readonly settings: SettingsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async userName(): Promise<string> {
    const name = (await this.settings.get()).userName.trim();
    if (name === '') throw new UserError('identity.noName');
    return name;
  }

  /** The current user's name and key; no key until they make one with their passphrase. */
  async describe(): Promise<HostResponse<'identity.describe'>> {
    const name = (await this.settings.get()).userName.trim();
    const info = name === '' ? null : await this.identities.describe(name);
    return {
      name,
      publicKey: info?.publicKey ?? null,
      fingerprint: info?.fingerprint ?? null,
      createdAt: info?.createdAt ?? null,
    };
  }

  async createKey(passphrase: string): Promise<HostResponse<'identity.create'>> {
    await this.identities.create(await this.userName(), passphrase);
    return this.describe();
  }

  async card(): Promise<KeyCard> {
    return this.identities.card(await this.userName());
  }

  /**
   * Takes over the key file its holder made with `protokollant keys new` (or OpenSSL) as the
   * current user's key, unlocked with the file's passphrase and stored encrypted with it.
   */
  async importKey(path: string, passphrase: string): Promise<HostResponse<'identity.import'>> {
    const name = await this.userName();
    const pem = await readKeyText(path);
    await this.identities.import(name, pem, passphrase, basename(path));
    return this.describe();
  }

  /** Writes the current user's key card (public key and fingerprint) for the administration. */
  async saveCard(path: string): Promise<{ path: string; name: string }> {
    const card = await this.card();
    await writeFileAtomic(path, `${JSON.stringify(card, null, 2)}\n`);
    return { path, name: basename(path) };
  }

  /** The keyring the settings name, read fresh (the administration may have changed it). */
  keyring(): Promise<{ path: string; keyring: Keyring | null; problem: string | null }> {
    return readConfiguredKeyring(this.settings);
  }

  /** A keyring that is set must be readable: signing never silently falls back to none. */
  private async usableKeyring(): Promise<Keyring | null> {
    const { path, keyring } = await this.keyring();
    if (path !== '' && !keyring) await readKeyringFile(path);
    return keyring;
  }

  async sign(request: HostRequestParsed<'review.sign'>): Promise<{ document: ProtocolDocument }> {
    const document = validateDocument(request.document, DOCUMENT_NAME);
    const keyring = await this.usableKeyring();
    const identity = await this.identities.unlock(await this.userName(), request.passphrase);
    const signed = signSlot(document, {
      slot: request.slot,
      personId: request.personId,
      identity,
      keyring,
      signedAt: this.now().toISOString(),
    });
    return { document: signed };
  }

  async signCorrection(
    request: HostRequestParsed<'review.signCorrection'>,
  ): Promise<{ document: ProtocolDocument }> {
    const document = validateDocument(request.document, DOCUMENT_NAME);
    if (document.workflow.state !== 'approved') {
      throw new UserError('review.correction.notApproved');
    }
    const correction = document.corrections.find((c) => c.id === request.correctionId);
    if (!correction) throw new UserError('review.correction.unknown');
    const slot = document.rules.signatories[request.slot];
    if (!slot) throw new UserError('review.sign.noSlot', { slot: request.slot + 1 });
    if (correction.baseHash !== contentHash(document)) {
      throw new UserError('review.correction.otherBase');
    }
    if (correction.signatures.some((s) => s.slot === request.slot)) {
      throw new UserError('review.correction.slotTaken', { label: slot.label });
    }
    const keyring = await this.usableKeyring();
    const identity = await this.identities.unlock(await this.userName(), request.passphrase);
    const publicKey = publicKeyOf(identity.secretKey);
    if (correction.signatures.some((s) => s.publicKey === publicKey)) {
      throw new UserError('review.correction.alreadySigned', { name: identity.name });
    }
    // A correction is signed by the person who signed that place of the minutes.
    const signer = document.signatures.find((s) => s.slot === request.slot);
    const person = document.people.find((p) => p.id === signer?.personId);
    if (!signer || !person) throw new UserError('review.sign.wrongPerson', { label: slot.label });
    const at = this.now().toISOString();
    let name = identity.name;
    if (keyring) {
      const placed = placeKey(keyring, publicKey, person, slot.role, at);
      if (placed.status !== 'known' || !placed.entry) {
        throw new UserError('sign.noKeyHolder', {
          fingerprint: keyFingerprint(publicKey),
          name: signer.name,
        });
      }
      name = placed.entry.name;
    } else if (signer.publicKey !== publicKey) {
      throw new UserError('review.sign.wrongPerson', { label: slot.label });
    }
    return {
      document: signCorrection(
        document,
        correction.id,
        request.slot,
        { name, secretKey: identity.secretKey },
        at,
      ),
    };
  }
}
