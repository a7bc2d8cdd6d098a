import { UserError } from '../core/errors';
import { decodeBase64, encodeBase64 } from '../core/util/base64';
import type { SecretProtector } from '../host/identity/identity-store';

/**
 * The part of Electron's safeStorage this adapter uses (a structural type, so the adapter is
 * tested without Electron's runtime). The synchronous calls fit the identity store's protector;
 * Electron marks them deprecated in favour of the async pair but keeps them working.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store backs the encryption. */
  getSelectedStorageBackend?(): string;
}

/**
 * Seals signing keys with the operating system's keychain (Keychain, DPAPI, libsecret/KWallet).
 * Refuses rather than falling back: without a keychain the key would sit on disk in the clear,
 * and on Linux "basic_text" is exactly that behind a fixed password.
 */
export function safeStorageProtector(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): SecretProtector {
  const ensureAvailable = () => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new UserError('identity.safeStorageUnavailable');
    }
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
      throw new UserError('identity.safeStorageWeak');
    }
  };
  return {
    scheme: 'safeStorage',
    protect(secret) {
      ensureAvailable();
      return new Uint8Array(safeStorage.encryptString(encodeBase64(secret)));
    },
    unprotect(sealed) {
      ensureAvailable();
      let plain: string;
      try {
        plain = safeStorage.decryptString(Buffer.from(sealed));
      } catch (error) {
        throw new UserError('identity.damaged', {}, { cause: error });
      }
      const secret = decodeBase64(plain);
      if (!secret) throw new UserError('identity.damaged');
      return secret;
    },
  };
}
