import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../core/errors';
import { keyCard, type KeyCard } from '../../core/review/keyring';
import { keyFingerprint, publicKeyOf, type SigningIdentity } from '../../core/review/signing';
import { decodeBase64, encodeBase64 } from '../../core/util/base64';
import { readJsonFile, Serial, writeJsonFile } from '../services/json-store';
import { identityFromPem, newKeyPem, reencryptPem } from './key-file';

/**
 * How a key file is protected at rest beyond its passphrase. Electron passes safeStorage (the
 * OS keychain / DPAPI / libsecret); the browser mode keeps the passphrase-encrypted key as is.
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

const storedKey = z.object({
  name: z.string().min(1).max(200),
  publicKey: z.string(),
  scheme: z.enum(['safeStorage', 'key-file']),
  /** The PKCS#8 PEM, encrypted with the holder's passphrase, then sealed by the protector. */
  pem: z.string(),
  createdAt: z.string(),
});

const keysFile = z.object({
  format: z.literal('protokollant/signing-keys'),
  version: z.literal(1),
  keys: z.array(storedKey),
});

type KeysFile = z.infer<typeof keysFile>;

export interface IdentityInfo {
  name: string;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

/**
 * The signing keys of the people who sign at this machine, each made by its holder with a
 * passphrase (never made behind their back), and unlocked only for one signature. The secret
 * never leaves the host process; the file is readable by its owner only.
 */
export class IdentityStore {
  private readonly serial = new Serial();
  readonly path: string;

  constructor(
    userDataFolder: string,
    private readonly protector: SecretProtector,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = join(userDataFolder, 'signing-keys.json');
  }

  private read(): Promise<KeysFile> {
    return readJsonFile(this.path, keysFile, () => ({
      format: 'protokollant/signing-keys' as const,
      version: 1 as const,
      keys: [],
    }));
  }

  private async stored(name: string) {
    const wanted = name.trim();
    if (wanted === '') throw new UserError('identity.noName');
    return (await this.read()).keys.find((k) => k.name === wanted) ?? null;
  }

  /** The key of `name` at this machine, or null when they have made none. */
  async describe(name: string): Promise<IdentityInfo | null> {
    const key = await this.stored(name);
    return key ? info(key) : null;
  }

  /** Makes the key pair of `name`, encrypted with their passphrase. */
  create(name: string, passphrase: string): Promise<IdentityInfo> {
    const wanted = name.trim();
    if (wanted === '') return Promise.reject(new UserError('identity.noName'));
    return this.serial.run(async () => {
      const file = await this.read();
      if (file.keys.some((k) => k.name === wanted)) {
        throw new UserError('identity.exists', { name: wanted });
      }
      const { pem, publicKey } = newKeyPem(passphrase);
      const key = {
        name: wanted,
        publicKey,
        scheme: this.protector.scheme,
        pem: encodeBase64(this.protector.protect(new TextEncoder().encode(pem))),
        createdAt: this.now().toISOString(),
      };
      // Key material: readable by its owner only from the moment the file exists.
      await writeJsonFile(this.path, { ...file, keys: [...file.keys, key] }, { mode: 0o600 });
      return info(key);
    });
  }

  /**
   * Takes over a key its holder made elsewhere (`protokollant keys new`, OpenSSL) as the key of
   * `name`: unlocked with the file's passphrase, then stored encrypted with that passphrase (an
   * unencrypted file gets encrypted with it), so the copy here is never weaker than the file.
   */
  import(name: string, pem: string, passphrase: string, file: string): Promise<IdentityInfo> {
    const wanted = name.trim();
    if (wanted === '') return Promise.reject(new UserError('identity.noName'));
    return this.serial.run(async () => {
      const stored = await this.read();
      if (stored.keys.some((k) => k.name === wanted)) {
        throw new UserError('identity.exists', { name: wanted });
      }
      const encrypted = reencryptPem(pem, passphrase, file);
      const key = {
        name: wanted,
        publicKey: encrypted.publicKey,
        scheme: this.protector.scheme,
        pem: encodeBase64(this.protector.protect(new TextEncoder().encode(encrypted.pem))),
        createdAt: this.now().toISOString(),
      };
      await writeJsonFile(this.path, { ...stored, keys: [...stored.keys, key] }, { mode: 0o600 });
      return info(key);
    });
  }

  /** The key of `name`, unlocked with their passphrase, for one signature. */
  async unlock(name: string, passphrase: string): Promise<SigningIdentity & IdentityInfo> {
    const key = await this.stored(name);
    if (!key) throw new UserError('identity.noKey', { name: name.trim() });
    if (key.scheme !== this.protector.scheme) throw new UserError('identity.otherScheme');
    const sealed = decodeBase64(key.pem);
    if (!sealed) throw new UserError('identity.damaged');
    const pem = new TextDecoder().decode(this.protector.unprotect(sealed));
    const identity = identityFromPem(pem, passphrase, key.name);
    if (publicKeyOf(identity.secretKey) !== key.publicKey) {
      throw new UserError('identity.damaged');
    }
    return { ...identity, ...info(key) };
  }

  /** The public key card of `name`, for the administration's keyring. */
  async card(name: string): Promise<KeyCard> {
    const key = await this.stored(name);
    if (!key) throw new UserError('identity.noKey', { name: name.trim() });
    return keyCard(key.name, key.publicKey);
  }
}

function info(key: z.infer<typeof storedKey>): IdentityInfo {
  return {
    name: key.name,
    publicKey: key.publicKey,
    fingerprint: keyFingerprint(key.publicKey),
    createdAt: key.createdAt,
  };
}
