import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../core/errors';
import { publicKeyOf, type SigningIdentity } from '../../core/review/signing';
import { systemReason } from '../fs/atomic-write';

/**
 * Signing keys made and held by their holders: Ed25519 in PKCS#8 PEM, encrypted with a
 * passphrase (PBES2, AES-256-CBC, Node's crypto) or, as OpenSSL writes them by default,
 * unencrypted. The secret leaves this module only as the 32-byte seed the signer uses.
 */

export const MIN_PASSPHRASE = 8;

/** A new Ed25519 key as PEM; encrypted unless `passphrase` is null. */
export function newKeyPem(passphrase: string | null): { pem: string; publicKey: string } {
  if (passphrase !== null && passphrase.length < MIN_PASSPHRASE) {
    throw new UserError('key.passphraseShort');
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem =
    passphrase === null
      ? privateKey.export({ type: 'pkcs8', format: 'pem' })
      : privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase });
  return { pem: String(pem), publicKey: publicKeyOf(seedOf(privateKey)) };
}

/**
 * Writes a key file in one step: created with mode 0600 (the owner alone reads it) and never
 * over an existing file, so neither a moment of wider access nor a lost key is possible.
 */
export async function writeKeyFile(path: string, pem: string): Promise<void> {
  try {
    await writeFile(path, pem, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError('key.exists', { file: basename(path) });
    }
    throw new UserError('key.unreadable', {
      file: basename(path),
      detail: systemReason(error),
    });
  }
}

export function isEncryptedPem(pem: string): boolean {
  return pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----');
}

/** The signing identity in a PEM text; `name` is whose it is said to be. */
export function identityFromPem(
  pem: string,
  passphrase: string | null,
  name: string,
  file = 'key.pem',
): SigningIdentity {
  let key: KeyObject;
  const encrypted = isEncryptedPem(pem);
  if (encrypted && !passphrase) throw new UserError('key.passphrase');
  try {
    key = createPrivateKey(
      encrypted
        ? { key: pem, format: 'pem', passphrase: passphrase ?? '' }
        : { key: pem, format: 'pem' },
    );
  } catch (error) {
    if (encrypted) throw new UserError('key.passphrase', {}, { cause: error });
    throw new UserError('key.notEd25519', { file }, { cause: error });
  }
  if (key.asymmetricKeyType !== 'ed25519' || key.type !== 'private') {
    throw new UserError('key.notEd25519', { file });
  }
  return { name, secretKey: seedOf(key) };
}

/**
 * A key file's key, encrypted anew with `passphrase` (PKCS#8, AES-256-CBC): an encrypted file is
 * unlocked with it first, an unencrypted one (OpenSSL's default) is encrypted with it.
 */
export function reencryptPem(
  pem: string,
  passphrase: string,
  file: string,
): { pem: string; publicKey: string } {
  if (passphrase.length < MIN_PASSPHRASE) throw new UserError('key.passphraseShort');
  const { secretKey } = identityFromPem(pem, passphrase, '', file);
  const key = createPrivateKey({ key: pem, format: 'pem', passphrase });
  const encrypted = key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase });
  return { pem: String(encrypted), publicKey: publicKeyOf(secretKey) };
}

export async function readKeyFile(
  path: string,
  passphrase: string | null,
  name = '',
): Promise<SigningIdentity> {
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError('key.unreadable', {
      file: basename(path),
      detail: systemReason(error),
    });
  }
  return identityFromPem(pem, passphrase, name, basename(path));
}

function seedOf(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' });
  const seed = jwk.d ? Buffer.from(jwk.d, 'base64url') : Buffer.alloc(0);
  if (seed.length !== 32) throw new UserError('key.notEd25519', { file: '' });
  return new Uint8Array(seed);
}
