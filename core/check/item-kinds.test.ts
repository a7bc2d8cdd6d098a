import { describe, expect, it } from 'vitest';
import { paragraph } from '../content/build';
import { validateDocument } from '../file/format';
import type { ProtocolDocument } from '../model/schema';
import { buildExamples } from '../../scripts/examples/index';
import { checkDocument } from './check';
import { describeFinding } from './describe';
import { decisionDue, hasRecordedDecision, itemKind, kindFromTitle } from './item-kinds';
import { itemContent, speaker, testMeeting, vote } from '../../test/support/test-meeting';

const keys = (doc: ProtocolDocument) => checkDocument(doc).findings.map((f) => f.messageKey);
const lines = (doc: ProtocolDocument) =>
  checkDocument(doc).findings.map((f) => describeFinding(doc, f, 'de'));

describe('item kinds', () => {
  it('reads the kind from the titles councils use; anything else is a Beschluss', () => {
    const doc = testMeeting();
    const kind = (title: string) => kindFromTitle(doc, title);
    expect(kind('Bürgerfragestunde')).toBe('fragestunde');
    expect(kind('Einwohnerfragestunde')).toBe('fragestunde');
    expect(kind('Fragen der Einwohnerinnen und Einwohner')).toBe('fragestunde');
    expect(kind('Bekanntgabe der in nichtöffentlicher Sitzung gefassten Beschlüsse')).toBe(
      'bericht',
    );
    expect(kind('Bekanntgaben')).toBe('bericht');
    expect(kind('Mitteilungen der Verwaltung')).toBe('bericht');
    expect(kind('Verschiedenes')).toBe('bericht');
    expect(kind('Anfragen')).toBe('anfrage');
    expect(kind('Anfragen aus dem Gemeinderat')).toBe('anfrage');
    expect(kind('Wahl der stellvertretenden Bürgermeister')).toBe('wahl');
    expect(kind('Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss')).toBe('beschluss');
    expect(kind('Genehmigung der Niederschrift Nr. 8/2026')).toBe('beschluss');
    // A Bericht about the Wahl of a date is not recognised as a Wahl by a word inside.
    expect(kind('Haushaltsplan 2027 – Einbringung')).toBe('beschluss');
  });

  it('the body (from its template) may name its own titles; a broken rule is ignored', () => {
    const doc = testMeeting();
    (doc.body as { itemKinds?: unknown }).itemKinds = [
      { match: '^Sprechstunde', kind: 'fragestunde' },
      { match: '(', kind: 'bericht' },
    ];
    expect(kindFromTitle(doc, 'Sprechstunde des Ortsvorstehers')).toBe('fragestunde');
    expect(kindFromTitle(doc, 'Bekanntgaben')).toBe('bericht');
  });

  it('the clerk sets the kind per item, over the title', () => {
    const doc = testMeeting();
    const item = doc.items[0]!;
    expect(itemKind(doc, item)).toBe('beschluss');
    (item as { kind?: string }).kind = 'bericht';
    expect(itemKind(doc, item)).toBe('bericht');
    expect(decisionDue(doc, item)).toBe(false);
    (item as { kind?: string }).kind = 'nonsense';
    expect(itemKind(doc, item)).toBe('beschluss');
  });
});

describe('a Beschluss only where one is due, and only a recorded decision counts', () => {
  it('a Bürgerfragestunde, a Bekanntgabe and Anfragen without resolution pass', () => {
    const doc = testMeeting();
    const base = doc.items[0]!;
    doc.items = [
      {
        ...base,
        id: 'top-1',
        number: '1',
        title: 'Bürgerfragestunde',
        content: itemContent(
          [paragraph('Eine Einwohnerin fragt nach dem Winterdienst; BM Sommer sagt Antwort zu.')],
          [],
        ),
      },
      {
        ...base,
        id: 'top-2',
        number: '2',
        title: 'Bekanntgaben',
        content: itemContent([paragraph('BM Sommer gibt die Beschlüsse bekannt.')], []),
      },
      {
        ...base,
        id: 'top-3',
        number: '3',
        title: 'Anfragen',
        content: itemContent([paragraph(speaker('p-a'), ' fragt nach der Ortsdurchfahrt.')], []),
      },
    ];
    expect(keys(doc)).toEqual([]);
  });

  it('any text in the Beschluss section is not a decision; a resolution sentence or a vote is', () => {
    const doc = testMeeting();
    const item = doc.items[0]!;
    item.content = itemContent([paragraph('Aussprache.')], [paragraph('Siehe Vorlage.')]);
    expect(hasRecordedDecision(doc, item)).toBe(false);
    expect(lines(doc)).toEqual([
      'TOP 1 › Beschluss: Im Beschlussteil steht Text, aber kein Beschluss: Es fehlt eine Abstimmung oder ein Beschlusssatz wie „Der Gemeinderat stimmt dem Antrag einstimmig zu.“ (§ 38 Abs. 1 S. 1 GemO BW).',
    ]);
    // Real resolution sentences, as the reference and the Kleinweiler minutes word them.
    for (const sentence of [
      'Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.',
      'Der Gemeinderat beschließt die Satzung in der vorgelegten Fassung.',
      'Der Gemeinderat nimmt den Bericht zur Kenntnis.',
      'Der Antrag wird mehrheitlich abgelehnt.',
      'Die Beratung wird vertagt.',
      'Zum stellvertretenden Bürgermeister wird GR Arnold gewählt.',
    ]) {
      item.content = itemContent([paragraph('Aussprache.')], [paragraph(sentence)]);
      expect(keys(doc), sentence).toEqual([]);
    }
    item.content = itemContent([], [vote({ outcome: 'einstimmig' })]);
    expect(keys(doc)).toEqual([]);
  });

  it('a Wahl needs its result like a Beschluss', () => {
    const doc = testMeeting();
    doc.items[0]!.title = 'Wahl des Ortsvorstehers';
    doc.items[0]!.content = itemContent([paragraph('Wahlgang.')], []);
    expect(keys(doc)).toEqual(['check.outcomeMissing']);
  });

  it('real minutes pass: the Kleinweiler meeting and the Stuttgart TOP', () => {
    const examples = buildExamples();
    const kleinweiler = validateDocument(
      examples['kleinweiler-gemeinderat-2026-10-14.protokoll'],
      'k',
    );
    expect(checkDocument(kleinweiler).findings).toEqual([]);
    const stuttgart = validateDocument(examples['stuttgart-va-2018-06-27-top12.protokoll'], 's');
    expect(keys(stuttgart)).not.toContain('check.outcomeMissing');
    expect(keys(stuttgart)).not.toContain('check.decisionNotRecorded');
    expect(keys(stuttgart).filter((k) => k.startsWith('check.speakerAbsent'))).toEqual([]);
  });
});

describe('a speaker absent at the item is a finding', () => {
  it('excused, not yet arrived, already left; present speakers and staff pass', () => {
    const doc = testMeeting();
    // p-h is excused in the test meeting.
    doc.items[0]!.content = itemContent(
      [paragraph(speaker('p-h'), ' begrüßt das Vorhaben.')],
      [vote({ outcome: 'einstimmig' })],
    );
    doc.attendance = doc.attendance.map((a) =>
      a.personId === 'p-e'
        ? { ...a, arrivedAtItem: 'top-2' }
        : a.personId === 'p-g'
          ? { ...a, leftAfterItem: 'top-1' }
          : a,
    );
    doc.items[0]!.content.root.children[1] = itemContent(
      [paragraph(speaker('p-h'), ' und ', speaker('p-e'), ' begrüßen das Vorhaben.')],
      [],
    ).root.children[1]!;
    doc.items[2]!.content = itemContent(
      [paragraph(speaker('p-g'), ' fragt nach.'), paragraph(speaker('p-clerk'), ' antwortet.')],
      [paragraph('Der Gemeinderat nimmt die Bekanntgaben zur Kenntnis.')],
    );
    expect(lines(doc).filter((l) => l.includes('Redner'))).toEqual([
      'TOP 1 › Redner: GRin Haag wird bei TOP 1 als Redner genannt, war laut Anwesenheit aber nicht in der Sitzung.',
      'TOP 1 › Redner: GR Eck wird bei TOP 1 als Redner genannt, kam laut Anwesenheit aber erst zu TOP 2.',
      'TOP 3 › Redner: GR Gut wird bei TOP 3 als Redner genannt, ging laut Anwesenheit aber schon nach TOP 1.',
    ]);
    // The same people where they were there: no finding.
    doc.items[1]!.content = itemContent(
      [paragraph(speaker('p-e'), ' und ', speaker('p-a'), ' sprechen.')],
      [vote({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 6, no: 1, abstain: 0 } })],
    );
    expect(
      checkDocument(doc).findings.filter(
        (f) => f.itemId === 'top-2' && f.messageKey.startsWith('check.speakerAbsent'),
      ),
    ).toEqual([]);
  });
});
