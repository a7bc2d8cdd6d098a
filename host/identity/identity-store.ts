import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { ProtocolError } from '../../core/errors';
import { keyFingerprint, publicKeyOf, type SigningIdentity } from '../../core/review/signing';
import { decodeBase64, encodeBase64 } from '../../core/util/base64';
import { readJsonFile, Serial, writeJsonFile } from '../services/json-store';

/**
 * How a secret key is protected at rest. Electron passes safeStorage (the OS keychain /
 * DPAPI / libsecret); the browser mode keeps a key file readable by the user only.
 */
export interface SecretProtector {
  scheme: 'safeStorage' | 'key-file';
  protect(secret: Uint8Array): Uint8Array;
  unprotect(sealed: Uint8Array): Uint8Array;
}

export const keyFileProtector: SecretProtector = {
  scheme: 'key-file',
  protect: (secret) => secret,
  unprotect: (sealed) => sealed,
};

const storedIdentity = z.object({
  name: z.string().min(1).max(200),
  publicKey: z.string(),
  scheme: z.enum(['safeStorage', 'key-file']),
  secret: z.string(),
  createdAt: z.string(),
});

const identityFile = z.object({
  format: z.literal('protokollant/identities'),
  version: z.literal(1),
  identities: z.array(storedIdentity),
});

type IdentityFile = z.infer<typeof identityFile>;

export interface IdentityInfo {
  name: string;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

/**
 * The local signing identities of this machine, one per person (by the user name they sign
 * with), made on first use: an Ed25519 key pair whose secret never leaves the host process.
 */
export class IdentityStore {
  private readonly serial = new Serial();
  readonly path: string;

  constructor(
    userDataFolder: string,
    private readonly protector: SecretProtector,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = join(userDataFolder, 'identities.json');
  }

  private read(): Promise<IdentityFile> {
    return readJsonFile(this.path, identityFile, () => ({
      format: 'protokollant/identities' as const,
      version: 1 as const,
      identities: [],
    }));
  }

  /** The identity of `name`, made now if this machine has none for them yet. */
  identity(name: string): Promise<SigningIdentity & IdentityInfo> {
    const wanted = name.trim();
    if (wanted === '') return Promise.reject(new ProtocolError('identity.noName'));
    return this.serial.run(async () => {
      const file = await this.read();
      let stored = file.identities.find((i) => i.name === wanted);
      if (!stored) {
        const secret = new Uint8Array(randomBytes(32));
        stored = {
          name: wanted,
          publicKey: publicKeyOf(secret),
          scheme: this.protector.scheme,
          secret: encodeBase64(this.protector.protect(secret)),
          createdAt: this.now().toISOString(),
        };
        // The key file holds secrets: readable by its owner only (where the platform allows),
        // from the moment it is created, not chmod-ed after being written.
        await writeJsonFile(
          this.path,
          { ...file, identities: [...file.identities, stored] },
          { mode: 0o600 },
        );
      }
      if (stored.scheme !== this.protector.scheme) throw new ProtocolError('identity.otherScheme');
      const sealed = decodeBase64(stored.secret);
      if (!sealed) throw new ProtocolError('identity.damaged');
      const secretKey = this.protector.unprotect(sealed);
      if (secretKey.length !== 32 || publicKeyOf(secretKey) !== stored.publicKey) {
        throw new ProtocolError('identity.damaged');
      }
      return {
        name: stored.name,
        secretKey,
        publicKey: stored.publicKey,
        fingerprint: keyFingerprint(stored.publicKey),
        createdAt: stored.createdAt,
      };
    });
  }

  async describe(name: string): Promise<IdentityInfo> {
    const { secretKey: _secret, ...info } = await this.identity(name);
    return info;
  }
}
