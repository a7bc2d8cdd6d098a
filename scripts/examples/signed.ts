import type { ProtocolDocument } from '../../core/model/schema';
import { demoIdentity } from '../../core/review/demo';
import { addKey, emptyKeyring, type Keyring } from '../../core/review/keyring';
import { publicKeyOf } from '../../core/review/signing';
import { sendForReview, sign } from '../../core/review/workflow';

export { demoIdentity };

/** Where the demo keyring lives under examples/. */
export const DEMO_KEYRING = 'demo-schluesselverzeichnis.json';

/** The demo signers of the Stuttgart example, by roster id. */
export const DEMO_SIGNERS: Record<string, string> = {
  'p-mayer': 'BM Dr. Mayer',
  'p-haebe': 'Herr Häbe',
  'p-reiners': 'StR Dr. Reiners',
  'p-perc': 'StR Perc',
};

/**
 * The keyring of the demo identities (examples/demo-schluesselverzeichnis.json): with it the
 * signed example verifies, and every key in it says it is a demo key.
 */
export function buildDemoKeyring(): Keyring {
  let keyring = emptyKeyring('Landeshauptstadt Stuttgart (Demo)');
  for (const name of Object.values(DEMO_SIGNERS)) {
    keyring = addKey(keyring, {
      name,
      publicKey: publicKeyOf(demoIdentity(name).secretKey),
      from: '2018-01-01',
      until: '',
      demo: true,
    });
  }
  return keyring;
}

/**
 * The reference document signed off. GemO BW § 38 (2) with § 39 (5): the chair, two members
 * who took part in the deliberation, and the Schriftführer sign; the two members are two of
 * the speakers of the discussion.
 */
export function buildSignedStuttgartExample(unsigned: ProtocolDocument): ProtocolDocument {
  const signers: Record<string, { personId: string; name: string }> = {};
  let doc: ProtocolDocument = {
    ...unsigned,
    rules: {
      ...unsigned.rules,
      signatories: unsigned.rules.signatories.map((slot, index) => {
        const personId =
          slot.role === 'chair'
            ? 'p-mayer'
            : slot.role === 'clerk'
              ? 'p-haebe'
              : index === 1
                ? 'p-reiners'
                : 'p-perc';
        return { ...slot, personId };
      }),
    },
  };
  const names = DEMO_SIGNERS;
  for (const slot of doc.rules.signatories)
    signers[slot.personId] = { personId: slot.personId, name: names[slot.personId]! };

  doc = sendForReview(doc, 'Herr Häbe', '2018-07-02T09:00:00+02:00');
  const order = ['p-mayer', 'p-reiners', 'p-perc', 'p-haebe'];
  order.forEach((personId, i) => {
    const slot = doc.rules.signatories.findIndex((s) => s.personId === personId);
    doc = sign(doc, {
      slot,
      identity: demoIdentity(names[personId]!),
      personId,
      signedAt: `2018-07-0${5 + i}T10:00:00+02:00`,
    });
  });
  // Version ids are random in the app; fixed here so the example file is reproducible.
  return { ...doc, versions: doc.versions.map((v, i) => ({ ...v, id: `v-${i + 1}` })) };
}
