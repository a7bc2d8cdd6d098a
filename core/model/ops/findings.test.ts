import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { setFindings } from './findings';

describe('setFindings', () => {
  it('sets each finding, null meaning "not stated"', () => {
    const doc = buildKleinweilerExample();
    const next = setFindings(doc, { quorate: null });
    expect(next.meeting).toMatchObject({ convenedProperly: true, quorate: null });
    expect(setFindings(next, { convenedProperly: false }).meeting).toMatchObject({
      convenedProperly: false,
      quorate: null,
    });
    expect(doc.meeting.quorate).toBe(true);
  });

  it('returns the same document when nothing changes', () => {
    const doc = buildKleinweilerExample();
    expect(setFindings(doc, { quorate: true, convenedProperly: true })).toBe(doc);
    expect(setFindings(doc, {})).toBe(doc);
  });
});
