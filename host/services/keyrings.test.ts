import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors';
import { parseProtokoll } from '../../core/file/format';
import { keyCard, parseKeyring, placeKey } from '../../core/review/keyring';
import { keyFingerprint } from '../../core/review/signing';
import { signSlot } from './sign-slot';
import { IdentityStore, keyFileProtector } from '../identity/identity-store';
import { newKeyPem, writeKeyFile } from '../identity/key-file';
import { dispatch } from './dispatch';
import { createHostHandlers } from './handlers';
import { KeyringService } from './keyrings';
import { ReviewService } from './review';
import { SettingsService } from './settings';
import { servicesFor, tempFolder } from '../../test/support/host-services';

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const PASS = 'ein langes Passwort';

/** A holder's key card file, as `protokollant keys card` or the app writes it. */
async function cardFile(dir: string, name: string): Promise<{ path: string; publicKey: string }> {
  const { publicKey } = newKeyPem(null);
  const path = join(dir, `karte-${name.replace(/\W+/g, '-')}.json`);
  await writeFile(path, JSON.stringify(keyCard(name, publicKey)));
  return { path, publicKey };
}

describe('the keyring service (Einstellungen › Unterschrift)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let settings: SettingsService;
  let keyrings: KeyringService;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('protokollant-keyrings-'));
    settings = new SettingsService(join(dir, 'user-data'));
    keyrings = new KeyringService(settings);
  });
  afterEach(() => cleanup());

  it('makes a new keyring where the dialog said, never over an existing file, and uses it', async () => {
    const path = join(dir, 'verzeichnis.json');
    const view = await keyrings.create(path, ' Landeshauptstadt Stuttgart ');
    expect(view).toEqual({
      path,
      keyring: {
        format: 'protokollant/keyring',
        version: 1,
        body: 'Landeshauptstadt Stuttgart',
        keys: [],
      },
      problem: null,
    });
    expect((await settings.get()).keyringPath).toBe(path);
    await writeFile(path, 'anderer Inhalt');
    const refused = await rejection(keyrings.create(path, 'X'));
    expect(refused.code).toBe('keyring.fileExists');
    expect(await readFile(path, 'utf8')).toBe('anderer Inhalt');
  });

  it('uses only a file that reads as a keyring; a bad one leaves the setting as it was', async () => {
    const good = join(dir, 'gut.json');
    await keyrings.create(good, 'Stadt');
    const bad = join(dir, 'kaputt.json');
    await writeFile(bad, '{"format":"etwas anderes"}');
    const refused = await rejection(keyrings.use(bad));
    expect(refused.code).toBe('keyring.invalid');
    expect((await settings.get()).keyringPath).toBe(good);
    expect((await rejection(keyrings.use(join(dir, 'fehlt.json')))).code).toBe(
      'keyring.unreadable',
    );
    expect((await keyrings.use('')).path).toBe('');
    expect((await settings.get()).keyringPath).toBe('');
    expect((await keyrings.use(good)).keyring?.body).toBe('Stadt');
  });

  it('adds a key card, ends it and removes it, writing the file atomically and keeping its mode', async () => {
    const path = join(dir, 'verzeichnis.json');
    await keyrings.create(path, 'Stadt');
    // The administration keeps the file readable by the group only: edits must not widen it.
    await chmod(path, 0o640);
    const mayer = await cardFile(dir, 'BM Dr. Mayer');
    const card = await keyrings.readCard(mayer.path);
    expect(card.fingerprint).toBe(keyFingerprint(mayer.publicKey));

    let view = await keyrings.add({
      cardPath: mayer.path,
      name: '',
      from: '2018-01-01',
      until: '',
      roles: ['chair'],
    });
    expect(view.keyring?.keys).toEqual([
      {
        name: 'BM Dr. Mayer',
        algorithm: 'Ed25519',
        publicKey: mayer.publicKey,
        from: '2018-01-01',
        until: '',
        roles: ['chair'],
        demo: false,
      },
    ]);
    // the holder's name as the minutes write it may differ from the card's
    const perc = await cardFile(dir, 'Jasmin Perc');
    view = await keyrings.add({
      cardPath: perc.path,
      name: 'StR Perc',
      from: '2018-01-01',
      until: '2019-12-31',
      roles: [],
    });
    expect(view.keyring?.keys.map((k) => k.name)).toEqual(['BM Dr. Mayer', 'StR Perc']);
    const onDisk = parseKeyring(JSON.parse(await readFile(path, 'utf8')), 'x');
    expect(onDisk.keys).toHaveLength(2);
    expect((await stat(path)).mode & 0o777).toBe(0o640);

    // The same key twice is refused, and the file stays as it was.
    const before = await readFile(path, 'utf8');
    expect(
      (
        await rejection(
          keyrings.add({ cardPath: mayer.path, name: '', from: '', until: '', roles: [] }),
        )
      ).code,
    ).toBe('keyring.duplicate');
    expect(await readFile(path, 'utf8')).toBe(before);

    // Ending: signatures made before the day stay confirmed, later ones are not.
    view = await keyrings.end({ publicKey: mayer.publicKey, until: '2018-06-30' });
    const ended = view.keyring!;
    expect(ended.keys[0]!.until).toBe('2018-06-30');
    const mayerPerson = {
      id: 'p-mayer',
      kind: 'member',
      formOfAddress: '',
      honorific: 'BM',
      title: 'Dr.',
      givenName: '',
      familyName: 'Mayer',
    } as unknown as Parameters<typeof placeKey>[2];
    expect(
      placeKey(ended, mayer.publicKey, mayerPerson, 'chair', '2018-06-27T10:00:00Z').status,
    ).toBe('known');
    expect(
      placeKey(ended, mayer.publicKey, mayerPerson, 'chair', '2018-07-02T10:00:00Z').status,
    ).toBe('notValidThen');
    expect(
      (await rejection(keyrings.end({ publicKey: mayer.publicKey, until: '2017-01-01' }))).code,
    ).toBe('keyring.badPeriod');

    view = await keyrings.remove({ publicKey: perc.publicKey });
    expect(view.keyring?.keys.map((k) => k.name)).toEqual(['BM Dr. Mayer']);
    expect((await rejection(keyrings.remove({ publicKey: perc.publicKey }))).code).toBe(
      'keyring.notFound',
    );
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    // no temporary file is left beside it
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses edits while no keyring is set, and a damaged card', async () => {
    const mayer = await cardFile(dir, 'BM Dr. Mayer');
    expect(
      (
        await rejection(
          keyrings.add({ cardPath: mayer.path, name: '', from: '', until: '', roles: [] }),
        )
      ).code,
    ).toBe('keyring.notSet');
    await keyrings.create(join(dir, 'v.json'), '');
    const forged = join(dir, 'gefaelscht.json');
    const card = JSON.parse(await readFile(mayer.path, 'utf8'));
    await writeFile(forged, JSON.stringify({ ...card, fingerprint: '0000 1111' }));
    expect((await rejection(keyrings.readCard(forged))).code).toBe('keyring.badCard');
    expect(
      (
        await rejection(
          keyrings.add({ cardPath: forged, name: '', from: '', until: '', roles: [] }),
        )
      ).code,
    ).toBe('keyring.badCard');
  });

  it('edits through the host API, whose requests are checked against the contract', async () => {
    const services = servicesFor(join(dir, 'user-data-2'));
    const handlers = createHostHandlers(services, {
      mode: 'browser',
      version: 'test',
      platform: 'linux',
      documentsFolder: dir,
      autosaveDelayMs: 2000,
      startup: () => ({ files: [], recoveryId: null, templateId: null }),
    });
    const caller = { owner: 'browser' };
    const call = (method: string, request: unknown) =>
      dispatch(handlers, method, request, caller, 'de');
    const path = join(dir, 'api.json');
    const created = await call('keyring.create', { path, body: 'Gemeinde' });
    expect(created.ok).toBe(true);
    const mayer = await cardFile(dir, 'BM Dr. Mayer');
    const added = await call('keyring.add', {
      cardPath: mayer.path,
      name: '',
      from: '2018-01-01',
      until: '',
      roles: ['chair', 'mayor'],
    });
    expect(added).toMatchObject({
      ok: true,
      value: { keyring: { keys: [{ name: 'BM Dr. Mayer' }] } },
    });
    const badDay = await call('keyring.end', {
      publicKey: mayer.publicKey,
      until: '30.06.2018',
    });
    expect(badDay).toMatchObject({ ok: false, error: { code: 'host.badRequest' } });
    const badRole = await call('keyring.add', {
      cardPath: mayer.path,
      name: '',
      from: '',
      until: '',
      roles: ['kaiser'],
    });
    expect(badRole).toMatchObject({ ok: false, error: { code: 'host.badRequest' } });
    // the renderer cannot name a keyring path through the settings: only keyring.use sets it
    const typed = await call('settings.set', { keyringPath: '/etc/passwd' });
    expect(typed).toMatchObject({ ok: false, error: { code: 'host.badRequest' } });
    const got = await call('keyring.get', {});
    expect(got).toMatchObject({
      ok: true,
      value: { path, keyring: { keys: [{ roles: ['chair', 'mayor'] }] } },
    });
  });
});

describe('taking over a key file made with `protokollant keys new`', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let settings: SettingsService;
  let review: ReviewService;
  let store: IdentityStore;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('protokollant-import-'));
    settings = new SettingsService(join(dir, 'user-data'));
    store = new IdentityStore(join(dir, 'user-data'), keyFileProtector);
    review = new ReviewService(store, settings);
  });
  afterEach(() => cleanup());

  it('stores an encrypted key under the user name, unlocks with the same passphrase, signs', async () => {
    const made = newKeyPem(PASS);
    const file = join(dir, 'mayer.pem');
    await writeKeyFile(file, made.pem);
    await settings.set({ userName: 'BM Dr. Mayer' });
    expect((await rejection(review.importKey(file, 'falsch geraten'))).code).toBe('key.passphrase');
    const info = await review.importKey(file, PASS);
    expect(info).toMatchObject({
      name: 'BM Dr. Mayer',
      publicKey: made.publicKey,
      fingerprint: keyFingerprint(made.publicKey),
    });
    const keysFile = join(dir, 'user-data', 'signing-keys.json');
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
    const text = await readFile(keysFile, 'utf8');
    expect(text).not.toContain('PRIVATE KEY');
    // the stored copy is unlocked with the file's passphrase, and signs the chair's place
    const unlocked = await store.unlock('BM Dr. Mayer', PASS);
    expect(unlocked.publicKey).toBe(made.publicKey);
    const example = parseProtokoll(
      await readFile(
        new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
        'utf8',
      ),
      'x',
    );
    const inReview = { ...example, workflow: { ...example.workflow, state: 'review' as const } };
    const signed = signSlot(inReview, {
      slot: 0,
      personId: '',
      identity: unlocked,
      keyring: null,
      signedAt: '2018-07-05T08:00:00.000Z',
    });
    expect(signed.signatures[0]?.publicKey).toBe(made.publicKey);
    // a second key for the same name is refused: the first is never replaced behind their back
    expect((await rejection(review.importKey(file, PASS))).code).toBe('identity.exists');
  });

  it('encrypts an unencrypted OpenSSL-style key with the passphrase given', async () => {
    const made = newKeyPem(null);
    const file = join(dir, 'offen.pem');
    await writeKeyFile(file, made.pem);
    await settings.set({ userName: 'Herr Häbe' });
    expect((await rejection(review.importKey(file, 'kurz'))).code).toBe('key.passphraseShort');
    await review.importKey(file, PASS);
    const stored = JSON.parse(await readFile(join(dir, 'user-data', 'signing-keys.json'), 'utf8'));
    expect(Buffer.from(stored.keys[0].pem, 'base64').toString()).toContain(
      'BEGIN ENCRYPTED PRIVATE KEY',
    );
    expect((await store.unlock('Herr Häbe', PASS)).publicKey).toBe(made.publicKey);
    expect((await rejection(store.unlock('Herr Häbe', 'anderes Passwort'))).code).toBe(
      'key.passphrase',
    );
  });

  it('refuses what is not a key: no name, a missing, a huge or a foreign file', async () => {
    const file = join(dir, 'k.pem');
    await writeKeyFile(file, newKeyPem(PASS).pem);
    expect((await rejection(review.importKey(file, PASS))).code).toBe('identity.noName');
    await settings.set({ userName: 'StR Perc' });
    expect((await rejection(review.importKey(join(dir, 'fehlt.pem'), PASS))).code).toBe(
      'key.unreadable',
    );
    const huge = join(dir, 'gross.pem');
    await writeFile(huge, 'x'.repeat(200_000));
    expect((await rejection(review.importKey(huge, PASS))).code).toBe('key.tooLarge');
    const text = join(dir, 'text.pem');
    await writeFile(text, 'kein Schlüssel');
    expect((await rejection(review.importKey(text, PASS))).code).toBe('key.notEd25519');
    expect((await review.describe()).publicKey).toBeNull();
  });

  it('saves the key card for the administration, which reads back as a valid card', async () => {
    await settings.set({ userName: 'StR Perc' });
    const made = await review.createKey(PASS);
    const path = join(dir, 'karte.json');
    expect(await review.saveCard(path)).toEqual({ path, name: 'karte.json' });
    const keyrings = new KeyringService(settings);
    const card = await keyrings.readCard(path);
    expect(card).toMatchObject({ name: 'StR Perc', publicKey: made.publicKey });
  });
});
