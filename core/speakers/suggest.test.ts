import { describe, expect, it } from 'vitest';
import { councillor } from '../../test/support/test-meeting';
import type { Person } from '../model/schema';
import { foldForSearch, suggestSpeakers } from './suggest';

const roster: Person[] = [
  councillor('p-reiners', 'Reiners', 'CDU', false, { honorific: 'StR', title: 'Dr.' }),
  councillor('p-deparnay', 'Deparnay-Grunenberg', '90/GRÜNE', true, { honorific: 'StRin' }),
  councillor('p-perc', 'Perc', 'SPD', false, { honorific: 'StR' }),
  councillor('p-urbat', 'Urbat', 'SÖS-LINKE-PluS', false, { honorific: 'StR' }),
  councillor('p-gross', 'Groß', 'FW', false, { honorific: 'StR', givenName: 'Peter' }),
  councillor('p-pe', 'Perlinger', 'FDP', true, { honorific: 'StRin' }),
  {
    ...councillor('p-reichert', 'Reichert', ''),
    kind: 'staff',
    honorific: '',
    unit: 'HauptPersA',
    votingRight: false,
  },
];
const ids = (query: string, options = {}) =>
  suggestSpeakers(roster, query, options).map((s) => s.person.id);

describe('roster suggestions for the "@" typeahead', () => {
  it('finds the family name by prefix, exact matches first', () => {
    expect(ids('Per')[0]).toBe('p-perc');
    expect(ids('Per')).toContain('p-pe');
    expect(ids('Perc')).toEqual(['p-perc']);
    expect(suggestSpeakers(roster, 'Per')[0]!.label).toBe('StR Perc (SPD)');
  });

  it('finds the parts of double names, umlauts and ß typed plainly', () => {
    expect(ids('grunen')).toEqual(['p-deparnay']);
    expect(ids('gross')).toEqual(['p-gross']);
    expect(foldForSearch('Groß Müller')).toBe('gross muller');
  });

  it('narrows with several words: title, group, given name', () => {
    expect(ids('Dr Rei')).toEqual(['p-reiners']);
    expect(ids('StRin P')).toEqual(['p-pe']);
    expect(ids('@Rei')).toEqual(['p-reiners', 'p-reichert']);
    expect(ids('SPD')).toEqual(['p-perc']);
    expect(ids('Peter')).toContain('p-gross');
  });

  it('ranks members before staff and those present first, and respects the limit', () => {
    expect(ids('rei')).toEqual(['p-reiners', 'p-reichert']);
    expect(ids('rei', { presentIds: new Set(['p-reichert']) })).toEqual([
      'p-reichert',
      'p-reiners',
    ]);
    expect(ids('', { limit: 3 })).toHaveLength(3);
    expect(ids('xyz')).toEqual([]);
  });
});
