import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { checkSignatories } from '../../check/signatories';
import { UserError } from '../../errors';
import { designationCandidates } from '../../review/eligibility';
import { profileOf } from '../../rules/profiles';
import { designateSignatory } from './signatories';

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('designating who signs a place (meeting view)', () => {
  it('offers only members who took part and sign no other place, and can change a designation', () => {
    const doc = buildKleinweilerExample();
    // places: chair (Keller), member (Albrecht), member (Koch), clerk (Schmid)
    const offered = designationCandidates(doc, 1).map((p) => p.id);
    expect(offered).toContain('p-albrecht');
    expect(offered).toContain('p-baumann');
    // the excused member, staff, the guest, the chair and the other member place are not offered
    for (const id of ['p-gross', 'p-braun', 'p-schmid', 'p-vogel', 'p-keller', 'p-koch']) {
      expect(offered).not.toContain(id);
    }
    const changed = designateSignatory(doc, 1, 'p-baumann');
    expect(changed.rules.signatories[1]?.personId).toBe('p-baumann');
    expect(doc.rules.signatories[1]?.personId).toBe('p-albrecht');
    expect(designateSignatory(changed, 1, 'p-baumann')).toBe(changed);
  });

  it('refuses who may not sign, and any change once a signature exists', () => {
    const doc = buildKleinweilerExample();
    expect(codeOf(() => designateSignatory(doc, 1, 'p-gross'))).toBe(
      'signature.designate.notEligible',
    );
    expect(codeOf(() => designateSignatory(doc, 1, 'p-koch'))).toBe(
      'signature.designate.notEligible',
    );
    expect(codeOf(() => designateSignatory(doc, 9, 'p-koch'))).toBe('signature.eligibility.noSlot');
    const signed = {
      ...doc,
      signatures: [{ slot: 0 } as unknown as (typeof doc.signatures)[number]],
    };
    expect(codeOf(() => designateSignatory(signed, 1, 'p-baumann'))).toBe(
      'signature.designate.signed',
    );
  });

  it('fills the places for `check`: cleared places are missing, designated ones are not', () => {
    const doc = buildKleinweilerExample();
    const profile = profileOf(doc.rules.profile);
    const cleared = designateSignatory(designateSignatory(doc, 1, ''), 2, '');
    const missing = checkSignatories(cleared, profile).map((f) => f.messageKey);
    expect(missing).toContain('check.signatoriesMissing');
    const designated = designateSignatory(designateSignatory(cleared, 1, 'p-hahn'), 2, 'p-ilg');
    expect(checkSignatories(designated, profile).map((f) => f.messageKey)).toEqual([]);
  });
});
