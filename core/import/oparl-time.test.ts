import { describe, expect, it } from 'vitest';
import { runningTextName, bodyKind } from './body-name';
import { oparlDateTime, oparlLocalTime } from './oparl-time';

describe('OParl date-times and the wall clock in Germany', () => {
  it('keeps local times as written and converts other offsets', () => {
    expect(oparlLocalTime('2026-03-18T18:00:00+01:00')).toEqual({
      date: '2026-03-18',
      time: '18:00',
    });
    expect(oparlLocalTime('2026-03-18T17:00:00Z')).toEqual({ date: '2026-03-18', time: '18:00' });
    expect(oparlLocalTime('2026-07-01T16:30:00Z')).toEqual({ date: '2026-07-01', time: '18:30' });
    expect(oparlLocalTime('2026-12-31T23:30:00Z')).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(oparlLocalTime('2026-07-01T18:30:00')).toEqual({ date: '2026-07-01', time: '18:30' });
    expect(oparlLocalTime('2026-07-01')).toEqual({ date: '2026-07-01', time: '' });
    expect(oparlLocalTime('2026-02-30T10:00:00Z')).toBeNull();
    expect(oparlLocalTime('18.03.2026')).toBeNull();
  });

  it('writes dates with the offset of summer or winter time', () => {
    expect(oparlDateTime('2026-03-18', '18:00')).toBe('2026-03-18T18:00:00+01:00');
    expect(oparlDateTime('2026-07-01', '18:30')).toBe('2026-07-01T18:30:00+02:00');
    expect(oparlDateTime('2026-07-01', '')).toBe('2026-07-01');
    expect(oparlDateTime('', '18:00')).toBe('');
    const back = oparlLocalTime(oparlDateTime('2026-10-25', '18:00'));
    expect(back).toEqual({ date: '2026-10-25', time: '18:00' });
  });
});

describe('the body in running text', () => {
  it('derives "Der …" from the head noun of the name', () => {
    expect(runningTextName('Gemeinderat der Stadt Beispielstadt')).toBe('Der Gemeinderat');
    expect(
      runningTextName('Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart'),
    ).toBe('Der Verwaltungsausschuss');
    expect(runningTextName('Ausschuss für Umwelt und Technik')).toBe('Der Ausschuss');
    expect(runningTextName('Bau- und Umweltausschuss')).toBe('Der Bau- und Umweltausschuss');
    expect(runningTextName('Rat der Stadt Köln')).toBe('Der Rat');
    expect(runningTextName('Bezirksvertretung Innenstadt')).toBe('Die Bezirksvertretung');
    expect(runningTextName('Jugendparlament')).toBe('Das Jugendparlament');
    expect(runningTextName('HFA')).toBe('');
  });

  it('tells committees from councils', () => {
    expect(bodyKind('Ausschuss für Umwelt', '', '')).toBe('committee');
    expect(bodyKind('Gemeinderat', 'Rat', 'Gremium')).toBe('council');
  });
});
