import { sha256 } from '@noble/hashes/sha2.js';
import { publicKeyOf, type SigningIdentity } from './signing';

/**
 * DEMO identities: the secret key is derived from the name, so anyone can recompute it. They
 * make the signed example reproducible and are worthless as real signatures; verify names them
 * as such wherever they appear, keyring or not.
 */
export function demoIdentity(name: string): SigningIdentity {
  return {
    name,
    secretKey: sha256(new TextEncoder().encode(`protokollant-demo-identity:${name}`)),
  };
}

/** True when `publicKey` is the demo key of `name` (anyone could have made that signature). */
export function isDemoKey(publicKey: string, name: string): boolean {
  let key = demoKeys.get(name);
  if (key === undefined) {
    key = publicKeyOf(demoIdentity(name).secretKey);
    // Verify runs on every render of the sign dialog: a name's demo key is computed once.
    if (demoKeys.size > 1_000) demoKeys.clear();
    demoKeys.set(name, key);
  }
  return key === publicKey;
}

const demoKeys = new Map<string, string>();
