import { describe, expect, it } from 'vitest';
import {
  advanceMinutesNumber,
  formatByPattern,
  inferPattern,
  parseByPattern,
} from './minutes-number';

const same = { previousDate: '2026-10-14', date: '2026-11-18' };
const nextYear = { previousDate: '2026-12-09', date: '2027-01-20' };

describe('advanceMinutesNumber', () => {
  it('counts on within the year and restarts at 1 in a new one', () => {
    expect(advanceMinutesNumber('9/2026', same)).toBe('10/2026');
    expect(advanceMinutesNumber('9/2026', nextYear)).toBe('1/2027');
    expect(advanceMinutesNumber('233', { previousDate: '2018-06-27', date: '2018-07-11' })).toBe(
      '234',
    );
    expect(advanceMinutesNumber('233', { previousDate: '2018-12-12', date: '2019-01-16' })).toBe(
      '1',
    );
  });

  it('keeps prefixes, padding and short years', () => {
    expect(advanceMinutesNumber('GR-09/26', same)).toBe('GR-10/26');
    expect(advanceMinutesNumber('Nr. 007', same)).toBe('Nr. 008');
    expect(advanceMinutesNumber('2026/14', same)).toBe('2026/15');
    expect(advanceMinutesNumber('2026/14', nextYear)).toBe('2027/1');
  });

  it('takes the year of the number when the old date is missing', () => {
    expect(advanceMinutesNumber('9/2026', { previousDate: '', date: '2027-02-01' })).toBe('1/2027');
    expect(advanceMinutesNumber('9/2026', { previousDate: '', date: '' })).toBe('10/2026');
  });

  it("follows the body's pattern over the number's look", () => {
    const pattern = 'VA {yyyy}/{nnn}';
    expect(advanceMinutesNumber('VA 2026/041', { ...same, pattern })).toBe('VA 2026/042');
    expect(advanceMinutesNumber('', { ...nextYear, pattern })).toBe('VA 2027/001');
  });

  it('guesses nothing without a number to go on', () => {
    expect(advanceMinutesNumber('', same)).toBe('');
    expect(advanceMinutesNumber('Sondersitzung', same)).toBe('');
    // A pattern, but the old number was written otherwise: no number rather than a wrong one.
    expect(advanceMinutesNumber('Sondersitzung', { ...same, pattern: '{n}/{yyyy}' })).toBe('');
  });
});

describe('patterns', () => {
  it('reads and writes the same number', () => {
    expect(inferPattern('9/2026')).toBe('{n}/{yyyy}');
    expect(parseByPattern('GR {yyyy}/{nnn}', 'GR 2024/021')).toEqual({ n: 21, year: 2024 });
    expect(formatByPattern('GR {yyyy}/{nnn}', 21, 2024)).toBe('GR 2024/021');
    expect(parseByPattern('{n}/{yyyy}', '9-2026')).toBeNull();
  });
});

describe("the body's Drucksache pattern", () => {
  it('accepts "GR 2024/021" where the body numbers so, and warns otherwise', async () => {
    const { validateField } = await import('../model/validation');
    const { findTemplate } = await import('../templates/registry');
    const { instantiateTemplate } = await import('../templates/instantiate');
    const doc = instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);
    const field = doc.layout.header.find((f) => f.key === 'item.paperRef')!;
    const item = { ...doc.items[0]!, paperRef: 'GR 2024/021' };
    const withItem = { ...doc, items: [item] };
    expect(validateField(withItem, field, item).map((f) => f.messageKey)).toEqual([
      'meeting.validation.format',
    ]);
    const body = {
      ...doc.body,
      numbering: { minutes: '', paperRef: 'GR {yyyy}/{nnn}', nonPublicPrefix: '' },
    };
    expect(validateField({ ...withItem, body }, field, item)).toEqual([]);
    const wrong = { ...item, paperRef: '288/2018' };
    expect(
      validateField({ ...withItem, body, items: [wrong] }, field, wrong).map((f) => f.params.hint),
    ).toEqual(['z. B. GR 2024/021']);
  });
});
