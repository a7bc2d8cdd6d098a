import { describe, expect, it } from 'vitest';
import { voteNode, type VoteOutcome } from '../content/nodes-protocol';
import { testMeeting } from '../../test/support/test-meeting';
import { countsLine, namedVotesLine, outcomeSentence, voteLines } from './render';

describe('vote results in the words of the minutes', () => {
  const doc = testMeeting();

  it('says each outcome with the body as subject', () => {
    const sentence = (outcome: VoteOutcome, subject?: string) =>
      outcomeSentence(doc, voteNode({ outcome, ...(subject !== undefined ? { subject } : {}) }));
    expect(sentence('einmuetig')).toBe('Der Gemeinderat stimmt dem Beschlussantrag einmütig zu.');
    expect(sentence('einstimmig')).toBe(
      'Der Gemeinderat stimmt dem Beschlussantrag einstimmig zu.',
    );
    expect(sentence('mehrheitlich-zugestimmt', 'dem Änderungsantrag der SPD')).toBe(
      'Der Gemeinderat stimmt dem Änderungsantrag der SPD mehrheitlich zu.',
    );
    expect(sentence('mehrheitlich-abgelehnt')).toBe(
      'Der Gemeinderat stimmt dem Beschlussantrag mehrheitlich nicht zu.',
    );
    expect(sentence('geaendert-beschlossen')).toBe(
      'Der Gemeinderat stimmt dem Beschlussantrag mit den in der Sitzung beschlossenen Änderungen zu.',
    );
    expect(sentence('zur-kenntnis-genommen', 'dem Bericht')).toBe(
      'Der Gemeinderat nimmt von dem Bericht Kenntnis.',
    );
    expect(sentence('zur-kenntnis-genommen', '')).toBe('Der Gemeinderat nimmt Kenntnis.');
    expect(sentence('vertagt')).toBe('Der Gemeinderat vertagt die Beratung.');
    expect(sentence('zurueckgestellt')).toBe(
      'Der Gemeinderat stellt den Tagesordnungspunkt zurück.',
    );
  });

  it('uses the short name of the body as it is set', () => {
    const va = { ...doc, body: { ...doc.body, shortName: 'Der Verwaltungsausschuss' } };
    expect(outcomeSentence(va, voteNode({ outcome: 'einmuetig' }))).toBe(
      'Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.',
    );
    const none = { ...doc, body: { ...doc.body, shortName: '' } };
    expect(outcomeSentence(none, voteNode({ outcome: 'einmuetig' }))).toMatch(
      /^Das Gremium stimmt/,
    );
  });

  it('prints counts, named votes and who did not take part for bias', () => {
    expect(countsLine({ yes: 6, no: 1, abstain: 2 })).toBe(
      'Abstimmungsergebnis: Ja 6, Nein 1, Enthaltung 2',
    );
    expect(
      namedVotesLine(doc, [
        { personId: 'p-a', vote: 'ja' },
        { personId: 'p-c', vote: 'nein' },
        { personId: 'p-b', vote: 'ja' },
      ]),
    ).toBe('Namentliche Abstimmung: Ja: GR Arnold (CDU), GRin Berger (CDU); Nein: GR Claus (SPD)');
    const mentioned = new Set(['p-a']);
    expect(
      voteLines(
        doc,
        voteNode({
          outcome: 'einmuetig',
          counts: { yes: 6, no: 0, abstain: 1 },
          excluded: ['p-a'],
        }),
        mentioned,
      ),
    ).toEqual([
      'Der Gemeinderat stimmt dem Beschlussantrag einmütig zu.',
      'Abstimmungsergebnis: Ja 6, Nein 0, Enthaltung 1',
      'GR Arnold hat wegen Befangenheit an Beratung und Abstimmung nicht mitgewirkt.',
    ]);
    expect(
      voteLines(doc, voteNode({ outcome: 'einstimmig', excluded: ['p-a', 'p-c'] }), new Set())[1],
    ).toBe(
      'Die GRe Arnold (CDU) und Claus (SPD) haben wegen Befangenheit an Beratung und Abstimmung nicht mitgewirkt.',
    );
  });
});
