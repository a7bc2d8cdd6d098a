import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicKeyOf } from '../../core/review/signing';
import { IdentityStore, keyFileProtector, type SecretProtector } from './identity-store';

const folder = () => mkdtempSync(join(tmpdir(), 'protokollant-id-'));

describe('signing identities', () => {
  it('makes a key pair on first use and returns the same one afterwards', async () => {
    const dir = folder();
    const first = await new IdentityStore(dir, keyFileProtector).identity('BM Dr. Mayer');
    const again = await new IdentityStore(dir, keyFileProtector).identity('BM Dr. Mayer');
    expect(again.publicKey).toBe(first.publicKey);
    expect(publicKeyOf(again.secretKey)).toBe(first.publicKey);
    const other = await new IdentityStore(dir, keyFileProtector).identity('Herr Häbe');
    expect(other.publicKey).not.toBe(first.publicKey);
    expect(statSync(join(dir, 'identities.json')).mode & 0o777).toBe(0o600);
  });

  it('keeps the secret sealed by the protector', async () => {
    const dir = folder();
    const xor: SecretProtector = {
      scheme: 'safeStorage',
      protect: (s) => s.map((b) => b ^ 0x5a),
      unprotect: (s) => s.map((b) => b ^ 0x5a),
    };
    const id = await new IdentityStore(dir, xor).identity('Chair');
    const stored = JSON.parse(readFileSync(join(dir, 'identities.json'), 'utf8')).identities[0];
    expect(stored.scheme).toBe('safeStorage');
    expect(Buffer.from(stored.secret, 'base64')).not.toEqual(Buffer.from(id.secretKey));
    // A store with another protection scheme cannot use it
    await expect(new IdentityStore(dir, keyFileProtector).identity('Chair')).rejects.toMatchObject({
      code: 'identity.otherScheme',
    });
  });

  it('refuses an empty name', async () => {
    await expect(
      new IdentityStore(folder(), keyFileProtector).identity('  '),
    ).rejects.toMatchObject({
      code: 'identity.noName',
    });
  });
});
