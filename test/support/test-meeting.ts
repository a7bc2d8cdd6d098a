import { content, numberedList, paragraph, section } from '../../core/content/build';
import type { ContentNode } from '../../core/content/nodes';
import {
  asContentNode,
  speakerNode,
  voteNode,
  type VoteInit,
} from '../../core/content/nodes-protocol';
import type { Attendance, Person, ProtocolDocument } from '../../core/model/schema';
import { instantiateTemplate } from '../../core/templates/instantiate';
import { findTemplate } from '../../core/templates/registry';

/**
 * A small, complete Niederschrift for tests of the check, the votes and the exports: a BW
 * council of 9 (the mayor and 8 councillors), one councillor excused, three items with votes.
 * It has no findings; tests change one thing and look for the one finding that follows.
 */

export function councillor(
  id: string,
  familyName: string,
  group: string,
  female = false,
  extra: Partial<Person> = {},
): Person {
  return {
    id,
    kind: 'member',
    formOfAddress: female ? 'Frau' : 'Herr',
    honorific: female ? 'GRin' : 'GR',
    title: '',
    givenName: '',
    familyName,
    group,
    unit: '',
    role: 'Mitglied',
    votingRight: true,
    ...extra,
  };
}

export const present = (personId: string, extra: Partial<Attendance> = {}): Attendance => ({
  personId,
  status: 'present',
  reason: '',
  arrivedAtItem: '',
  leftAfterItem: '',
  ...extra,
});

export const speaker = (...ids: string[]): ContentNode => asContentNode(speakerNode(ids));
export const vote = (init: VoteInit): ContentNode => asContentNode(voteNode(init));

export function itemContent(discussion: ContentNode[], resolution: ContentNode[]) {
  return content([
    section('sachverhalt', 'Sachverhalt:', true, [paragraph('Die Verwaltung berichtet.')]),
    section('aussprache', 'Aussprache:', true, discussion),
    section('beschluss', 'Beschluss:', true, resolution),
  ]);
}

export function testMeeting(): ProtocolDocument {
  const doc = instantiateTemplate(findTemplate('gemeinderat-sitzung')!);
  doc.id = 'doc-test';
  doc.body = {
    name: 'Gemeinderat der Gemeinde Prüfhausen',
    shortName: 'Der Gemeinderat',
    kind: 'council',
    memberCount: 9,
  };
  doc.meeting = {
    minutesNumber: '3/2026',
    date: '2026-05-06',
    start: '19:00',
    end: '21:00',
    place: 'Rathaus Prüfhausen',
    chairId: 'p-bm',
    clerkId: 'p-clerk',
    convenedProperly: true,
    quorate: true,
  };
  doc.people = [
    councillor('p-bm', 'Sommer', '', false, { honorific: 'BM', role: 'Vorsitz' }),
    councillor('p-a', 'Arnold', 'CDU'),
    councillor('p-b', 'Berger', 'CDU', true),
    councillor('p-c', 'Claus', 'SPD'),
    councillor('p-d', 'Dreher', 'SPD', true),
    councillor('p-e', 'Eck', 'GRÜNE'),
    councillor('p-f', 'Frey', 'GRÜNE', true),
    councillor('p-g', 'Gut', 'FW'),
    councillor('p-h', 'Haag', 'FW', true),
    {
      id: 'p-clerk',
      kind: 'staff',
      formOfAddress: 'Frau',
      honorific: '',
      title: '',
      givenName: '',
      familyName: 'Kurz',
      group: '',
      unit: 'Hauptamt',
      role: 'Schriftführung',
      votingRight: false,
    },
  ];
  doc.attendance = doc.people.map((p) => present(p.id));
  doc.attendance = doc.attendance.map((a) =>
    a.personId === 'p-h' ? { ...a, status: 'excused', reason: 'krank' } : a,
  );
  doc.rules.signatories = [
    { role: 'chair', label: 'Vorsitz', personId: 'p-bm' },
    { role: 'member', label: 'Mitglied des Gemeinderats', personId: 'p-a' },
    { role: 'member', label: 'Mitglied des Gemeinderats', personId: 'p-c' },
    { role: 'clerk', label: 'Schriftführung', personId: 'p-clerk' },
  ];
  const item = (
    n: number,
    title: string,
    discussion: ContentNode[],
    resolution: ContentNode[],
  ) => ({
    id: `top-${n}`,
    number: String(n),
    title,
    public: true,
    paperRef: '',
    fileRef: '',
    rapporteur: '',
    treatment: 'Beschluss',
    minutesNumber: '',
    content: itemContent(discussion, resolution),
  });
  doc.items = [
    item(
      1,
      'Neubau Feuerwehrhaus',
      [paragraph(speaker('p-a'), ' begrüßt das Vorhaben.')],
      [numberedList([['Dem Neubau wird zugestimmt.']]), vote({ outcome: 'einstimmig' })],
    ),
    item(
      2,
      'Gebührensatzung',
      [paragraph(speaker('p-c', 'p-d'), ' lehnen die Erhöhung ab.')],
      [vote({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 6, no: 2, abstain: 0 } })],
    ),
    item(
      3,
      'Bekanntgaben',
      [paragraph('Keine Wortmeldungen.')],
      [paragraph('Der Gemeinderat nimmt die Bekanntgaben zur Kenntnis.')],
    ),
  ];
  return doc;
}
