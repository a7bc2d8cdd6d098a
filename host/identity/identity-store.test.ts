import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicKeyOf } from '../../core/review/signing';
import { IdentityStore, keyFileProtector, type SecretProtector } from './identity-store';

const folder = () => mkdtempSync(join(tmpdir(), 'protokollant-id-'));
const PASS = 'ein langes Passwort';

describe('signing identities', () => {
  it('makes a key only when its holder asks, with their passphrase, in a file only they read', async () => {
    const dir = folder();
    const store = new IdentityStore(dir, keyFileProtector);
    expect(await store.describe('BM Dr. Mayer')).toBeNull();
    const made = await store.create('BM Dr. Mayer', PASS);
    expect(statSync(join(dir, 'signing-keys.json')).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(join(dir, 'signing-keys.json'), 'utf8')).keys[0];
    expect(Buffer.from(stored.pem, 'base64').toString('utf8')).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----/,
    );
    const unlocked = await new IdentityStore(dir, keyFileProtector).unlock('BM Dr. Mayer', PASS);
    expect(publicKeyOf(unlocked.secretKey)).toBe(made.publicKey);
    await expect(store.unlock('BM Dr. Mayer', 'falsches Passwort')).rejects.toMatchObject({
      code: 'key.passphrase',
    });
    await expect(store.create('BM Dr. Mayer', PASS)).rejects.toMatchObject({
      code: 'identity.exists',
    });
    await expect(store.unlock('Herr Häbe', PASS)).rejects.toMatchObject({ code: 'identity.noKey' });
    await expect(store.create('Herr Häbe', 'kurz')).rejects.toMatchObject({
      code: 'key.passphraseShort',
    });
    expect((await store.card('BM Dr. Mayer')).fingerprint).toBe(made.fingerprint);
  });

  it('keeps the key sealed by the protector', async () => {
    const dir = folder();
    const xor: SecretProtector = {
      scheme: 'safeStorage',
      protect: (s) => s.map((b) => b ^ 0x5a),
      unprotect: (s) => s.map((b) => b ^ 0x5a),
    };
    await new IdentityStore(dir, xor).create('Chair', PASS);
    const stored = JSON.parse(readFileSync(join(dir, 'signing-keys.json'), 'utf8')).keys[0];
    expect(stored.scheme).toBe('safeStorage');
    expect(Buffer.from(stored.pem, 'base64').toString('utf8')).not.toContain('PRIVATE KEY');
    // A store with another protection scheme cannot use it
    await expect(
      new IdentityStore(dir, keyFileProtector).unlock('Chair', PASS),
    ).rejects.toMatchObject({ code: 'identity.otherScheme' });
  });

  it('refuses an empty name', async () => {
    await expect(
      new IdentityStore(folder(), keyFileProtector).create('  ', PASS),
    ).rejects.toMatchObject({
      code: 'identity.noName',
    });
  });
});
