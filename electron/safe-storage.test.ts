import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicKeyOf } from '../core/review/signing';
import { IdentityStore } from '../host/identity/identity-store';
import { tempFolder } from '../host/services/test-support';
import { safeStorageProtector, type SafeStorageLike } from './safe-storage';

/**
 * Electron's runtime is not available to the tests, so this stands in for safeStorage with the
 * same contract (strings in, opaque bytes out, throws on foreign bytes). It tests our adapter
 * and its refusals, not the OS keychain.
 */
function keychain(options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const MAGIC = 'sealed:';
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) =>
      Buffer.from(MAGIC + Buffer.from(plain, 'utf8').toString('hex'), 'utf8'),
    decryptString: (sealed) => {
      const text = sealed.toString('utf8');
      if (!text.startsWith(MAGIC)) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(text.slice(MAGIC.length), 'hex').toString('utf8');
    },
  };
}

describe('safeStorage protector for signing keys', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('protokollant-safe-'));
  });
  afterEach(() => cleanup());

  it('seals the key on disk and opens it again', async () => {
    const store = new IdentityStore(dir, safeStorageProtector(keychain(), 'linux'));
    const made = await store.identity('BM Dr. Mayer');
    const again = await new IdentityStore(dir, safeStorageProtector(keychain(), 'linux')).identity(
      'BM Dr. Mayer',
    );
    expect(publicKeyOf(again.secretKey)).toBe(made.publicKey);
    const stored = JSON.parse(await readFile(join(dir, 'identities.json'), 'utf8'));
    expect(stored.identities[0].scheme).toBe('safeStorage');
    const sealed = Buffer.from(stored.identities[0].secret, 'base64').toString('utf8');
    expect(sealed.startsWith('sealed:')).toBe(true);
    expect(sealed).not.toContain(Buffer.from(made.secretKey).toString('base64'));
  });

  it('refuses clearly without a keychain, or with Linux’s plain-text fallback', async () => {
    await expect(
      new IdentityStore(dir, safeStorageProtector(keychain({ available: false }))).identity('A'),
    ).rejects.toMatchObject({ code: 'identity.safeStorageUnavailable' });
    await expect(
      new IdentityStore(
        dir,
        safeStorageProtector(keychain({ backend: 'basic_text' }), 'linux'),
      ).identity('A'),
    ).rejects.toMatchObject({ code: 'identity.safeStorageWeak' });
    // elsewhere the backend question does not arise
    const mac = await new IdentityStore(
      dir,
      safeStorageProtector(keychain({ backend: 'basic_text' }), 'darwin'),
    ).identity('A');
    expect(mac.name).toBe('A');
  });

  it('reports a key the keychain cannot open as damaged', async () => {
    await new IdentityStore(dir, safeStorageProtector(keychain(), 'linux')).identity('A');
    const other: SafeStorageLike = {
      ...keychain(),
      decryptString: () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      },
    };
    await expect(
      new IdentityStore(dir, safeStorageProtector(other, 'linux')).identity('A'),
    ).rejects.toMatchObject({ code: 'identity.damaged' });
  });
});
