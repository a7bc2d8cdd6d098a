import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../scripts/examples/index';
import { buildKleinweilerExample } from '../../scripts/examples/kleinweiler';
import type { ProtocolDocument } from '../model/schema';
import { buildOparlExport, renderOparl } from '../export/oparl';
import { buildPrintDocument, printDocumentText } from '../export/print-model';
import { publicView } from './public';

/** Words only the non-public items (TOP 7 land, TOP 8 staff) and the health reason carry. */
const SECRET = [
  'Grundstücksangelegenheit',
  '1187',
  '95,00',
  '320 m²',
  'Personalangelegenheit',
  'Herrn M.',
  'Bauhofs',
  'Bewerbungen',
  'befangen',
  '44/2026',
  'krank',
];

function leaks(text: string): string[] {
  return SECRET.filter((word) => text.includes(word));
}

const kleinweiler = (): ProtocolDocument => buildKleinweilerExample();

describe('publicView', () => {
  it('keeps the public items as they are and nothing of the non-public ones', () => {
    const full = kleinweiler();
    expect(leaks(JSON.stringify(full))).toEqual(SECRET); // the example does hold them all
    const view = publicView(full);
    expect(leaks(JSON.stringify(view))).toEqual([]);
    expect(view.items.map((i) => [i.number, i.public])).toEqual([
      ['1', true],
      ['2', true],
      ['3', true],
      ['4', true],
      ['5', true],
      ['6', true],
      ['7', false],
      ['8', false],
    ]);
    expect(view.items.slice(0, 6)).toEqual(full.items.slice(0, 6));
    expect(view.items[6]).toMatchObject({ title: 'nichtöffentlich', paperRef: '' });
  });

  it('leaves non-public items out when asked (or as the template says)', () => {
    const full = kleinweiler();
    expect(publicView(full, { nonPublic: 'omit' }).items.map((i) => i.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    const omitting = {
      ...full,
      layout: { ...full.layout, publicVersion: { nonPublicItems: 'omit' } },
    };
    expect(publicView(omitting).items).toHaveLength(6);
  });

  it('says "entschuldigt" without the reason, and keeps who was absent', () => {
    const view = publicView(kleinweiler());
    const gross = view.attendance.find((a) => a.personId === 'p-gross')!;
    expect(gross).toMatchObject({ status: 'excused', reason: '' });
    expect(view.attendance.every((a) => a.reason === '')).toBe(true);
  });

  it("drops review traces: comments, versions, the chair's remarks, foreign corrections", () => {
    const full = kleinweiler();
    full.comments = [
      {
        id: 'c1',
        itemId: 'top-7',
        quote: 'Teilfläche',
        author: 'BM',
        createdAt: '2026-10-15T10:00:00Z',
        text: 'Preis je m² prüfen',
        resolved: false,
        resolvedBy: '',
        resolvedAt: '',
        replies: [],
      },
    ];
    full.workflow.history = [
      { from: 'review', to: 'draft', at: '2026-10-15', by: 'BM', note: 'TOP 7 Preis fehlt' },
    ];
    const correction = (concerns: string) => ({
      id: concerns,
      createdAt: '2026-11-01T10:00:00Z',
      author: 'Schmid',
      concerns,
      text: `Berichtigung zu ${concerns}`,
      decidedIn: 'Sitzung vom 11.11.2026',
      baseHash: '0'.repeat(64),
      signatures: [],
    });
    full.corrections = [
      correction('TOP 3, Absatz 1'),
      correction('TOP 7'),
      correction('allgemein'),
    ];
    const view = publicView(full);
    expect(view.comments).toEqual([]);
    expect(view.versions).toEqual([]);
    expect(view.workflow.history).toEqual([]);
    expect(view.corrections.map((c) => c.concerns)).toEqual(['TOP 3, Absatz 1']);
  });

  it('keeps arrivals at listed items; when items are left out, points them at public ones', () => {
    const full = kleinweiler();
    full.items = [full.items[6]!, ...full.items.slice(0, 6), full.items[7]!]; // 7, 1..6, 8
    full.attendance = full.attendance.map((a) =>
      a.personId === 'p-jung'
        ? { ...a, arrivedAtItem: 'top-7' } // from the non-public item at the start on
        : a.personId === 'p-hahn'
          ? { ...a, leftAfterItem: 'top-8' } // after the last item: the whole public part
          : a.personId === 'p-ilg'
            ? { ...a, leftAfterItem: 'top-7' } // left before the public part began
            : a,
    );
    const listed = publicView(full, { nonPublic: 'list' });
    const inList = (id: string) => listed.attendance.find((a) => a.personId === id)!;
    expect(inList('p-jung').arrivedAtItem).toBe('top-7');
    expect(inList('p-ilg').leftAfterItem).toBe('top-7');

    const view = publicView(full, { nonPublic: 'omit' });
    const of = (id: string) => view.attendance.find((a) => a.personId === id)!;
    expect(of('p-jung').arrivedAtItem).toBe(full.items[1]!.id);
    expect(of('p-hahn').leftAfterItem).toBe('');
    // Never claim a presence that was not: she is shown as not there for the public part.
    expect(of('p-ilg')).toMatchObject({
      status: 'absent',
      reason: 'im öffentlichen Teil nicht anwesend',
    });
    const omitting = {
      ...full,
      layout: { ...full.layout, publicVersion: { nonPublicItems: 'omit' } },
    };
    const summary = buildPrintDocument(omitting, { publicOnly: true }).parts[0]!.attendance!;
    expect(summary.absent).toContainEqual({
      name: 'Miriam Ilg (SPD)',
      note: 'im öffentlichen Teil nicht anwesend',
    });
  });

  it('leaves out staff and guests who were present for non-public items only', () => {
    const full = kleinweiler();
    full.people.push({
      ...full.people.find((p) => p.id === 'p-vogel')!,
      id: 'p-gutachter',
      familyName: 'Gutachter-Mustermann',
    });
    full.attendance.push({
      personId: 'p-gutachter',
      status: 'present',
      reason: '',
      arrivedAtItem: 'top-7',
      leftAfterItem: 'top-7',
    });
    const view = publicView(full);
    expect(JSON.stringify(view)).not.toContain('Gutachter-Mustermann');
    expect(view.people.some((p) => p.id === 'p-vogel')).toBe(true);
  });
});

describe('the public version in print', () => {
  it('lists non-public items as "TOP n – nichtöffentlich" and nothing else of them', () => {
    const print = buildPrintDocument(kleinweiler(), { publicOnly: true });
    const text = printDocumentText(print).join('\n');
    expect(leaks(text)).toEqual([]);
    expect(leaks(JSON.stringify(print))).toEqual([]);
    expect(text).toContain('TOP 7 – nichtöffentlich');
    expect(text).toContain('TOP 8 – nichtöffentlich');
    expect(text).toContain('TOP 3: Bebauungsplan „Am Mühlbach“ – Aufstellungsbeschluss');
    expect(print.parts[0]!.kicker).toBe('Öffentlicher Teil der Niederschrift');
    expect(print.parts[0]!.attendance!.absent).toEqual([
      { name: 'Anja Groß (FW)', note: 'entschuldigt' },
    ]);
  });

  it('the full version puts the non-public part on a page of its own', () => {
    const full = buildPrintDocument(kleinweiler());
    const sections = full.parts[0]!.sections;
    expect(sections.map((s) => [s.heading, s.newPage === true])).toEqual([
      ['Öffentlicher Teil', false],
      ['Nichtöffentlicher Teil', true],
    ]);
    expect(leaks(printDocumentText(full).join('\n'))).toContain('1187');
    // The public version lists two bare lines there: no page of their own.
    const pub = buildPrintDocument(kleinweiler(), { publicOnly: true });
    expect(pub.parts[0]!.sections[1]!.newPage).toBe(false);
  });

  it('signed minutes stay signed in the public version (verified over the full text)', () => {
    const signed = buildExamples()['stuttgart-va-2018-06-27-top12-signed.protokoll']!;
    const full = buildPrintDocument(signed);
    const pub = buildPrintDocument(signed, { publicOnly: true });
    expect(full.draft).toBe(false);
    expect(pub.draft).toBe(false);
    expect(pub.signOff).toEqual(full.signOff);
    expect(pub.parts[0]!.signatories.every((s) => s.signed)).toBe(true);
  });

  it('refuses minutes without a public part, and an extract of a non-public item', () => {
    const closed = kleinweiler();
    closed.items = closed.items.map((i) => ({ ...i, public: false }));
    expect(() => buildPrintDocument(closed, { publicOnly: true })).toThrow(
      expect.objectContaining({ code: 'export.public.nothing' }),
    );
    expect(() =>
      buildPrintDocument(kleinweiler(), { publicOnly: true, extractItemId: 'top-7' }),
    ).toThrow(expect.objectContaining({ code: 'export.public.itemNotPublic' }));
  });
});

describe('OParl export', () => {
  it('is the public version by default, and says so', () => {
    const json = renderOparl(kleinweiler(), { generatedAt: '2026-10-20T10:00:00Z' });
    expect(leaks(json)).toEqual([]);
    const page = JSON.parse(json) as {
      'protokollant:scope': string;
      data: Record<string, unknown>[];
    };
    expect(page['protokollant:scope']).toBe('public');
    const meeting = page.data[0]! as {
      'protokollant:scope': string;
      agendaItem: { number: string; name: string; public: boolean; resolutionText?: string }[];
    };
    expect(meeting['protokollant:scope']).toBe('public');
    const seven = meeting.agendaItem.find((i) => i.number === '7')!;
    expect(seven).toMatchObject({ name: 'nichtöffentlich', public: false });
    expect(seven.resolutionText).toBeUndefined();
  });

  it('--include-nonpublic: the internal transfer, marked as such in the file', () => {
    const page = buildOparlExport(kleinweiler(), {
      generatedAt: '2026-10-20T10:00:00Z',
      includeNonPublic: true,
    });
    const json = JSON.stringify(page);
    expect(leaks(json)).toEqual(
      SECRET.filter(
        (w) =>
          w !== 'Bewerbungen' &&
          w !== 'Bauhofs' &&
          w !== '95,00' &&
          w !== '320 m²' &&
          w !== 'befangen',
      ),
    );
    expect(page['protokollant:scope']).toBe('internal');
    expect(json).toContain('nicht veröffentlichen');
  });
});
