import { sha256 } from '@noble/hashes/sha2.js';
import type { ProtocolDocument } from '../../core/model/schema';
import { sendForReview, sign } from '../../core/review/workflow';

/**
 * A DEMO identity: its secret key is derived from the name, so anyone can recompute it. It
 * makes the signed example reproducible and is worthless as a real signature.
 */
export function demoIdentity(name: string) {
  return {
    name,
    secretKey: sha256(new TextEncoder().encode(`protokollant-demo-identity:${name}`)),
  };
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
  const names: Record<string, string> = {
    'p-mayer': 'BM Dr. Mayer',
    'p-haebe': 'Herr Häbe',
    'p-reiners': 'StR Dr. Reiners',
    'p-perc': 'StR Perc',
  };
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
