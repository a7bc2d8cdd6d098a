import { describe, expect, it } from 'vitest';
import type { Person } from '../model/schema';
import { formalName, jointMention, mentionName } from './names';
import { formatDate, formatLongDate, parseGermanDate } from './dates';

const person = (p: Partial<Person> & { familyName: string }): Person => ({
  id: p.familyName,
  kind: 'member',
  formOfAddress: '',
  honorific: '',
  title: '',
  givenName: '',
  group: '',
  unit: '',
  role: '',
  votingRight: true,
  ...p,
});

const reiners = person({ honorific: 'StR', title: 'Dr.', familyName: 'Reiners', group: 'CDU' });
const deparnay = person({
  honorific: 'StRin',
  familyName: 'Deparnay-Grunenberg',
  group: '90/GRÜNE',
});
const perc = person({ honorific: 'StR', familyName: 'Perc', group: 'SPD' });
const reichert = person({
  kind: 'staff',
  formOfAddress: 'Herr',
  familyName: 'Reichert',
  unit: 'HauptPersA',
});

describe('house style for names (the reference document)', () => {
  it('names members with group on first mention only', () => {
    expect(mentionName(deparnay, true)).toBe('StRin Deparnay-Grunenberg (90/GRÜNE)');
    expect(mentionName(deparnay, false)).toBe('StRin Deparnay-Grunenberg');
  });
  it('names staff with their unit', () => {
    expect(mentionName(reichert, true)).toBe('Herr Reichert (HauptPersA)');
    expect(mentionName(reichert, false)).toBe('Herr Reichert');
  });
  it('names the chair by official and academic title', () => {
    expect(
      formalName(person({ kind: 'staff', honorific: 'BM', title: 'Dr.', familyName: 'Mayer' })),
    ).toBe('BM Dr. Mayer');
  });
  it('joins several speakers with a shared plural title', () => {
    const all = [reiners, deparnay, perc].map((p) => ({ person: p, first: true }));
    expect(jointMention(all)).toBe(
      'Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und Perc (SPD)',
    );
    expect(
      jointMention([
        { person: perc, first: false },
        { person: reichert, first: true },
      ]),
    ).toBe('StR Perc und Herr Reichert (HauptPersA)');
  });
});

describe('dates', () => {
  it('formats and parses German dates', () => {
    expect(formatDate('2018-06-27')).toBe('27.06.2018');
    expect(parseGermanDate('27.6.2018')).toBe('2018-06-27');
    expect(parseGermanDate('31.02.2018')).toBeNull();
    expect(formatLongDate('2018-06-27')).toBe('Mittwoch, 27. Juni 2018');
  });
});
