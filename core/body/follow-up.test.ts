import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProtokoll } from '../file/format';
import { validateDocument } from '../file/format';
import { findTemplate } from '../templates/registry';
import { followUpDocument, suggestFollowUpDate } from './follow-up';

const example = (name: string) =>
  parseProtokoll(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'), name);

describe('followUpDocument (Folgesitzung)', () => {
  const previous = example('kleinweiler-gemeinderat-2026-10-14.protokoll');

  it('carries the body, roster, chair, clerk and signatories; advances the number', () => {
    const next = followUpDocument(previous, { date: '2026-11-18' });
    expect(next.id).not.toBe(previous.id);
    expect(next.body).toEqual(previous.body);
    expect(next.people).toEqual(previous.people);
    expect(next.meeting.chairId).toBe('p-keller');
    expect(next.meeting.clerkId).toBe('p-schmid');
    expect(next.rules).toEqual(previous.rules);
    expect(next.layout).toEqual(previous.layout);
    expect(next.meeting.minutesNumber).toBe('10/2026');
    expect(next.meeting.date).toBe('2026-11-18');
    // The file it makes is a valid document.
    expect(() => validateDocument(next, 'next.protokoll')).not.toThrow();
  });

  it('resets attendance to present and carries no content of the old meeting', () => {
    expect(previous.attendance.some((a) => a.status !== 'present')).toBe(true);
    const next = followUpDocument(previous, { date: '2026-11-18' });
    expect(next.attendance).toEqual([]);
    expect(next.meeting).toMatchObject({
      start: '',
      end: '',
      place: '',
      convenedProperly: null,
      quorate: null,
    });
    expect(next.workflow).toEqual({ state: 'draft', history: [] });
    expect(next.comments).toEqual([]);
    expect(next.versions).toEqual([]);
    expect(next.signatures).toEqual([]);
    expect(next.corrections).toEqual([]);
    const oldIds = new Set(previous.items.map((i) => i.id));
    expect(next.items.some((i) => oldIds.has(i.id))).toBe(false);
    const text = JSON.stringify(next.items);
    for (const item of previous.items) {
      if (item.title.length > 20) expect(text).not.toContain(item.title);
    }
  });

  it("starts the agenda with the template's standing items, naming the old minutes", () => {
    const next = followUpDocument(previous, { date: '2026-11-18' });
    const template = findTemplate('gemeinderat-sitzung')!;
    expect(template.standingItems.length).toBeGreaterThan(0);
    expect(next.items.map((i) => [i.number, i.title, i.public])).toEqual([
      [
        '1',
        'Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Einberufung und der Beschlussfähigkeit',
        true,
      ],
      ['2', 'Genehmigung der Niederschrift Nr. 9/2026', true],
      ['3', 'Bekanntgaben', true],
      ['4', 'Anfragen', true],
    ]);
    // Each with the template's empty sections, nothing written yet.
    const sections = next.items[0]!.content.root.children.map((c) =>
      c.type === 'protocol-section' ? c.section : c.type,
    );
    expect(sections).toEqual(template.sections.map((s) => s.key));
  });

  it("the body's own standing items come before the template's", () => {
    const withOwn = {
      ...previous,
      body: { ...previous.body, standingItems: [{ title: 'Fragestunde', public: true }] },
    };
    expect(followUpDocument(withOwn).items.map((i) => i.title)).toEqual(['Fragestunde']);
  });

  it('a new year starts the numbers at 1', () => {
    const december = { ...previous, meeting: { ...previous.meeting, date: '2026-12-09' } };
    expect(followUpDocument(december, { date: '2027-01-20' }).meeting.minutesNumber).toBe('1/2027');
  });

  it('per-item minutes: one new Niederschrift numbered after the highest', () => {
    const stuttgart = example('stuttgart-va-2018-06-27-top12.protokoll');
    const next = followUpDocument(stuttgart, { date: '2018-07-11' });
    expect(stuttgart.items[0]!.minutesNumber).toBe('233');
    expect(next.items).toHaveLength(1);
    expect(next.items[0]!.minutesNumber).toBe('234');
    expect(next.items[0]!.title).toBe('');
    expect(next.people).toEqual(stuttgart.people);
  });

  it('drops signatory and chair ids that name nobody in the roster', () => {
    const broken = {
      ...previous,
      meeting: { ...previous.meeting, chairId: 'p-gone' },
      rules: {
        ...previous.rules,
        signatories: [{ role: 'chair' as const, label: 'Vorsitz', personId: 'p-gone' }],
      },
    };
    const next = followUpDocument(broken);
    expect(next.meeting.chairId).toBe('');
    expect(next.rules.signatories[0]!.personId).toBe('');
  });
});

describe('suggestFollowUpDate', () => {
  it('offers four weeks later, on the same weekday, never a day in the past', () => {
    // Wednesday 14.10.2026 → Wednesday 11.11.2026 while that is still ahead.
    expect(suggestFollowUpDate('2026-10-14', '2026-10-20')).toBe('2026-11-11');
    expect(suggestFollowUpDate('2026-10-14', '2026-11-11')).toBe('2026-11-11');
    // Written later: the next Wednesday from today on.
    expect(suggestFollowUpDate('2026-10-14', '2026-12-04')).toBe('2026-12-09');
    expect(suggestFollowUpDate('2026-10-14', '2026-12-09')).toBe('2026-12-09');
    // Across the year's end.
    expect(suggestFollowUpDate('2026-12-16', '2026-12-17')).toBe('2027-01-13');
    expect(new Date('2027-01-13T00:00:00Z').getUTCDay()).toBe(new Date('2026-12-16').getUTCDay());
  });

  it('offers today when the last date is unknown', () => {
    expect(suggestFollowUpDate('', '2026-12-04')).toBe('2026-12-04');
    expect(suggestFollowUpDate('kein Datum', '2026-12-04')).toBe('2026-12-04');
  });
});
