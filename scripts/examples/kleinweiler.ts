import { content, numberedList, paragraph, section } from '../../core/content/build';
import type { ContentNode } from '../../core/content/nodes';
import type { AgendaItem, Attendance, Person, ProtocolDocument } from '../../core/model/schema';
import { findTemplate } from '../../core/templates/registry';
import { instantiateTemplate } from '../../core/templates/instantiate';

/**
 * An invented whole-meeting Niederschrift of a small Baden-Württemberg municipality: attendance
 * with absences, a late arrival and an early departure, public and non-public items, votes.
 * Every name and number in it is made up.
 */

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
  list.map((b) => (typeof b === 'string' ? paragraph(b) : b));

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
  set('p-lang', { status: 'excused', reason: 'beruflich verhindert' });
  set('p-jung', { arrivedAtItem: 'top-3' });
  set('p-hahn', { leftAfterItem: 'top-5' });
  set('p-vogel', { leftAfterItem: 'top-3' });
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
        'Eine Einwohnerin aus der Mühlstraße fragt, wann die Straßenbeleuchtung im Neubaugebiet ergänzt werde. BMin Keller antwortet, die Arbeiten seien für November beauftragt.',
        'Ein Einwohner regt an, am Spielplatz Lindenweg einen Mülleimer aufzustellen. Die Verwaltung sagt eine Prüfung zu.',
      ],
      beschluss: ['Es wird kein Beschluss gefasst.'],
    }),
    item({
      number: '2',
      title: 'Bekanntgabe der in nichtöffentlicher Sitzung gefassten Beschlüsse',
      public: true,
      sachverhalt: [
        'BMin Keller gibt bekannt, dass der Gemeinderat in seiner nichtöffentlichen Sitzung am 16.09.2026 der Verlängerung des Pachtvertrags für das Grundstück Flst. Nr. 412 zugestimmt hat.',
      ],
      aussprache: ['Wortmeldungen gibt es keine.'],
      beschluss: ['Der Gemeinderat nimmt die Bekanntgabe zur Kenntnis.'],
    }),
    item({
      number: '3',
      title: 'Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss',
      public: true,
      paperRef: '41/2026',
      rapporteur: 'Herr Dipl.-Ing. Vogel (Planungsbüro Vogel)',
      sachverhalt: [
        'Herr Dipl.-Ing. Vogel (Planungsbüro Vogel) stellt den Entwurf des Plangebiets vor. Vorgesehen sind 24 Bauplätze für Einzel- und Doppelhäuser sowie ein Mehrfamilienhaus mit geförderten Mietwohnungen.',
      ],
      aussprache: [
        'GR Dr. Conrad (CDU) begrüßt die Planung, mahnt aber eine frühzeitige Klärung der Erschließungskosten an.',
        'GRin Koch (GRÜNE) fragt nach dem Umgang mit dem Gewässerrandstreifen des Mühlbachs. Frau Yilmaz (Bauamt) erläutert, der Randstreifen von zehn Metern bleibe unbebaut und werde als Grünfläche festgesetzt.',
        'GR Hahn (SPD) spricht sich für einen höheren Anteil geförderter Wohnungen aus.',
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
        'Abstimmungsergebnis: Ja 9, Nein 2, Enthaltung 1',
      ],
    }),
    item({
      number: '4',
      title: 'Sanierung der Grundschule – Vergabe der Dachdeckerarbeiten',
      public: true,
      paperRef: '42/2026',
      rapporteur: 'Frau Yilmaz (Bauamt)',
      sachverhalt: [
        'Frau Yilmaz (Bauamt) berichtet, dass fünf Angebote eingegangen sind. Wirtschaftlichstes Angebot ist das der Firma Dachbau Rieger GmbH mit 186.420,00 € brutto.',
      ],
      aussprache: [
        'GRin Dietz (FW) fragt nach dem Zeitplan. Die Arbeiten sollen in den Osterferien beginnen.',
      ],
      beschluss: [
        'Der Gemeinderat vergibt die Dachdeckerarbeiten an die Firma Dachbau Rieger GmbH zum Angebotspreis von 186.420,00 € brutto.',
        'Abstimmungsergebnis: einstimmig',
      ],
    }),
    item({
      number: '5',
      title: 'Haushaltsplan 2027 – Einbringung',
      public: true,
      paperRef: '43/2026',
      rapporteur: 'Herr Braun (Kämmerei)',
      sachverhalt: [
        'Herr Braun (Kämmerei) bringt den Entwurf des Haushaltsplans 2027 ein. Der Ergebnishaushalt weist ordentliche Erträge von 14,2 Mio. € und ordentliche Aufwendungen von 14,6 Mio. € aus.',
      ],
      aussprache: ['Die Fraktionen nehmen in der Sitzung am 11.11.2026 Stellung.'],
      beschluss: ['Der Gemeinderat nimmt die Einbringung zur Kenntnis.'],
    }),
    item({
      number: '6',
      title: 'Verschiedenes',
      public: true,
      sachverhalt: ['GR Engel (FW) weist auf Schäden am Feldweg zum Sportplatz hin.'],
      aussprache: ['BMin Keller sagt zu, den Bauhof zu beauftragen.'],
      beschluss: ['Es wird kein Beschluss gefasst.'],
    }),
    item({
      number: '7',
      title: 'Grundstücksangelegenheit Flst. Nr. 1187',
      public: false,
      paperRef: '44/2026',
      sachverhalt: [
        'GR Albrecht (CDU) erklärt sich für befangen, weil ein Angehöriger Eigentümer des Nachbargrundstücks ist, und verlässt den Sitzungstisch.',
        'Die Verwaltung schlägt den Erwerb einer Teilfläche von 320 m² zum Preis von 95,00 € je m² vor.',
      ],
      aussprache: ['Es gibt keine Wortmeldungen.'],
      beschluss: [
        'Der Gemeinderat stimmt dem Erwerb der Teilfläche zu.',
        'Abstimmungsergebnis: Ja 8, Nein 0, Enthaltung 1 (GR Albrecht befangen, nicht mitgewirkt)',
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
        'Der Gemeinderat stimmt der Einstellung von Herrn M. zum 01.01.2027 einstimmig zu.',
      ],
    }),
  ];
  return doc;
}
