import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import type { ProtocolDocument } from '../schema';
import { quorumHint } from './quorum';
import { setAttendance } from './attendance';

const absent = (doc: ProtocolDocument, ids: string[]): ProtocolDocument =>
  ids.reduce((d, id) => {
    const r = setAttendance(d, id, { status: 'excused' });
    if (!r.ok) throw new Error(r.reason);
    return r.document;
  }, doc);

describe('quorumHint', () => {
  it('counts Kleinweiler: 11 of 13 present, 10 at the start (Jung comes at TOP 3)', () => {
    expect(quorumHint(buildKleinweilerExample())).toEqual({
      rule: 'atLeastHalf',
      total: 13,
      present: 11,
      presentAtStart: 10,
      required: 7,
      reached: true,
    });
  });

  it('BW: at least half of the members (GemO §37(2)): 6 of 12 is enough', () => {
    const doc = {
      ...buildKleinweilerExample(),
      body: { ...buildKleinweilerExample().body, memberCount: 12 },
    };
    const hint = quorumHint(absent(doc, ['p-albrecht', 'p-baumann', 'p-conrad', 'p-dietz']))!;
    expect(hint).toMatchObject({ total: 12, required: 6, presentAtStart: 6, reached: true });
  });

  it('NRW and Bavaria: more than half: 6 of 12 is not enough', () => {
    const base = buildKleinweilerExample();
    const doc = {
      ...base,
      body: { ...base.body, memberCount: 12 },
      rules: { ...base.rules, profile: 'nrw-go-52' as const },
    };
    const hint = quorumHint(absent(doc, ['p-albrecht', 'p-baumann', 'p-conrad', 'p-dietz']))!;
    expect(hint).toMatchObject({
      rule: 'moreThanHalf',
      required: 7,
      presentAtStart: 6,
      reached: false,
    });
  });

  it('is null without members', () => {
    const doc = buildKleinweilerExample();
    expect(quorumHint({ ...doc, people: [], attendance: [] })).toBeNull();
  });
});
