import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { paragraph, content, section } from '../../content/build';
import { formalName } from '../../style/names';
import type { ProtocolDocument } from '../schema';
import {
  addPerson,
  emptyPerson,
  fieldsOf,
  personReferences,
  removePerson,
  restorePerson,
  updatePerson,
} from './people';

/** The example without its text, so the only references are the ones a test adds. */
const kleinweiler = (): ProtocolDocument => {
  const doc = buildKleinweilerExample();
  return { ...doc, items: doc.items.map((i) => ({ ...i, content: content([paragraph('')]) })) };
};

describe('addPerson', () => {
  it('adds a trimmed person with a fresh id', () => {
    const doc = kleinweiler();
    const result = addPerson(doc, {
      ...emptyPerson('staff'),
      honorific: ' BM ',
      title: 'Dr.',
      familyName: 'Mayer ',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.document.people).toHaveLength(doc.people.length + 1);
    expect(formalName(result.person)).toBe('BM Dr. Mayer');
    expect(result.person.id).toMatch(/^p-/);
    expect(doc.people).toHaveLength(17);
  });

  it('defaults members to a voting right and the role "Mitglied"', () => {
    expect(emptyPerson('member')).toMatchObject({ votingRight: true, role: 'Mitglied' });
    expect(emptyPerson('guest')).toMatchObject({ votingRight: false, role: '' });
  });

  it('refuses a person without family name and a taken id', () => {
    expect(addPerson(kleinweiler(), { ...emptyPerson('member'), familyName: '  ' })).toMatchObject({
      ok: false,
      reason: 'meeting.people.familyNameRequired',
    });
    expect(
      addPerson(kleinweiler(), { ...emptyPerson('member'), familyName: 'X' }, 'p-keller'),
    ).toMatchObject({
      ok: false,
      reason: 'meeting.people.duplicateId',
    });
  });
});

describe('updatePerson', () => {
  it('changes fields and keeps the id', () => {
    const result = updatePerson(kleinweiler(), 'p-jung', { group: 'Grüne', title: 'Dr.' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.document.people.find((p) => p.id === 'p-jung')).toMatchObject({
      group: 'Grüne',
      title: 'Dr.',
      familyName: 'Jung',
    });
  });

  it('refuses an empty family name and unknown people', () => {
    expect(updatePerson(kleinweiler(), 'p-jung', { familyName: '' })).toMatchObject({ ok: false });
    expect(updatePerson(kleinweiler(), 'p-x', { group: 'A' })).toMatchObject({
      ok: false,
      reason: 'meeting.people.unknown',
    });
  });

  it('fieldsOf gives back exactly the editable fields', () => {
    const person = kleinweiler().people[0]!;
    expect(fieldsOf(person)).toEqual({
      kind: 'member',
      formOfAddress: '',
      honorific: 'BMin',
      title: '',
      givenName: 'Sabine',
      familyName: 'Keller',
      group: '',
      unit: '',
      role: 'Vorsitz',
      votingRight: true,
    });
  });
});

describe('personReferences and removePerson', () => {
  it('removes an unreferenced person with their attendance, and restores both', () => {
    const doc = kleinweiler();
    const result = removePerson(doc, 'p-gross');
    if (!result.ok) throw new Error(result.reason);
    expect(result.document.people.some((p) => p.id === 'p-gross')).toBe(false);
    expect(result.document.attendance.some((a) => a.personId === 'p-gross')).toBe(false);
    expect(restorePerson(result.document, result.removed)).toEqual(doc);
  });

  it('lists chair, clerk and signatory roles', () => {
    const doc = kleinweiler();
    expect(personReferences(doc, 'p-keller')).toEqual([
      { kind: 'chair' },
      { kind: 'signatory', index: 0, label: 'Vorsitz' },
    ]);
    expect(personReferences(doc, 'p-schmid')).toEqual([
      { kind: 'clerk' },
      { kind: 'signatory', index: 3, label: 'Schriftführung' },
    ]);
    expect(personReferences(doc, 'p-gross')).toEqual([]);
  });

  it('refuses to remove the chair unless told to clear the roles', () => {
    const doc = kleinweiler();
    const refused = removePerson(doc, 'p-keller');
    expect(refused).toMatchObject({ ok: false, reason: 'meeting.people.referenced' });
    expect(!refused.ok && refused.references.map((r) => r.kind)).toEqual(['chair', 'signatory']);
    const cleared = removePerson(doc, 'p-keller', { clearRoles: true });
    if (!cleared.ok) throw new Error(cleared.reason);
    expect(cleared.document.meeting.chairId).toBe('');
    expect(cleared.document.rules.signatories[0]!.personId).toBe('');
    expect(restorePerson(cleared.document, cleared.removed)).toEqual(doc);
  });

  it('restores roles only where nobody has taken them since', () => {
    const doc = kleinweiler();
    const cleared = removePerson(doc, 'p-keller', { clearRoles: true });
    if (!cleared.ok) throw new Error(cleared.reason);
    const taken: ProtocolDocument = {
      ...cleared.document,
      meeting: { ...cleared.document.meeting, chairId: 'p-conrad' },
    };
    const restored = restorePerson(taken, cleared.removed);
    expect(restored.meeting.chairId).toBe('p-conrad');
    expect(restored.rules.signatories[0]!.personId).toBe('p-keller');
    expect(restorePerson(restored, cleared.removed)).toBe(restored);
  });

  it('never removes someone named in the text or who signed, even when clearing roles', () => {
    const doc = kleinweiler();
    const speaker = { type: 'speaker', personId: 'p-conrad', version: 1 } as unknown as ReturnType<
      typeof paragraph
    >;
    const mentioned: ProtocolDocument = {
      ...doc,
      items: doc.items.map((i) =>
        i.id === 'top-3'
          ? {
              ...i,
              content: content([section('aussprache', 'Aussprache', true, [paragraph(speaker)])]),
            }
          : i,
      ),
    };
    expect(personReferences(mentioned, 'p-conrad')).toEqual([
      { kind: 'mention', itemId: 'top-3', number: '3' },
    ]);
    expect(removePerson(mentioned, 'p-conrad', { clearRoles: true })).toMatchObject({
      ok: false,
      reason: 'meeting.people.referenced',
    });

    const vote = (extra: object) =>
      ({
        type: 'vote',
        version: 1,
        outcome: 'einstimmig',
        subject: '',
        counts: null,
        namedVotes: [],
        excluded: [],
        ...extra,
      }) as unknown as ReturnType<typeof paragraph>;
    for (const node of [
      vote({ excluded: ['p-albrecht'] }),
      vote({ namedVotes: [{ personId: 'p-albrecht', vote: 'ja' }] }),
    ]) {
      const withVote: ProtocolDocument = {
        ...doc,
        items: doc.items.map((i) =>
          i.id === 'top-7'
            ? { ...i, content: content([section('beschluss', 'Beschluss', true, [node])]) }
            : i,
        ),
      };
      expect(personReferences(withVote, 'p-albrecht')).toContainEqual({
        kind: 'mention',
        itemId: 'top-7',
        number: '7',
      });
    }

    const signed: ProtocolDocument = {
      ...doc,
      signatures: [
        {
          slot: 0,
          role: 'chair',
          label: 'Vorsitz',
          personId: 'p-keller',
          name: 'BMin Keller',
          signedAt: '2026-10-20T10:00:00Z',
          algorithm: 'Ed25519',
          publicKey: 'x',
          contentHash: '0'.repeat(64),
          signature: 'y',
        },
      ],
    };
    const refused = removePerson(signed, 'p-keller', { clearRoles: true });
    expect(!refused.ok && refused.references).toEqual([{ kind: 'signature', label: 'Vorsitz' }]);
  });

  it('refuses unknown people', () => {
    expect(removePerson(kleinweiler(), 'p-x')).toMatchObject({
      ok: false,
      reason: 'meeting.people.unknown',
      references: [],
    });
  });
});
