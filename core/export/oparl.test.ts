import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../file/format';
import { agendaFromOparl } from '../import/oparl';
import { documentFromAgenda } from '../import/agenda';
import type { ProtocolDocument } from '../model/schema';
import { findTemplate } from '../templates/registry';
import { buildExamples } from '../../scripts/examples/index';
import { buildOparlExport, renderOparl } from './oparl';

type Obj = Record<string, unknown>;
const STAMP = '2026-11-27T10:00:00.000Z';
const kleinweiler = () =>
  validateDocument(buildExamples()['kleinweiler-gemeinderat-2026-10-14.protokoll'], 'k');
// The internal transfer: these tests read what only it carries (non-public votes, reasons).
// The public default is tested in public.test.ts.
const meetingOf = (doc: ProtocolDocument) =>
  (buildOparlExport(doc, { generatedAt: STAMP, includeNonPublic: true }).data as Obj[])[0]!;

describe('OParl export of a meeting', () => {
  it('writes the Meeting with time, place, organization and its agenda items', () => {
    const meeting = meetingOf(kleinweiler());
    expect(meeting).toMatchObject({
      id: 'https://protokollant.invalid/oparl/doc-kleinweiler-2026-10-14/meeting',
      type: 'https://schema.oparl.org/1.1/Meeting',
      start: '2026-10-14T18:30:00+02:00',
      end: '2026-10-14T21:05:00+02:00',
      meetingState: 'eingeladen',
      created: STAMP,
      modified: STAMP,
      location: { description: 'Sitzungssaal des Rathauses Kleinweiler, Hauptstraße 1' },
      organization: ['https://protokollant.invalid/oparl/doc-kleinweiler-2026-10-14/organization'],
    });
    const items = meeting.agendaItem as Obj[];
    expect(items.map((i) => [i.number, i.order, i.public, i.result ?? null])).toEqual([
      ['1', 1, true, null],
      ['2', 2, true, 'zur Kenntnis genommen'],
      ['3', 3, true, 'mehrheitlich zugestimmt'],
      ['4', 4, true, 'einstimmig'],
      ['5', 5, true, 'zur Kenntnis genommen'],
      ['6', 6, true, null],
      ['7', 7, false, 'einmütig'],
      ['8', 8, false, 'einstimmig'],
    ]);
    expect(items[2]!.resolutionText).toBe(
      [
        'Für das Gebiet „Am Mühlbach“ wird nach § 2 Abs. 1 BauGB ein Bebauungsplan aufgestellt.',
        'Die Verwaltung wird beauftragt, die frühzeitige Beteiligung der Öffentlichkeit durchzuführen.',
        'Der Gemeinderat stimmt dem Beschlussantrag mehrheitlich zu.',
        'Abstimmungsergebnis: Ja 9, Nein 2, Enthaltung 1',
      ].join('\n'),
    );
    expect(items[0]!.resolutionText).toBe('Es wird kein Beschluss gefasst.');
  });

  it('carries votes and attendance in the protokollant: extension', () => {
    const meeting = meetingOf(kleinweiler());
    const top7 = (meeting.agendaItem as Obj[])[6]!;
    const person = (id: string) =>
      `https://protokollant.invalid/oparl/doc-kleinweiler-2026-10-14/person/${id}`;
    expect(top7['protokollant:votes']).toEqual([
      {
        outcome: 'einmuetig',
        result: 'einmütig',
        subject: 'dem Erwerb der Teilfläche',
        text: [
          'Der Gemeinderat stimmt dem Erwerb der Teilfläche einmütig zu.',
          'Abstimmungsergebnis: Ja 9, Nein 0, Enthaltung 1',
          'GR Albrecht (CDU) hat wegen Befangenheit an Beratung und Abstimmung nicht mitgewirkt.',
        ].join('\n'),
        counts: { yes: 9, no: 0, abstain: 1 },
        namedVotes: [],
        excluded: [person('p-albrecht')],
        entitled: 10,
      },
    ]);
    const attendance = meeting['protokollant:attendance'] as Obj[];
    expect(attendance.find((a) => a.person === person('p-gross'))).toMatchObject({
      status: 'excused',
      reason: 'krank',
    });
    expect(attendance.find((a) => a.person === person('p-jung'))).toMatchObject({
      arrivedAtItem:
        'https://protokollant.invalid/oparl/doc-kleinweiler-2026-10-14/agendaitem/top-3',
    });
    expect(meeting.participant).not.toContain(person('p-gross'));
    expect(meeting['protokollant:chair']).toBe(person('p-keller'));
  });

  it('keeps the ids of an OParl import and reads back as the same meeting', () => {
    const source = readFileSync(
      new URL('../../test/fixtures/oparl/array.json', import.meta.url),
      'utf8',
    );
    const template = findTemplate('gemeinderat-sitzung')!;
    const first = agendaFromOparl(source, 'array.json');
    const doc = documentFromAgenda(first, template, 'array.json');
    const exported = renderOparl(doc, { generatedAt: STAMP, includeNonPublic: true });
    expect(exported).toContain('"id": "https://ris.beispielstadt.de/oparl/v1.1/meeting/41"');
    const again = agendaFromOparl(exported, 'export.json');
    // The template's "Beschluss" per item now travels too.
    expect(again.items.map(({ treatment: _, ...i }) => i)).toEqual(first.items);
    expect(again.people.map(({ oparlId: _, ...p }) => p)).toEqual(
      first.people.map(({ oparlId: _, ...p }) => p),
    );
    expect(again.attendance).toEqual(first.attendance);
    expect(again.meeting).toMatchObject({
      date: '2026-03-18',
      start: '18:00',
      end: '20:45',
      chairId: 'p-1',
    });
  });

  it('is a valid object list: every object has id, type, created and modified', () => {
    const out = buildOparlExport(kleinweiler(), { generatedAt: STAMP });
    for (const object of out.data as Obj[]) {
      expect(object.id).toEqual(expect.any(String));
      expect(object.type).toMatch(/^https:\/\/schema\.oparl\.org\/1\.1\//);
      expect(object.created).toBe(STAMP);
      expect(object.modified).toBe(STAMP);
    }
  });
});
