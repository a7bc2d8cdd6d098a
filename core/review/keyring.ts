import { z } from 'zod';
import { UserError } from '../errors';
import type { Person, SignatoryRole } from '../model/schema';
import { signatoryRoleSchema } from '../model/schema';
import { formalName } from '../style/names';
import { decodeBase64 } from '../util/base64';
import { keyFingerprint } from './signing';

/**
 * The body's keyring (Schlüsselverzeichnis): which person holds which public key, from when to
 * when. The administration keeps it outside the minutes, because a document cannot vouch for its
 * own keys: anyone can make a key pair under any name, only this list says whose it really is.
 */

const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const publicKey = z
  .string()
  .max(200)
  .refine((k) => decodeBase64(k)?.length === 32, 'an Ed25519 public key, base64');

export const keyringEntrySchema = z.looseObject({
  /** The holder as the minutes name them: "BM Dr. Mayer". */
  name: z.string().trim().min(1).max(200),
  algorithm: z.literal('Ed25519').default('Ed25519'),
  publicKey,
  /** Valid from this day (inclusive); '' for "always". */
  from: isoDate.default(''),
  /** Valid until this day (inclusive); '' for "open". */
  until: isoDate.default(''),
  /** The places this person may sign; empty for any. */
  roles: z.array(signatoryRoleSchema).max(10).default([]),
  /** A demo identity (its key is public knowledge): never a real signature. */
  demo: z.boolean().default(false),
});

export const keyringSchema = z.looseObject({
  format: z.literal('protokollant/keyring'),
  version: z.literal(1),
  /** Whose list this is: "Landeshauptstadt Stuttgart". */
  body: z.string().max(2_000).default(''),
  keys: z.array(keyringEntrySchema).max(100_000),
});

/** What a key holder hands to the administration: their public key and its fingerprint. */
export const keyCardSchema = z.looseObject({
  format: z.literal('protokollant/key-card'),
  version: z.literal(1),
  name: z.string().trim().min(1).max(200),
  algorithm: z.literal('Ed25519'),
  publicKey,
  fingerprint: z.string().max(200),
});

export type KeyringEntry = z.infer<typeof keyringEntrySchema>;
export type Keyring = z.infer<typeof keyringSchema>;
export type KeyCard = z.infer<typeof keyCardSchema>;

export function emptyKeyring(body = ''): Keyring {
  return { format: 'protokollant/keyring', version: 1, body, keys: [] };
}

export function keyCard(name: string, key: string): KeyCard {
  return {
    format: 'protokollant/key-card',
    version: 1,
    name: name.trim(),
    algorithm: 'Ed25519',
    publicKey: key,
    fingerprint: keyFingerprint(key),
  };
}

/** Reads a keyring from parsed JSON; refuses anything else with the reason. */
export function parseKeyring(value: unknown, file: string): Keyring {
  const parsed = keyringSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError('keyring.invalid', {
      file,
      detail: issue ? `${issue.path.join('.') || '/'}: ${issue.message}` : '',
    });
  }
  return parsed.data;
}

export function parseKeyCard(value: unknown, file: string): KeyCard {
  const parsed = keyCardSchema.safeParse(value);
  if (!parsed.success || parsed.data.fingerprint !== keyFingerprint(parsed.data.publicKey)) {
    throw new UserError('keyring.badCard', { file });
  }
  return parsed.data;
}

export function addKey(
  keyring: Keyring,
  entry: {
    name: string;
    publicKey: string;
    from: string;
    until: string;
    roles?: SignatoryRole[];
    demo?: boolean;
  },
): Keyring {
  if (keyring.keys.some((k) => k.publicKey === entry.publicKey)) {
    throw new UserError('keyring.duplicate', { fingerprint: keyFingerprint(entry.publicKey) });
  }
  if (entry.from && entry.until && entry.until < entry.from) {
    throw new UserError('keyring.badPeriod', { from: entry.from, until: entry.until });
  }
  const added: KeyringEntry = {
    name: entry.name.trim(),
    algorithm: 'Ed25519',
    publicKey: entry.publicKey,
    from: entry.from,
    until: entry.until,
    roles: entry.roles ?? [],
    demo: entry.demo ?? false,
  };
  return { ...keyring, keys: [...keyring.keys, added] };
}

/** Removes the keys whose fingerprint (spaces ignored) or holder name is `which`. */
export function removeKey(keyring: Keyring, which: string): { keyring: Keyring; removed: number } {
  const wanted = compact(which);
  const keep = keyring.keys.filter(
    (k) =>
      compact(keyFingerprint(k.publicKey)) !== wanted && normalName(k.name) !== normalName(which),
  );
  const removed = keyring.keys.length - keep.length;
  if (removed === 0) throw new UserError('keyring.notFound', { which });
  return { keyring: { ...keyring, keys: keep }, removed };
}

/** Removes the one entry of this public key (the app's editor names entries by their key). */
export function removeEntry(keyring: Keyring, key: string): Keyring {
  if (!keyring.keys.some((k) => k.publicKey === key)) {
    throw new UserError('keyring.notFound', { which: keyFingerprint(key) });
  }
  return { ...keyring, keys: keyring.keys.filter((k) => k.publicKey !== key) };
}

/**
 * Ends a key's validity on `until` (inclusive): signatures made before stay confirmed, later
 * ones are not. Ending is how a lost or replaced key leaves the keyring without rewriting the
 * past, which removing it would.
 */
export function endEntry(keyring: Keyring, key: string, until: string): Keyring {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) {
    throw new UserError('keyring.badDate', { date: until });
  }
  const entry = keyring.keys.find((k) => k.publicKey === key);
  if (!entry) throw new UserError('keyring.notFound', { which: keyFingerprint(key) });
  if (entry.from && until < entry.from) {
    throw new UserError('keyring.badPeriod', { from: entry.from, until });
  }
  return {
    ...keyring,
    keys: keyring.keys.map((k) => (k.publicKey === key ? { ...k, until } : k)),
  };
}

const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** Names compare without case and runs of spaces: "BM  Dr. Mayer" is "bm dr. mayer". */
export function normalName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const join = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join(' ');

/**
 * The ways a keyring may name a roster person: as the minutes do ("BM Dr. Mayer"), or in full
 * ("Dr. Martin Mayer", "BM Dr. Martin Mayer").
 */
export function nameForms(person: Person): Set<string> {
  const lead = person.honorific || person.formOfAddress;
  return new Set(
    [
      formalName(person),
      join(person.title, person.givenName, person.familyName),
      join(lead, person.title, person.givenName, person.familyName),
    ]
      .filter((n) => n !== '')
      .map(normalName),
  );
}

export type KeyStatus = 'known' | 'unknown' | 'notValidThen' | 'otherPerson' | 'otherRole';

export interface KeyPlacement {
  status: KeyStatus;
  entry: KeyringEntry | null;
}

/**
 * Where a key stands in the keyring for one signature: known (held by this person, valid on the
 * signing day, allowed for this role), or why not. The signing day is the one the signer wrote
 * down; nothing outside the file attests it (see SECURITY.md).
 */
export function placeKey(
  keyring: Keyring,
  key: string,
  person: Person | undefined,
  role: SignatoryRole,
  signedAt: string,
): KeyPlacement {
  const entries = keyring.keys.filter((k) => k.publicKey === key);
  if (entries.length === 0) return { status: 'unknown', entry: null };
  const day = signedAt.slice(0, 10);
  const inPeriod = entries.filter(
    (e) => (!e.from || e.from <= day) && (!e.until || day <= e.until),
  );
  if (inPeriod.length === 0) return { status: 'notValidThen', entry: entries[0]! };
  const forms = person ? nameForms(person) : new Set<string>();
  const holder = inPeriod.filter((e) => forms.has(normalName(e.name)));
  if (holder.length === 0) return { status: 'otherPerson', entry: inPeriod[0]! };
  const allowed = holder.find((e) => e.roles.length === 0 || e.roles.includes(role));
  if (!allowed) return { status: 'otherRole', entry: holder[0]! };
  return { status: 'known', entry: allowed };
}

/** The keyring entry a signer uses: by key, valid today; for signing, not for trusting. */
export function entriesOfKey(keyring: Keyring, key: string): KeyringEntry[] {
  return keyring.keys.filter((k) => k.publicKey === key);
}
