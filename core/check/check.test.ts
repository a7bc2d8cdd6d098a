import { describe, expect, it } from 'vitest';
import { paragraph } from '../content/build';
import { validateDocument } from '../file/format';
import { t } from '../i18n/catalog';
import type { ProtocolDocument } from '../model/schema';
import { buildExamples } from '../../scripts/examples/index';
import { checkDocument } from './check';
import { describeFinding } from './describe';
import { itemContent, speaker, testMeeting, vote } from '../../test/support/test-meeting';

const keys = (doc: ProtocolDocument) => checkDocument(doc).findings.map((f) => f.messageKey);
const lines = (doc: ProtocolDocument, lang: 'de' | 'en' = 'de') =>
  checkDocument(doc).findings.map((f) => describeFinding(doc, f, lang));

describe('completeness check', () => {
  it('finds nothing in a complete Niederschrift', () => {
    expect(checkDocument(validateDocument(testMeeting(), 'test')).findings).toEqual([]);
  });

  it('the Kleinweiler example is complete; the Stuttgart example lacks what its seed lacks', () => {
    const examples = buildExamples();
    const kleinweiler = validateDocument(
      examples['kleinweiler-gemeinderat-2026-10-14.protokoll'],
      'k',
    );
    expect(checkDocument(kleinweiler).findings).toEqual([]);
    const stuttgart = validateDocument(examples['stuttgart-va-2018-06-27-top12.protokoll'], 's');
    expect(lines(stuttgart)).toEqual([
      'Anwesenheit: Die Anwesenheit ist nicht erfasst; § 38 Abs. 1 S. 1 GemO BW verlangt die Zahl der anwesenden und die Namen der abwesenden Mitglieder.',
      'Unterzeichnung: Es ist nicht bestimmt, welche 2 Mitglieder, die an der Sitzung teilgenommen haben, unterzeichnen (§ 38 Abs. 2 S. 1 GemO BW).',
    ]);
  });

  it('names the place of a vote finding: "TOP 2 › Abstimmung"', () => {
    const doc = testMeeting();
    doc.items[1]!.content = itemContent(
      [paragraph('Aussprache.')],
      [vote({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 6, no: 1, abstain: 2 } })],
    );
    expect(lines(doc)).toEqual([
      'TOP 2 › Abstimmung: Erfasst sind 9 Stimmen (Ja 6, Nein 1, Enthaltung 2), bei diesem TOP waren aber nur 8 Mitglieder anwesend und stimmberechtigt.',
    ]);
    expect(lines(doc, 'en')).toEqual([
      'item 2 › Vote: 9 votes are recorded (yes 6, no 1, abstention 2), but only 8 members were present and entitled to vote at this item.',
    ]);
    expect(checkDocument(doc).findings[0]).toMatchObject({
      itemId: 'top-2',
      field: 'vote',
      nodePath: [2, 0],
    });
  });

  it('wants the chair, the date, start and end of a whole-meeting Niederschrift', () => {
    const doc = testMeeting();
    doc.meeting = { ...doc.meeting, chairId: '', start: '', end: '' };
    doc.rules.signatories[0]!.personId = '';
    expect(keys(doc)).toEqual([
      'check.chairMissingLaw',
      'check.fieldMissing',
      'check.fieldMissing',
      'check.signatoryMissing',
    ]);
    expect(lines(doc)).toContain('Beginn: Beginn fehlt.');
  });

  it('wants attendance that points to real items; the reason of absence where the law asks for it', () => {
    const doc = testMeeting();
    doc.attendance = doc.attendance.map((a) => {
      if (a.personId === 'p-h') return { ...a, reason: '' };
      if (a.personId === 'p-a') return { ...a, arrivedAtItem: 'top-9' };
      if (a.personId === 'p-b') return { ...a, arrivedAtItem: 'top-3', leftAfterItem: 'top-1' };
      return a;
    });
    expect(lines(doc)).toEqual([
      'Anwesenheit: GR Arnold ist „anwesend ab“ einem TOP eingetragen, den es nicht gibt („top-9“).',
      'Anwesenheit: GRin Berger ist erst ab TOP 3 anwesend, soll aber schon nach TOP 1 gegangen sein.',
      // Berger is missing at TOP 2 then, so its 6/2/0 no longer adds up.
      'TOP 2 › Abstimmung: Erfasst sind 8 Stimmen (Ja 6, Nein 2, Enthaltung 0), bei diesem TOP waren aber nur 7 Mitglieder anwesend und stimmberechtigt.',
    ]);
    // § 38 Abs. 1 GemO BW names the absent without a reason; § 40 Abs. 1 SächsGemO wants it.
    doc.rules.profile = 'sn-saechsgemo';
    expect(lines(doc)).toContain(
      'Anwesenheit: Für GRin Haag ist kein Grund der Abwesenheit angegeben (§ 40 Abs. 1 SächsGemO).',
    );
  });

  it('wants attendance recorded under BW law, in either form', () => {
    const doc = testMeeting();
    doc.attendance = [];
    expect(keys(doc)).toContain('check.attendanceMissingCount');
    doc.rules.profile = 'nrw-go-52';
    doc.rules.signatories = [
      { role: 'mayor', label: 'Bürgermeister', personId: 'p-bm' },
      { role: 'clerk', label: 'Schriftführung', personId: 'p-clerk' },
    ];
    expect(keys(doc).filter((k) => k.startsWith('check.attendanceMissing'))).toEqual([]);
  });

  it('wants a resolution or outcome in every item that decides (a Bekanntgabe does not)', () => {
    const doc = testMeeting();
    doc.items[1]!.content = itemContent([paragraph('Aussprache.')], [paragraph('')]);
    const [finding] = checkDocument(doc).findings;
    expect(finding).toMatchObject({
      messageKey: 'check.outcomeMissing',
      itemId: 'top-2',
      field: 'outcome',
    });
    // A vote alone is an outcome.
    doc.items[1]!.content = itemContent([], [vote({ outcome: 'vertagt' })]);
    expect(keys(doc)).toEqual([]);
    // "Bekanntgaben" records nothing to decide: no finding without a resolution.
    doc.items[2]!.content = itemContent([paragraph('Keine Wortmeldungen.')], [paragraph('')]);
    expect(keys(doc)).toEqual([]);
  });

  it('flags mentions of people who are not in the roster', () => {
    const doc = testMeeting();
    doc.items[0]!.content = itemContent(
      [paragraph(speaker('p-gone'), ' fragt nach.')],
      [vote({ outcome: 'einstimmig' })],
    );
    const [finding] = checkDocument(doc).findings;
    expect(finding).toMatchObject({
      messageKey: 'check.speakerUnknown',
      itemId: 'top-1',
      field: 'speaker',
      nodePath: [1, 0, 0],
    });
    expect(t('de', finding!.messageKey, finding!.params)).toContain('„p-gone“');
  });

  it('wants the signatories the profile names, members among them who attended', () => {
    const doc = testMeeting();
    doc.rules.signatories[2]!.personId = 'p-h';
    doc.rules.signatories[1]!.personId = 'p-clerk';
    expect(keys(doc)).toEqual(['check.signatoryNotMember', 'check.signatoryNotAttended']);
    doc.rules.signatories = doc.rules.signatories.filter((s) => s.role !== 'member');
    expect(lines(doc)).toEqual([
      'Unterzeichnung: Es ist nicht bestimmt, welche 2 Mitglieder, die an der Sitzung teilgenommen haben, unterzeichnen (§ 38 Abs. 2 S. 1 GemO BW).',
    ]);
  });

  it('Bavaria wants the place; NRW two signatories only', () => {
    const by = testMeeting();
    by.rules.profile = 'by-go-54';
    by.rules.signatories = by.rules.signatories.filter((s) => s.role !== 'member');
    by.meeting.place = '';
    expect(keys(by)).toEqual(['check.fieldMissingLaw']);
    // Art. 54 GO Bayern was read only in a wiki's quotation: a warning that says so.
    expect(lines(by)).toEqual([
      'Ort: Ort fehlt (Art. 54 Abs. 1 GO Bayern verlangt die Angabe). Wortlaut der Vorschrift nicht im Gesetzestext geprüft.',
    ]);
    expect(checkDocument(by).findings.map((f) => [f.severity, f.lawUnverified])).toEqual([
      ['warning', true],
    ]);
    const nrw = testMeeting();
    nrw.rules.profile = 'nrw-go-52';
    nrw.rules.signatories = [{ role: 'clerk', label: 'Schriftführung', personId: 'p-clerk' }];
    expect(lines(nrw)).toEqual([
      'Unterzeichnung: Es ist nicht bestimmt, wer als Bürgermeister/in unterzeichnet (§ 52 GO NRW).',
    ]);
  });

  it("checks required header fields and house formats of the layout (the meeting view's validation)", () => {
    const doc = testMeeting();
    doc.layout.itemHeader = doc.layout.itemHeader.map((f) =>
      f.key === 'item.paperRef' ? { ...f, required: true } : f,
    );
    doc.items[0]!.paperRef = '12/2026';
    doc.items[1]!.paperRef = 'zwölf';
    const found = lines(doc);
    expect(found).toEqual([
      'TOP 2 › Drucksache: „zwölf“ entspricht nicht dem Format: Nummer/Jahr, z. B. 14/2026.',
      'TOP 3 › Drucksache: Drucksache ist ein Pflichtfeld.',
    ]);
  });

  it('tells a stated quorum that the attendance contradicts', () => {
    const doc = testMeeting();
    doc.attendance = doc.attendance.map((a) =>
      ['p-d', 'p-e', 'p-f', 'p-g'].includes(a.personId)
        ? { ...a, status: 'excused', reason: 'Urlaub' }
        : a,
    );
    doc.items = doc.items.map((i) => ({
      ...i,
      content: itemContent([], [paragraph('Zur Kenntnis genommen.')]),
    }));
    expect(keys(doc)).toEqual(['check.quorateContradicts']);
  });

  it('reports a meeting that ends before it starts, at the end', () => {
    const doc = testMeeting();
    doc.meeting.end = '18:30';
    expect(lines(doc)).toEqual([
      'Ende: Das Ende (18:30 Uhr) liegt nicht nach dem Beginn (19:00 Uhr).',
    ]);
  });
});
