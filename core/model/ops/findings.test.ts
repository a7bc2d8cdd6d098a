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

  it('marks a second meeting on the same matter, and unmarking leaves no trace in the file', () => {
    const doc = buildKleinweilerExample();
    expect(doc.meeting.secondConvening).toBeUndefined();
    const second = setFindings(doc, { secondConvening: true });
    expect(second.meeting.secondConvening).toBe(true);
    expect(setFindings(second, { secondConvening: true })).toBe(second);
    const back = setFindings(second, { secondConvening: false });
    expect('secondConvening' in back.meeting).toBe(false);
    expect(setFindings(doc, { secondConvening: false })).toBe(doc);
  });
});
