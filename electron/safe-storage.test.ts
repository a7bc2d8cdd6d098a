import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicKeyOf } from '../core/review/signing';
import { IdentityStore } from '../host/identity/identity-store';
import { tempFolder } from '../test/support/host-services';
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

const PASS = 'ein langes Passwort';

describe('safeStorage protector for signing keys', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('protokollant-safe-'));
  });
  afterEach(() => cleanup());

  it('seals the key on disk and opens it again', async () => {
    const store = new IdentityStore(dir, safeStorageProtector(keychain(), 'linux'));
    const made = await store.create('BM Dr. Mayer', PASS);
    const again = await new IdentityStore(dir, safeStorageProtector(keychain(), 'linux')).unlock(
      'BM Dr. Mayer',
      PASS,
    );
    expect(publicKeyOf(again.secretKey)).toBe(made.publicKey);
    const stored = JSON.parse(await readFile(join(dir, 'signing-keys.json'), 'utf8'));
    expect(stored.keys[0].scheme).toBe('safeStorage');
    const sealed = Buffer.from(stored.keys[0].pem, 'base64').toString('utf8');
    expect(sealed.startsWith('sealed:')).toBe(true);
    expect(sealed).not.toContain('PRIVATE KEY');
  });

  it('refuses clearly without a keychain, or with Linux’s plain-text fallback', async () => {
    await expect(
      new IdentityStore(dir, safeStorageProtector(keychain({ available: false }))).create(
        'A',
        PASS,
      ),
    ).rejects.toMatchObject({ code: 'identity.safeStorageUnavailable' });
    await expect(
      new IdentityStore(
        dir,
        safeStorageProtector(keychain({ backend: 'basic_text' }), 'linux'),
      ).create('A', PASS),
    ).rejects.toMatchObject({ code: 'identity.safeStorageWeak' });
    // elsewhere the backend question does not arise
    const mac = await new IdentityStore(
      dir,
      safeStorageProtector(keychain({ backend: 'basic_text' }), 'darwin'),
    ).create('A', PASS);
    expect(mac.name).toBe('A');
  });

  it('reports a key the keychain cannot open as damaged', async () => {
    await new IdentityStore(dir, safeStorageProtector(keychain(), 'linux')).create('A', PASS);
    const other: SafeStorageLike = {
      ...keychain(),
      decryptString: () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      },
    };
    await expect(
      new IdentityStore(dir, safeStorageProtector(other, 'linux')).unlock('A', PASS),
    ).rejects.toMatchObject({ code: 'identity.damaged' });
  });
});
