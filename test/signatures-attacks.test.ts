import { randomBytes } from 'node:crypto';
import * as ed from '@noble/ed25519';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../core/check/check';
import { walkContent } from '../core/content/walk';
import { buildPrintDocument, signOffLine } from '../core/export/print-model';
import type { ProtocolDocument, Signature } from '../core/model/schema';
import { contentHash } from '../core/review/content';
import { addCorrection } from '../core/review/corrections';
import { addKey, emptyKeyring, type Keyring } from '../core/review/keyring';
import {
  keyFingerprint,
  publicKeyOf,
  signingPayload,
  type SigningIdentity,
} from '../core/review/signing';
import { verifyDocument } from '../core/review/verify';
import { sendForReview, sign } from '../core/review/workflow';
import { encodeBase64 } from '../core/util/base64';
import { signSlot } from '../host/services/sign-slot';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';
import { CORRECTION, demoKeyring, loadDocument, SIGNED_EXAMPLE } from './support/review';

/**
 * The attacks of issue 11, each tried as an attacker would: every one must now fail —
 * `verify --keyring` does not confirm the forgery and the export carries a visible mark.
 */

const fresh = (name: string): SigningIdentity => ({ name, secretKey: randomBytes(32) });
const codes = (list: { key: string }[]) => list.map((p) => p.key);
const AT = (day: number) => `2018-07-${String(day).padStart(2, '0')}T10:00:00+02:00`;

function unsignedForReview(document: ProtocolDocument): ProtocolDocument {
  return sendForReview(
    { ...document, signatures: [], workflow: { state: 'draft', history: [] }, versions: [] },
    'Herr Häbe',
    AT(2),
  );
}

/** A signature made without any of the host's checks: what a forger's own program writes. */
function forge(
  document: ProtocolDocument,
  slot: number,
  personId: string,
  identity: SigningIdentity,
): ProtocolDocument {
  const place = document.rules.signatories[slot]!;
  const fields = {
    slot,
    role: place.role,
    label: place.label,
    personId,
    name: identity.name,
    signedAt: AT(10 + slot),
    algorithm: 'Ed25519' as const,
    publicKey: publicKeyOf(identity.secretKey),
    contentHash: contentHash(document),
  };
  const bytes = ed.sign(signingPayload(fields, document.signatures), identity.secretKey);
  const signature: Signature = { ...fields, signature: encodeBase64(bytes) };
  return { ...document, signatures: [...document.signatures, signature] };
}

/** A body's keyring with one real key per person. */
function keyringOf(holders: SigningIdentity[]): Keyring {
  return holders.reduce(
    (ring, h) =>
      addKey(ring, {
        name: h.name,
        publicKey: publicKeyOf(h.secretKey),
        from: '2018-01-01',
        until: '',
      }),
    emptyKeyring('Stuttgart'),
  );
}

describe('attack: change the text, drop the signatures, re-sign every place with own keys', () => {
  const original = loadDocument(SIGNED_EXAMPLE);
  let forged = unsignedForReview(structuredClone(original));
  const node = [...walkContent(forged.items[0]!.content)].find(
    (n) => n.type === 'text' && n.text.includes('Beratungsunterlage ist die Vorlage'),
  );
  if (node?.type !== 'text') throw new Error('the example no longer holds the sentence');
  node.text = node.text.replace('ist die Vorlage', 'war die Vorlage');
  const names = ['BM Dr. Mayer', 'StR Dr. Reiners', 'StR Perc', 'Herr Häbe'];
  names.forEach((name, slot) => {
    forged = sign(forged, {
      slot,
      identity: fresh(name),
      personId: forged.rules.signatories[slot]!.personId,
      signedAt: AT(5 + slot),
    });
  });

  it('the file is internally consistent, but verify with the keyring names every unknown key', () => {
    const report = verifyDocument(forged, { keyring: demoKeyring() });
    expect(report.complete).toBe(true);
    expect(report.confirmed).toBe(false);
    const unknown = report.trust.filter((p) => p.key === 'signature.verify.key.unknown');
    expect(unknown).toHaveLength(4);
    expect(unknown[0]!.params.fingerprint).toBe(keyFingerprint(forged.signatures[0]!.publicKey));
  });

  it('without a keyring nothing is confirmed either', () => {
    const report = verifyDocument(forged);
    expect(report.confirmed).toBe(false);
    expect(codes(report.trust)).toContain('signature.verify.noKeyring');
  });

  it('the export carries "Unterschriften nicht bestätigt", never the clean final look', () => {
    const print = buildPrintDocument(forged, { keyring: demoKeyring() });
    expect(print.draft).toBe(false);
    expect(print.unconfirmed).toBe(true);
    expect(signOffLine(print.signOff!, 'de')).toMatch(/^Unterschriften nicht bestätigt/);
    // The honest example with its keyring looks final (and says its keys are demo keys).
    const honest = buildPrintDocument(original, { keyring: demoKeyring() });
    expect(honest.unconfirmed).toBe(false);
    expect(signOffLine(honest.signOff!, 'de')).toMatch(/^Demo-Schlüssel, keine echte Unterschrift/);
  });
});

describe('attack: cut the signatories to one place and sign alone', () => {
  const mayer = fresh('BM Dr. Mayer');
  const keyring = keyringOf([mayer]);
  const cut = (profile: ProtocolDocument['rules']['profile']) => {
    const document = unsignedForReview(loadDocument(SIGNED_EXAMPLE));
    return {
      ...document,
      rules: { profile, signatories: document.rules.signatories.slice(0, 1) },
    };
  };

  it('the law still asks for four: verify reports the missing places, the export is a draft', () => {
    const signed = sign(cut('bw-gemo-38'), {
      slot: 0,
      identity: mayer,
      personId: 'p-mayer',
      signedAt: AT(5),
    });
    const report = verifyDocument(signed, { keyring });
    expect(report.complete).toBe(false);
    expect(codes(report.problems)).toContain('signature.eligibility.rulesShort');
    expect(buildPrintDocument(signed, { keyring }).draft).toBe(true);
  });

  it('the host refuses to sign a document whose places fall short of the law', () => {
    expect(() =>
      signSlot(cut('bw-gemo-38'), {
        slot: 0,
        personId: 'p-mayer',
        identity: mayer,
        keyring,
        signedAt: AT(5),
      }),
    ).toThrow(expect.objectContaining({ code: 'signature.eligibility.rulesShort' }));
  });

  it('the signatories are signed content: cutting them afterwards breaks every signature', () => {
    const signed = loadDocument(SIGNED_EXAMPLE);
    const report = verifyDocument(
      { ...signed, rules: { ...signed.rules, signatories: signed.rules.signatories.slice(0, 1) } },
      { keyring: demoKeyring() },
    );
    expect(report.complete).toBe(false);
    expect(codes(report.problems)).toContain('review.verify.contentChanged');
  });
});

describe('attack: one user fills every place', () => {
  const mayer = fresh('BM Dr. Mayer');
  const keyring = keyringOf([
    mayer,
    fresh('StR Dr. Reiners'),
    fresh('StR Perc'),
    fresh('Herr Häbe'),
  ]);
  const inReview = () => unsignedForReview(loadDocument(SIGNED_EXAMPLE));

  it('the host refuses the chair’s key for a member’s place, whatever name it claims', () => {
    const first = signSlot(inReview(), {
      slot: 0,
      personId: 'p-mayer',
      identity: mayer,
      keyring,
      signedAt: AT(5),
    });
    expect(first.signatures).toHaveLength(1);
    expect(() =>
      signSlot(first, {
        slot: 1,
        personId: 'p-reiners',
        identity: { ...mayer, name: 'StR Dr. Reiners' },
        keyring,
        signedAt: AT(6),
      }),
    ).toThrow(expect.objectContaining({ code: 'signature.verify.keyTwice' }));
    expect(() =>
      signSlot(first, {
        slot: 1,
        personId: 'p-reiners',
        identity: fresh('StR Dr. Reiners'),
        keyring,
        signedAt: AT(6),
      }),
    ).toThrow(expect.objectContaining({ code: 'sign.noKeyHolder' }));
  });

  it('a file where one key signs every place under four names: verify refuses it', () => {
    let document = inReview();
    const names = ['BM Dr. Mayer', 'StR Dr. Reiners', 'StR Perc', 'Herr Häbe'];
    names.forEach((name, slot) => {
      document = forge(document, slot, document.rules.signatories[slot]!.personId, {
        ...mayer,
        name,
      });
    });
    const report = verifyDocument(document, { keyring });
    expect(report.confirmed).toBe(false);
    expect(codes(report.problems)).toContain('signature.verify.keyTwice');
    expect(codes(report.trust)).toContain('signature.verify.key.otherPerson');
  });

  it('without a keyring the host signs only under the name the key was made for', () => {
    expect(() =>
      signSlot(inReview(), {
        slot: 0,
        personId: 'p-mayer',
        identity: fresh('StR Perc'),
        keyring: null,
        signedAt: AT(5),
      }),
    ).toThrow(expect.objectContaining({ code: 'sign.keyNameMismatch' }));
  });
});

describe('attack: an excused member signs as one of the two members', () => {
  const base = () => {
    const document = sendForReview(loadDocument(KLEINWEILER_EXAMPLE), 'Frau Schmid', AT(2));
    const signatories = document.rules.signatories.map((s, i) =>
      i === 1 ? { ...s, personId: '' } : s,
    );
    return { ...document, rules: { ...document.rules, signatories } };
  };
  const gross = fresh('GRin Groß');

  it('the host refuses, naming why', () => {
    expect(() =>
      signSlot(base(), {
        slot: 1,
        personId: 'p-gross',
        identity: gross,
        keyring: keyringOf([gross]),
        signedAt: AT(5),
      }),
    ).toThrow(expect.objectContaining({ code: 'signature.eligibility.absent' }));
  });

  it('a file that carries such a signature does not verify', () => {
    const forged = forge(base(), 1, 'p-gross', gross);
    const report = verifyDocument(forged, { keyring: keyringOf([gross]) });
    expect(report.signers[0]!.valid).toBe(false);
    expect(codes(report.problems)).toContain('signature.eligibility.absent');
  });

  it('a member who took part can be designated at signing, and check counts the place filled', () => {
    const albrecht = fresh('GR Albrecht');
    const before = checkDocument(base()).findings.filter((f) => f.field === 'signatories');
    expect(before.map((f) => f.messageKey)).toContain('check.signatoryMissing');
    const signed = signSlot(base(), {
      slot: 1,
      personId: 'p-albrecht',
      identity: albrecht,
      keyring: keyringOf([albrecht]),
      signedAt: AT(5),
    });
    const after = checkDocument(signed).findings.filter((f) => f.field === 'signatories');
    expect(after).toEqual([]);
  });
});

describe('attack: a correction with garbage signatures', () => {
  it('is reported and keeps the minutes from being confirmed', () => {
    const signed = loadDocument(SIGNED_EXAMPLE);
    const withCorrection = addCorrection(signed, CORRECTION);
    const correction = withCorrection.corrections[0]!;
    const garbage: Signature = {
      ...signed.signatures[0]!,
      contentHash: correction.baseHash,
      signature: encodeBase64(randomBytes(64)),
    };
    const forged = {
      ...withCorrection,
      corrections: [{ ...correction, signatures: [garbage] }],
    };
    expect(verifyDocument(signed, { keyring: demoKeyring() }).confirmed).toBe(true);
    const report = verifyDocument(forged, { keyring: demoKeyring() });
    expect(report.confirmed).toBe(false);
    expect(codes(report.trust)).toContain('signature.verify.correction.bad');
    expect(buildPrintDocument(forged, { keyring: demoKeyring() }).unconfirmed).toBe(true);
    // An unsigned correction is no more confirmed than a forged one.
    const unsigned = verifyDocument(withCorrection, { keyring: demoKeyring() });
    expect(codes(unsigned.trust)).toContain('signature.verify.correction.unsigned');
  });
});

describe('attack: a comment added after signing, in the chair’s name', () => {
  it('is reported as not part of the signed record and left out of exports', () => {
    const signed = loadDocument(SIGNED_EXAMPLE);
    const thread = (id: string, createdAt: string) => ({
      id,
      itemId: signed.items[0]!.id,
      quote: 'Vorlage',
      author: 'BM Dr. Mayer',
      createdAt,
      text: `Kommentar ${id}`,
      resolved: false,
      resolvedBy: '',
      resolvedAt: '',
      replies: [],
    });
    const document = {
      ...signed,
      comments: [thread('c-before', '2018-07-03T09:00:00+02:00'), thread('c-after', AT(20))],
    };
    const report = verifyDocument(document, { keyring: demoKeyring() });
    expect(report.lateComments).toEqual(['c-after']);
    expect(codes(report.notices)).toContain('signature.verify.lateComments');
    const print = buildPrintDocument(document, { includeComments: true, keyring: demoKeyring() });
    expect(print.comments.map((c) => c.id)).toEqual(['c-before']);
  });
});

describe('keyring periods and roles', () => {
  it('a key used outside its period or for a role it is not listed for is not confirmed', () => {
    const signed = loadDocument(SIGNED_EXAMPLE);
    const ring = demoKeyring();
    const expired = {
      ...ring,
      keys: ring.keys.map((k) => (k.name === 'StR Perc' ? { ...k, until: '2018-07-01' } : k)),
    };
    expect(codes(verifyDocument(signed, { keyring: expired }).trust)).toEqual([
      'signature.verify.key.notValidThen',
    ]);
    const clerkOnly = {
      ...ring,
      keys: ring.keys.map((k) =>
        k.name === 'BM Dr. Mayer' ? { ...k, roles: ['clerk' as const] } : k,
      ),
    };
    expect(codes(verifyDocument(signed, { keyring: clerkOnly }).trust)).toEqual([
      'signature.verify.key.otherRole',
    ]);
  });

  it('the unsigned example stays unsigned', () => {
    const report = verifyDocument(loadDocument(STUTTGART_EXAMPLE), { keyring: demoKeyring() });
    expect(report.confirmed).toBe(false);
  });
});
