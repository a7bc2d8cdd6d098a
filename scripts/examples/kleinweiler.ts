import { content, numberedList, paragraph, section } from '../../core/content/build';
import type { ContentNode } from '../../core/content/nodes';
import {
  asContentNode,
  speakerNode,
  voteNode,
  type VoteInit,
} from '../../core/content/nodes-protocol';
import type { AgendaItem, Attendance, Person, ProtocolDocument } from '../../core/model/schema';
import { findTemplate } from '../../core/templates/registry';
import { instantiateTemplate } from '../../core/templates/instantiate';

/**
 * An invented whole-meeting Niederschrift of a small Baden-Württemberg municipality: attendance
 * with absences, a late arrival and an early departure, public and non-public items, votes.
 * Every name and number in it is made up.
 *
 * Speakers are mentions of the roster and results are vote nodes whose counts agree with the
 * attendance: 13 members (the mayor included), GRin Groß excused, GR Jung from TOP 3, GR Hahn
 * until TOP 5, GR Albrecht excluded for bias at TOP 7. `protokollant check` finds nothing.
 */

/** A paragraph in which "{p-id}" (or "{p-a,p-b}") is a speaker mention of those people. */
function said(template: string): ContentNode {
  const parts: (ContentNode | string)[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([a-z0-9,-]+)\}/g)) {
    parts.push(template.slice(last, match.index));
    parts.push(asContentNode(speakerNode(match[1]!.split(','))));
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return paragraph(...parts);
}

const vote = (init: VoteInit): ContentNode => asContentNode(voteNode(init));

type Block = string | ContentNode;

interface ItemSpec {
  number: string;
  title: string;
  public: boolean;
  paperRef?: string;
  rapporteur?: string;
  sachverhalt: Block[];
  aussprache: Block[];
  beschluss: Block[];
}

const blocks = (list: Block[]): ContentNode[] =>
  list.map((b) => (typeof b === 'string' ? said(b) : b));

function item(spec: ItemSpec): AgendaItem {
  return {
    id: `top-${spec.number}`,
    number: spec.number,
    title: spec.title,
    public: spec.public,
    paperRef: spec.paperRef ?? '',
    fileRef: '',
    rapporteur: spec.rapporteur ?? '',
    treatment: 'Beschluss',
    minutesNumber: '',
    content: content([
      section('sachverhalt', 'Sachverhalt:', true, blocks(spec.sachverhalt)),
      section('aussprache', 'Aussprache:', true, blocks(spec.aussprache)),
      section('beschluss', 'Beschluss:', true, blocks(spec.beschluss)),
    ]),
  };
}

function person(
  id: string,
  kind: Person['kind'],
  fields: Partial<Omit<Person, 'id' | 'kind'>> & { familyName: string },
): Person {
  return {
    id,
    kind,
    formOfAddress: '',
    honorific: '',
    title: '',
    givenName: '',
    group: '',
    unit: '',
    role: kind === 'member' ? 'Mitglied' : '',
    votingRight: kind === 'member',
    ...fields,
  };
}

export function buildKleinweilerExample(): ProtocolDocument {
  const template = findTemplate('gemeinderat-sitzung');
  if (!template) throw new Error('template gemeinderat-sitzung missing');
  const doc = instantiateTemplate(template);
  doc.id = 'doc-kleinweiler-2026-10-14';
  doc.body = {
    name: 'Gemeinderat der Gemeinde Kleinweiler',
    shortName: 'Der Gemeinderat',
    kind: 'council',
    memberCount: 13,
  };
  doc.layout.title =
    'Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats';
  doc.meeting = {
    minutesNumber: '9/2026',
    date: '2026-10-14',
    start: '18:30',
    end: '21:05',
    place: 'Sitzungssaal des Rathauses Kleinweiler, Hauptstraße 1',
    chairId: 'p-keller',
    clerkId: 'p-schmid',
    convenedProperly: true,
    quorate: true,
  };
  const gr = (
    id: string,
    male: boolean,
    givenName: string,
    familyName: string,
    group: string,
    title = '',
  ) =>
    person(id, 'member', { honorific: male ? 'GR' : 'GRin', givenName, familyName, group, title });
  doc.people = [
    person('p-keller', 'member', {
      honorific: 'BMin',
      givenName: 'Sabine',
      familyName: 'Keller',
      role: 'Vorsitz',
      votingRight: true,
    }),
    gr('p-albrecht', true, 'Thomas', 'Albrecht', 'CDU'),
    gr('p-baumann', false, 'Claudia', 'Baumann', 'CDU'),
    gr('p-conrad', true, 'Jürgen', 'Conrad', 'CDU', 'Dr.'),
    gr('p-dietz', false, 'Heike', 'Dietz', 'FW'),
    gr('p-engel', true, 'Markus', 'Engel', 'FW'),
    gr('p-fuchs', true, 'Stefan', 'Fuchs', 'FW'),
    gr('p-gross', false, 'Anja', 'Groß', 'FW'),
    gr('p-hahn', true, 'Peter', 'Hahn', 'SPD'),
    gr('p-ilg', false, 'Miriam', 'Ilg', 'SPD'),
    gr('p-jung', true, 'Lukas', 'Jung', 'GRÜNE'),
    gr('p-koch', false, 'Elena', 'Koch', 'GRÜNE'),
    gr('p-lang', true, 'Rainer', 'Lang', 'FW'),
    person('p-braun', 'staff', {
      formOfAddress: 'Herr',
      givenName: 'Martin',
      familyName: 'Braun',
      unit: 'Kämmerei',
    }),
    person('p-yilmaz', 'staff', {
      formOfAddress: 'Frau',
      givenName: 'Derya',
      familyName: 'Yilmaz',
      unit: 'Bauamt',
      role: 'Ortsbaumeisterin',
    }),
    person('p-schmid', 'staff', {
      formOfAddress: 'Frau',
      givenName: 'Katrin',
      familyName: 'Schmid',
      unit: 'Hauptamt',
      role: 'Schriftführung',
    }),
    person('p-vogel', 'guest', {
      formOfAddress: 'Herr',
      title: 'Dipl.-Ing.',
      givenName: 'Andreas',
      familyName: 'Vogel',
      unit: 'Planungsbüro Vogel',
    }),
  ];
  const present = (personId: string, extra: Partial<Attendance> = {}): Attendance => ({
    personId,
    status: 'present',
    reason: '',
    arrivedAtItem: '',
    leftAfterItem: '',
    ...extra,
  });
  doc.attendance = doc.people.map((p) => present(p.id));
  const set = (id: string, extra: Partial<Attendance>) => {
    doc.attendance = doc.attendance.map((a) => (a.personId === id ? { ...a, ...extra } : a));
  };
  set('p-gross', { status: 'excused', reason: 'krank' });
  set('p-jung', { arrivedAtItem: 'top-3' });
  set('p-hahn', { leftAfterItem: 'top-5' });
  // The planner came for his item alone: "zu TOP 3".
  set('p-vogel', { arrivedAtItem: 'top-3', leftAfterItem: 'top-3' });
  doc.rules.signatories = [
    { role: 'chair', label: 'Vorsitz', personId: 'p-keller' },
    { role: 'member', label: 'Mitglied des Gemeinderats', personId: 'p-albrecht' },
    { role: 'member', label: 'Mitglied des Gemeinderats', personId: 'p-koch' },
    { role: 'clerk', label: 'Schriftführung', personId: 'p-schmid' },
  ];

  doc.items = [
    item({
      number: '1',
      title: 'Fragen der Einwohnerinnen und Einwohner',
      public: true,
      sachverhalt: ['Die Vorsitzende eröffnet die Fragestunde.'],
      aussprache: [
        'Eine Einwohnerin aus der Mühlstraße fragt, wann die Straßenbeleuchtung im Neubaugebiet ergänzt werde. {p-keller} antwortet, die Arbeiten seien für November beauftragt.',
        'Ein Einwohner regt an, am Spielplatz Lindenweg einen Mülleimer aufzustellen. Die Verwaltung sagt eine Prüfung zu.',
      ],
      beschluss: ['Es wird kein Beschluss gefasst.'],
    }),
    item({
      number: '2',
      title: 'Bekanntgabe der in nichtöffentlicher Sitzung gefassten Beschlüsse',
      public: true,
      sachverhalt: [
        '{p-keller} gibt bekannt, dass der Gemeinderat in seiner nichtöffentlichen Sitzung am 16.09.2026 der Verlängerung des Pachtvertrags für das Grundstück Flst. Nr. 412 zugestimmt hat.',
      ],
      aussprache: ['Wortmeldungen gibt es keine.'],
      beschluss: [vote({ outcome: 'zur-kenntnis-genommen', subject: 'der Bekanntgabe' })],
    }),
    item({
      number: '3',
      title: 'Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss',
      public: true,
      paperRef: '41/2026',
      rapporteur: 'Herr Dipl.-Ing. Vogel (Planungsbüro Vogel)',
      sachverhalt: [
        '{p-vogel} stellt den Entwurf des Plangebiets vor. Vorgesehen sind 24 Bauplätze für Einzel- und Doppelhäuser sowie ein Mehrfamilienhaus mit geförderten Mietwohnungen.',
      ],
      aussprache: [
        '{p-conrad} begrüßt die Planung, mahnt aber eine frühzeitige Klärung der Erschließungskosten an.',
        '{p-koch} fragt nach dem Umgang mit dem Gewässerrandstreifen des Mühlbachs. {p-yilmaz} erläutert, der Randstreifen von zehn Metern bleibe unbebaut und werde als Grünfläche festgesetzt.',
        '{p-hahn} spricht sich für einen höheren Anteil geförderter Wohnungen aus.',
      ],
      beschluss: [
        numberedList([
          [
            'Für das Gebiet „Am Mühlbach“ wird nach § 2 Abs. 1 BauGB ein Bebauungsplan aufgestellt.',
          ],
          [
            'Die Verwaltung wird beauftragt, die frühzeitige Beteiligung der Öffentlichkeit durchzuführen.',
          ],
        ]),
        vote({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 9, no: 2, abstain: 1 } }),
      ],
    }),
    item({
      number: '4',
      title: 'Sanierung der Grundschule – Vergabe der Dachdeckerarbeiten',
      public: true,
      paperRef: '42/2026',
      rapporteur: 'Frau Yilmaz (Bauamt)',
      sachverhalt: [
        '{p-yilmaz} berichtet, dass fünf Angebote eingegangen sind. Wirtschaftlichstes Angebot ist das der Firma Dachbau Rieger GmbH mit 186.420,00 € brutto.',
      ],
      aussprache: [
        '{p-dietz} fragt nach dem Zeitplan. Die Arbeiten sollen in den Osterferien beginnen.',
      ],
      beschluss: [
        numberedList([
          [
            'Die Dachdeckerarbeiten werden an die Firma Dachbau Rieger GmbH zum Angebotspreis von 186.420,00 € brutto vergeben.',
          ],
        ]),
        vote({ outcome: 'einstimmig' }),
      ],
    }),
    item({
      number: '5',
      title: 'Haushaltsplan 2027 – Einbringung',
      public: true,
      paperRef: '43/2026',
      rapporteur: 'Herr Braun (Kämmerei)',
      sachverhalt: [
        '{p-braun} bringt den Entwurf des Haushaltsplans 2027 ein. Der Ergebnishaushalt weist ordentliche Erträge von 14,2 Mio. € und ordentliche Aufwendungen von 14,6 Mio. € aus.',
      ],
      aussprache: ['Die Fraktionen nehmen in der Sitzung am 11.11.2026 Stellung.'],
      beschluss: [
        vote({
          outcome: 'zur-kenntnis-genommen',
          subject: 'der Einbringung des Haushaltsplanentwurfs',
        }),
      ],
    }),
    item({
      number: '6',
      title: 'Verschiedenes',
      public: true,
      sachverhalt: ['{p-engel} weist auf Schäden am Feldweg zum Sportplatz hin.'],
      aussprache: ['{p-keller} sagt zu, den Bauhof zu beauftragen.'],
      beschluss: ['Es wird kein Beschluss gefasst.'],
    }),
    item({
      number: '7',
      title: 'Grundstücksangelegenheit Flst. Nr. 1187',
      public: false,
      paperRef: '44/2026',
      sachverhalt: [
        '{p-albrecht} erklärt sich für befangen, weil ein Angehöriger Eigentümer des Nachbargrundstücks ist, und verlässt den Sitzungstisch.',
        'Die Verwaltung schlägt den Erwerb einer Teilfläche von 320 m² zum Preis von 95,00 € je m² vor.',
      ],
      aussprache: ['Es gibt keine Wortmeldungen.'],
      beschluss: [
        vote({
          outcome: 'einmuetig',
          subject: 'dem Erwerb der Teilfläche',
          counts: { yes: 9, no: 0, abstain: 1 },
          excluded: ['p-albrecht'],
        }),
      ],
    }),
    item({
      number: '8',
      title: 'Personalangelegenheit',
      public: false,
      sachverhalt: [
        'Die Vorsitzende berichtet über die Besetzung der Stelle der Leitung des Bauhofs.',
      ],
      aussprache: ['Der Gemeinderat berät über die Bewerbungen.'],
      beschluss: [
        vote({ outcome: 'einstimmig', subject: 'der Einstellung von Herrn M. zum 01.01.2027' }),
      ],
    }),
  ];
  return doc;
}
