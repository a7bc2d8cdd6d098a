import { describe, expect, it } from 'vitest';
import { checkDocument } from '../check/check';
import { protocolNodes } from '../check/content';
import { validateDocument } from '../file/format';
import { buildSampleMeeting } from './sample';

describe('sample meeting', () => {
  it('is complete, with speaker and vote nodes counted against the attendance', () => {
    for (const tops of [1, 3, 12, 40]) {
      const doc = validateDocument(buildSampleMeeting({ tops }), 'sample');
      expect(checkDocument(doc).findings, `${tops} TOPs`).toEqual([]);
      for (const item of doc.items) {
        const { speakers, votes } = protocolNodes(item.content);
        expect(speakers.length).toBeGreaterThan(0);
        expect(votes).toHaveLength(1);
      }
    }
  });

  it('counts a majority vote against those present at that item', () => {
    const doc = buildSampleMeeting({ tops: 40 });
    const counted = doc.items
      .map((item) => protocolNodes(item.content).votes[0]!.node)
      .filter((v) => v.counts);
    expect(counted.length).toBeGreaterThan(0);
    const totals = new Set(counted.map((v) => v.counts!.yes + v.counts!.no + v.counts!.abstain));
    // 22 present at the start; one arrives at TOP 2, one leaves late in the agenda.
    expect([...totals].every((n) => n === 21 || n === 22)).toBe(true);
  });
});
