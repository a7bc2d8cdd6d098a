import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors';
import { parseProtokoll } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { addCorrection, correctionSignatureValid } from '../../core/review/corrections';
import { keyFingerprint } from '../../core/review/signing';
import { verifyDocument } from '../../core/review/verify';
import { sendForReview } from '../../core/review/workflow';
import { IdentityStore, keyFileProtector } from '../identity/identity-store';
import { dispatch } from './dispatch';
import { createHostHandlers } from './handlers';
import { ReviewService } from './review';
import { SettingsService } from './settings';
import { servicesFor, tempFolder } from '../../test/support/host-services';

const EXAMPLE = fileURLToPath(
  new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
);
const NOW = new Date('2018-07-05T08:00:00.000Z');

async function draft(): Promise<ProtocolDocument> {
  return parseProtokoll(await readFile(EXAMPLE, 'utf8'), 'top12.protokoll');
}

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('signing in the host', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let settings: SettingsService;
  let review: ReviewService;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('protokollant-review-'));
    settings = new SettingsService(dir);
    review = new ReviewService(
      new IdentityStore(dir, keyFileProtector, () => NOW),
      settings,
      () => NOW,
    );
  });
  afterEach(() => cleanup());

  const PASS = 'ein langes Passwort';
  /** The user at this machine is now `userName`, with a key they made once. */
  const as = async (userName: string) => {
    await settings.set({ userName });
    if ((await review.describe()).publicKey === null) await review.createKey(PASS);
  };

  /** Signs every place in order, switching the user name like signers at one machine would. */
  async function signAll(document: ProtocolDocument): Promise<ProtocolDocument> {
    const people = [
      { name: 'BM Dr. Mayer', personId: '' },
      { name: 'StR Dr. Reiners', personId: 'p-reiners' },
      { name: 'StR Perc', personId: 'p-perc' },
      { name: 'Herr Häbe', personId: '' },
    ];
    let current = document;
    for (const [slot, person] of people.entries()) {
      await as(person.name);
      current = (
        await review.sign({ document: current, slot, personId: person.personId, passphrase: PASS })
      ).document;
    }
    return current;
  }

  it('describes the current user: nothing without a name, no key until they make one', async () => {
    expect(await review.describe()).toEqual({
      name: '',
      publicKey: null,
      fingerprint: null,
      createdAt: null,
    });
    await settings.set({ userName: '  BM Dr. Mayer ' });
    expect((await review.describe()).publicKey).toBeNull();
    await review.createKey(PASS);
    const first = await review.describe();
    expect(first.name).toBe('BM Dr. Mayer');
    expect(first.fingerprint).toBe(keyFingerprint(first.publicKey!));
    expect(first.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(first.createdAt).toBe(NOW.toISOString());
    // the answer carries no secret, and the key stays the same
    expect(Object.keys(first).sort()).toEqual(['createdAt', 'fingerprint', 'name', 'publicKey']);
    expect(await review.describe()).toEqual(first);
    const stored = JSON.parse(await readFile(join(dir, 'signing-keys.json'), 'utf8'));
    expect(stored.keys.map((i: { name: string }) => i.name)).toEqual(['BM Dr. Mayer']);
  });

  it('signs each place with the signer’s own key; the last one approves', async () => {
    const inReview = sendForReview(await draft(), 'Herr Häbe', '2018-07-02T09:00:00+02:00');
    await as('BM Dr. Mayer');
    const mayer = await review.describe();
    const once = (
      await review.sign({ document: inReview, slot: 0, personId: '', passphrase: PASS })
    ).document;
    expect(once.workflow.state).toBe('review');
    expect(once.signatures).toHaveLength(1);
    expect(once.signatures[0]).toMatchObject({
      slot: 0,
      label: 'Vorsitz',
      personId: 'p-mayer',
      name: 'BM Dr. Mayer',
      publicKey: mayer.publicKey,
      signedAt: NOW.toISOString(),
    });
    expect(verifyDocument(once).signers.every((s) => s.valid)).toBe(true);

    const approved = await signAll(inReview);
    expect(approved.workflow.state).toBe('approved');
    expect(approved.workflow.history.map((h) => h.to)).toEqual(['review', 'approved']);
    expect(approved.signatures.map((s) => [s.name, s.personId])).toEqual([
      ['BM Dr. Mayer', 'p-mayer'],
      ['StR Dr. Reiners', 'p-reiners'],
      ['StR Perc', 'p-perc'],
      ['Herr Häbe', 'p-haebe'],
    ]);
    const report = verifyDocument(approved);
    expect(report.problems).toEqual([]);
    expect(report.complete).toBe(true);
    // four people, four keys on this machine
    expect(new Set(approved.signatures.map((s) => s.publicKey)).size).toBe(4);
  });

  it('refuses with clear German messages', async () => {
    const inReview = sendForReview(await draft(), 'Herr Häbe', '2018-07-02T09:00:00+02:00');

    // no user name yet
    let error = await rejection(
      review.sign({ document: inReview, slot: 0, personId: '', passphrase: PASS }),
    );
    expect(error.code).toBe('identity.noName');
    expect(error.localized('de')).toContain('Bitte tragen Sie zuerst in den Einstellungen');

    await as('BM Dr. Mayer');
    // a draft cannot be signed
    error = await rejection(
      review.sign({ document: await draft(), slot: 0, personId: '', passphrase: PASS }),
    );
    expect(error.localized('de')).toBe(
      'Unterzeichnet werden kann nur eine Niederschrift, die in Prüfung ist.',
    );
    // not a document at all
    error = await rejection(
      review.sign({ document: { nonsense: true }, slot: 0, personId: '', passphrase: PASS }),
    );
    expect(error.code).toBe('file.invalid');
    // a place that does not exist
    error = await rejection(
      review.sign({ document: inReview, slot: 9, personId: '', passphrase: PASS }),
    );
    expect(error.localized('de')).toBe('Die Unterschriftsstelle 10 gibt es nicht.');

    const once = (
      await review.sign({ document: inReview, slot: 0, personId: '', passphrase: PASS })
    ).document;
    // the place is taken
    await as('StR Perc');
    error = await rejection(
      review.sign({ document: once, slot: 0, personId: '', passphrase: PASS }),
    );
    expect(error.localized('de')).toBe('Die Stelle „Vorsitz“ ist bereits unterzeichnet.');
    // the same user cannot sign a second place
    await as('BM Dr. Mayer');
    error = await rejection(
      review.sign({ document: once, slot: 1, personId: 'p-reiners', passphrase: PASS }),
    );
    expect(error.code).toBe('signature.verify.keyTwice');
    // the same roster person cannot fill two places under another name
    await as('Jemand anderes');
    error = await rejection(
      review.sign({ document: once, slot: 1, personId: 'p-mayer', passphrase: PASS }),
    );
    expect(error.code).toBe('signature.eligibility.notMember');
    error = await rejection(
      review.sign({ document: once, slot: 1, personId: 'p-nobody', passphrase: PASS }),
    );
    expect(error.code).toBe('signature.eligibility.notInRoster');
    // a place meant for someone else
    error = await rejection(
      review.sign({ document: once, slot: 3, personId: 'p-perc', passphrase: PASS }),
    );
    expect(error.localized('de')).toBe(
      'Die Stelle „Protokollführung“ ist nicht für StR Perc vorgesehen.',
    );

    // text changed after the first signature: no further signature on a broken chain
    const tampered = structuredClone(once);
    tampered.items[0]!.title = `${tampered.items[0]!.title} (geändert)`;
    await as('StR Perc');
    error = await rejection(
      review.sign({ document: tampered, slot: 2, personId: 'p-perc', passphrase: PASS }),
    );
    expect(error.code).toBe('review.sign.chainBroken');
    expect(error.localized('de')).toContain('Der Inhalt wurde nach der Unterschrift von');
    expect(error.localized('de')).toContain('TOP 12');
    expect(error.localized('en')).toContain('The content was changed after BM Dr. Mayer signed');
  });

  it('signs corrections of approved minutes by their signatories', async () => {
    const approved = await signAll(
      sendForReview(await draft(), 'Herr Häbe', '2018-07-02T09:00:00+02:00'),
    );
    const corrected = addCorrection(approved, {
      author: 'Herr Häbe',
      concerns: 'TOP 12, Verhandlung, Absatz 2',
      text: 'Statt „einmütig“ muss es „einstimmig“ heißen.',
      decidedIn: 'Sitzung des Verwaltungsausschusses vom 11.07.2018, TOP 1',
      at: '2018-07-11T10:00:00+02:00',
    });
    const id = corrected.corrections[0]!.id;

    await as('BM Dr. Mayer');
    const byChair = (
      await review.signCorrection({
        document: corrected,
        correctionId: id,
        slot: 0,
        passphrase: PASS,
      })
    ).document;
    await as('Herr Häbe');
    const both = (
      await review.signCorrection({
        document: byChair,
        correctionId: id,
        slot: 3,
        passphrase: PASS,
      })
    ).document;
    const correction = both.corrections[0]!;
    expect(correction.signatures.map((s) => [s.name, s.label])).toEqual([
      ['BM Dr. Mayer', 'Vorsitz'],
      ['Herr Häbe', 'Protokollführung'],
    ]);
    expect(correction.signatures.every((_, i) => correctionSignatureValid(correction, i))).toBe(
      true,
    );
    // the signed minutes are untouched: their signatures still verify
    expect(verifyDocument(both).complete).toBe(true);

    // refusals
    let error = await rejection(
      review.signCorrection({ document: both, correctionId: id, slot: 3, passphrase: PASS }),
    );
    expect(error.localized('de')).toBe(
      'Die Berichtigung ist für „Protokollführung“ bereits unterzeichnet.',
    );
    error = await rejection(
      review.signCorrection({ document: both, correctionId: id, slot: 1, passphrase: PASS }),
    );
    expect(error.localized('de')).toBe('Herr Häbe hat diese Berichtigung bereits unterzeichnet.');
    error = await rejection(
      review.signCorrection({
        document: both,
        correctionId: 'k-unknown',
        slot: 1,
        passphrase: PASS,
      }),
    );
    expect(error.code).toBe('review.correction.unknown');
    const inReview = sendForReview(await draft(), 'Herr Häbe', '2018-07-02T09:00:00+02:00');
    error = await rejection(
      review.signCorrection({ document: inReview, correctionId: id, slot: 0, passphrase: PASS }),
    );
    expect(error.localized('de')).toBe(
      'Berichtigungen gibt es nur zu freigegebenen Niederschriften.',
    );
  });

  it('is wired into the host API: documents cross as JSON, failures in the user’s language', async () => {
    const services = servicesFor(join(dir, 'user-data'));
    const handlers = createHostHandlers(services, {
      mode: 'browser',
      version: '0.0.0',
      platform: 'linux',
      documentsFolder: dir,
      autosaveDelayMs: 2000,
      startup: () => ({ files: [], recoveryId: null, templateId: null }),
    });
    const caller = { owner: 'browser' };
    const inReview = JSON.parse(
      JSON.stringify(sendForReview(await draft(), 'Herr Häbe', '2018-07-02T09:00:00+02:00')),
    ) as unknown;

    const refused = await dispatch(
      handlers,
      'review.sign',
      { document: inReview, slot: 0, passphrase: PASS },
      caller,
      'en',
    );
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'identity.noName',
        message: 'Please enter your name in the settings first; it is what you sign with.',
      },
    });

    await services.settings.set({ userName: 'BM Dr. Mayer' });
    const made = await dispatch(handlers, 'identity.create', { passphrase: PASS }, caller, 'de');
    expect(made.ok).toBe(true);
    const who = await dispatch(handlers, 'identity.describe', {}, caller, 'de');
    expect(who).toMatchObject({ ok: true, value: { name: 'BM Dr. Mayer' } });
    const signed = await dispatch(
      handlers,
      'review.sign',
      { document: inReview, slot: 0, passphrase: PASS },
      caller,
      'de',
    );
    expect(signed.ok).toBe(true);
    const value = (signed as { ok: true; value: { document: ProtocolDocument } }).value;
    expect(value.document.signatures[0]!.publicKey).toBe(
      (who as { ok: true; value: { publicKey: string } }).value.publicKey,
    );

    const bad = await dispatch(
      handlers,
      'review.sign',
      { document: inReview, slot: -1 },
      caller,
      'de',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'host.badRequest' } });
  });
});
