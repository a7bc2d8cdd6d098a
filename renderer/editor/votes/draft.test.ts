import { describe, expect, it } from 'vitest';
import { testMeeting } from '../../../test/support/test-meeting';
import { voteNode } from '../../../core/content/nodes-protocol';
import { draftFromVote, reviewVote, voteFromDraft, withOutcome } from './draft';

describe('the vote dialog draft', () => {
  it('round-trips a vote and switches counts on for a majority', () => {
    const vote = voteNode({
      outcome: 'mehrheitlich-zugestimmt',
      subject: 'dem Änderungsantrag der SPD',
      counts: { yes: 6, no: 1, abstain: 2 },
      excluded: ['p-g'],
    });
    expect(voteFromDraft(draftFromVote(vote))).toEqual(vote);
    const plain = draftFromVote(null);
    expect(plain).toMatchObject({ outcome: 'einmuetig', counted: false });
    expect(withOutcome(plain, 'mehrheitlich-abgelehnt').counted).toBe(true);
    // Adjourned: no counts, whatever the fields hold.
    const adjourned = voteFromDraft({ ...withOutcome(plain, 'vertagt'), yes: 3 });
    expect(adjourned.counts).toBeNull();
  });

  it('takes the counts of a roll call from the named votes, in roster order, without the excluded', () => {
    const draft = {
      ...draftFromVote(null),
      outcome: 'mehrheitlich-zugestimmt' as const,
      named: true,
      namedVotes: {
        'p-c': 'nein' as const,
        'p-a': 'ja' as const,
        'p-b': 'ja' as const,
        'p-g': 'ja' as const,
      },
      excluded: ['p-g'],
    };
    const vote = voteFromDraft(draft, ['p-a', 'p-b', 'p-c', 'p-g']);
    expect(vote.namedVotes.map((n) => n.personId)).toEqual(['p-a', 'p-b', 'p-c']);
    expect(vote.counts).toEqual({ yes: 2, no: 1, abstain: 0 });
  });
});

describe('what the dialog shows live', () => {
  it('6/1/2 with 8 entitled: more votes than people entitled to cast them', () => {
    const doc = testMeeting();
    const vote = voteNode({
      outcome: 'mehrheitlich-zugestimmt',
      counts: { yes: 6, no: 1, abstain: 2 },
    });
    const review = reviewVote(doc, 'top-1', vote, 'de');
    expect(review.presence.entitled).toHaveLength(8);
    expect(review.findings.map((f) => f.key)).toEqual(['check.vote.countsExceedEntitled']);
    expect(review.findings[0]!.text).toContain('8');
    expect(review.lines).toEqual([
      'Der Gemeinderat stimmt dem Beschlussantrag mehrheitlich zu.',
      'Abstimmungsergebnis: Ja 6, Nein 1, Enthaltung 2',
    ]);
    // One member excluded for bias: 7 entitled, and the sentence names them.
    const biased = reviewVote(
      doc,
      'top-1',
      { ...vote, counts: { yes: 5, no: 1, abstain: 1 }, excluded: ['p-g'] },
      'de',
    );
    expect(biased.presence.entitled).toHaveLength(7);
    expect(biased.findings).toEqual([]);
    expect(biased.lines[2]).toBe(
      'GR Gut (FW) hat wegen Befangenheit an Beratung und Abstimmung nicht mitgewirkt.',
    );
  });

  it('names contradictions between the outcome and the counts', () => {
    const doc = testMeeting();
    const vote = voteNode({ outcome: 'einstimmig', counts: { yes: 6, no: 1, abstain: 0 } });
    expect(reviewVote(doc, 'top-1', vote, 'de').findings.map((f) => f.key)).toEqual([
      'check.vote.einstimmigNotUnanimous',
    ]);
    // Without an item the dialog cannot tell who was there: no findings, no presence.
    expect(reviewVote(doc, null, vote, 'de').presence.known).toBe(false);
  });
});
