import { describe, expect, it } from 'vitest';
import { checkDocument } from '../check/check';
import { protocolNodes } from '../check/content';
import { contentToPlainText } from '../content/walk';
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

  it('makes TOP 1 a long debate with --item-pages, still complete and consistent', () => {
    const length = (pages?: number) => {
      const doc = validateDocument(buildSampleMeeting({ tops: 8, itemPages: pages }), 'sample');
      expect(checkDocument(doc).findings, `${pages} pages`).toEqual([]);
      return { doc, chars: contentToPlainText(doc.items[0]!.content).length };
    };
    const plain = length();
    const five = length(5);
    const forty = length(40);
    // Text grows with the pages asked for (printed pages are measured in test/cli-sample.test.ts).
    expect(forty.chars / five.chars).toBeGreaterThan(6);
    expect(forty.chars / five.chars).toBeLessThan(10);
    expect(five.chars).toBeGreaterThan(plain.chars);
    // Only TOP 1 changes.
    expect(forty.doc.items.slice(1)).toEqual(plain.doc.items.slice(1));
    const top = forty.doc.items[0]!;
    const { speakers, votes } = protocolNodes(top.content);
    expect(speakers.length).toBeGreaterThan(150);
    // Amendments voted on, and the resolution's own vote last.
    expect(votes.length).toBeGreaterThan(5);
    expect(votes.at(-1)!.node.subject).toBe('dem Beschlussantrag');
    const kinds = JSON.stringify(top.content);
    expect(kinds).toContain('"type":"table"');
    expect(kinds).toContain('"listType":"bullet"');
  });
});
