import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildOparlExport, OPARL_PLACEHOLDER_BASE, renderOparl } from '../core/export/oparl';
import { validateDocument } from '../core/file/format';
import { t } from '../core/i18n/catalog';
import { documentFromAgenda } from '../core/import/agenda';
import { agendaFromOparl } from '../core/import/oparl';
import type { ProtocolDocument } from '../core/model/schema';
import { formalName } from '../core/style/names';
import { findTemplate } from '../core/templates/registry';
import { buildExamples } from '../scripts/examples/index';

/**
 * Every object of the OParl export of every example, validated against the official OParl
 * 1.1.1 schemas (test/fixtures/oparl-1.1.1, CC BY-SA 4.0, see SOURCE.md there). The schemas'
 * own keyword `schema` ("an embedded object is an instance of that file") is read as `$ref`,
 * and `references` ("this URL names an object of that type") is checked against the export:
 * every reference must name an object of that type in the same file.
 */

const DIR = new URL('./fixtures/oparl-1.1.1/', import.meta.url).pathname;
const BASE = 'https://schema.oparl.org/1.1/';
type Obj = Record<string, unknown>;

/** `schema: "X.json"` → `$ref: "X.json"`, at any depth. */
function withRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withRefs);
  if (typeof value !== 'object' || value === null) return value;
  const out: Obj = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'schema' && typeof v === 'string') out.$ref = v;
    else out[key] = withRefs(v);
  }
  return out;
}

function loadSchemas(): { ajv: Ajv; raw: Map<string, Obj> } {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const raw = new Map<string, Obj>();
  for (const file of readdirSync(join(DIR, 'schema')).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(DIR, 'schema', file), 'utf8')) as Obj;
    raw.set(file.replace(/\.json$/, ''), schema);
    ajv.addSchema({ ...(withRefs(schema) as Obj), $id: `${BASE}${file}` });
  }
  return { ajv, raw };
}

const { ajv, raw } = loadSchemas();
const validator = (type: string): ValidateFunction => {
  const v = ajv.getSchema(`${BASE}${type}.json`);
  if (!v) throw new Error(`no schema for ${type}`);
  return v;
};

/** Every OParl object in a value, embedded ones included, with its type name. */
function objectsIn(value: unknown, out: { type: string; object: Obj }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, out));
  else if (typeof value === 'object' && value !== null) {
    const object = value as Obj;
    const type = typeof object.type === 'string' ? object.type : '';
    if (type.startsWith(BASE)) out.push({ type: type.slice(BASE.length), object });
    Object.values(object).forEach((v) => objectsIn(v, out));
  }
  return out;
}

/** [field, expected type, url] for every `references` property of an object. */
function referencesOf(type: string, object: Obj): [string, string, string][] {
  const properties = (raw.get(type)?.properties ?? {}) as Record<string, Obj>;
  const out: [string, string, string][] = [];
  for (const [field, spec] of Object.entries(properties)) {
    const target = spec.references;
    if (typeof target !== 'string' || target === 'externalList') continue;
    const value = object[field];
    const urls = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const url of urls) if (typeof url === 'string') out.push([field, target, url]);
  }
  return out;
}

const examples = Object.entries(buildExamples());
const KLEINWEILER = 'kleinweiler-gemeinderat-2026-10-14.protokoll';
const STUTTGART = 'stuttgart-va-2018-06-27-top12.protokoll';

describe('OParl export against the official 1.1.1 schemas', () => {
  it('loaded every schema of the standard', () => {
    expect([...raw.keys()].sort()).toEqual(
      [
        'AgendaItem',
        'Body',
        'Consultation',
        'File',
        'LegislativeTerm',
        'Location',
        'Meeting',
        'Membership',
        'Organization',
        'Paper',
        'Person',
        'System',
      ].sort(),
    );
  });

  it('the validator refuses what the issue found (so a pass means something)', () => {
    const meeting = validator('Meeting');
    expect(
      meeting({ id: 'https://x.example/m/1', type: `${BASE}Meeting`, start: '2018-06-27' }),
    ).toBe(false);
    const organization = validator('Organization');
    expect(
      organization({
        id: 'https://x.example/o/1',
        type: `${BASE}Organization`,
        meeting: ['https://x.example/m/1'],
      }),
    ).toBe(false);
    expect(meeting({ id: 'urn:protokollant:x:meeting', type: `${BASE}Meeting` })).toBe(false);
    // An embedded agenda item without `order` fails AgendaItem.json (`schema` read as `$ref`).
    expect(
      meeting({
        id: 'https://x.example/m/1',
        type: `${BASE}Meeting`,
        agendaItem: [{ id: 'https://x.example/a/1', type: `${BASE}AgendaItem` }],
      }),
    ).toBe(false);
  });

  for (const [name, example] of examples) {
    it(`${name}: every object is valid and every reference resolves in the file`, () => {
      const document = validateDocument(example, name);
      const out = buildOparlExport(document, { generatedAt: '2026-11-27T10:00:00+01:00' });
      const objects = objectsIn(out.data);
      expect(objects.length).toBeGreaterThan(5);
      const types = new Map<string, string>();
      for (const { type, object } of objects) {
        const validate = validator(type);
        const ok = validate(object);
        expect(ok, `${type} ${String(object.id)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        types.set(object.id as string, type);
      }
      const expected = ['Meeting', 'AgendaItem', 'Organization', 'Person', 'Membership'];
      if (document.meeting.place) expected.push('Location');
      if (document.items.some((i) => i.paperRef)) expected.push('Consultation', 'Paper');
      expect(new Set(objects.map((o) => o.type))).toEqual(new Set(expected));
      for (const { type, object } of objects) {
        for (const [field, target, url] of referencesOf(type, object)) {
          expect(types.get(url), `${type}.${field} → ${url}`).toBe(target);
        }
      }
      for (const id of types.keys()) {
        expect(id.startsWith(`${OPARL_PLACEHOLDER_BASE}/`), id).toBe(true);
      }
    });
  }

  it('ids live under the base the caller sets, and stay the same from run to run', () => {
    const document = validateDocument(examples[0]![1], 'x');
    const first = buildOparlExport(document, { baseUrl: 'https://ris.kleinweiler.de/oparl/' });
    const second = buildOparlExport(document, { baseUrl: 'https://ris.kleinweiler.de/oparl' });
    const ids = (out: Obj) => objectsIn(out.data).map((o) => o.object.id);
    expect(ids(first)).toEqual(ids(second));
    for (const id of ids(first)) expect(id).toMatch(/^https:\/\/ris\.kleinweiler\.de\/oparl\//);
  });
});

describe('OParl import of the official 1.1.1 examples', () => {
  const example = (name: string) => readFileSync(join(DIR, 'examples', name), 'utf8');
  const said = (agenda: ReturnType<typeof agendaFromOparl>) =>
    (agenda.warnings ?? []).map((w) => t('de', w.code, w.params));

  it('imports the Meeting alone, naming what it refers to but does not hold', () => {
    const agenda = agendaFromOparl(example('Meeting-01.json'), 'Meeting-01.json');
    expect(agenda.items).toEqual([
      {
        number: '10.1',
        title: 'Satzungsänderung für Ausschreibungen',
        public: true,
        paperRef: '',
        oparlId: 'https://oparl.example.org/agendaitem/3271',
      },
    ]);
    expect(agenda.meeting).toMatchObject({ date: '2013-01-04', start: '08:00', end: '12:00' });
    expect(said(agenda)).toEqual([
      'AgendaItem https://oparl.example.org/agendaitem/3271: Consultation https://oparl.example.org/consultation/1034 steht nicht in der Datei und wurde übersprungen (consultation).',
      'Meeting https://oparl.example.org/meeting/281: Organization https://oparl.example.org/organization/34 steht nicht in der Datei und wurde übersprungen (organization).',
      'Das Gremium der Sitzung https://oparl.example.org/meeting/281 steht nicht in der Datei; es ist aus dem Namen der Sitzung genommen oder das der Vorlage. Bitte prüfen.',
    ]);
    // "4. Sitzung des Finanzausschusses": a committee, not the template's Gemeinderat.
    expect(agenda.body).toMatchObject({ name: 'Finanzausschuss', kind: 'committee' });
    const document = documentFromAgenda(agenda, findTemplate('gemeinderat-sitzung')!, 'm.json');
    expect(document.layout.title).toBe('Niederschrift über die Sitzung des Finanzausschusses');
    expect(document.rules.signatories.map((s) => s.label)).toContain(
      'Mitglied des Finanzausschusses',
    );
  });

  it('imports the bundle of every example, resolving what the bundle holds', () => {
    const bundle = readdirSync(join(DIR, 'examples'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(example(f)) as unknown);
    expect(bundle).toHaveLength(8);
    const agenda = agendaFromOparl(JSON.stringify(bundle), 'bundle.json');
    expect(agenda.body).toMatchObject({
      name: 'Ausschuss für Haushalt und Finanzen',
      shortName: 'Der Finanzausschuss',
      kind: 'committee',
      oparlId: 'https://oparl.example.org/organization/34',
    });
    expect(said(agenda)).toEqual([
      'AgendaItem https://oparl.example.org/agendaitem/3271: Consultation https://oparl.example.org/consultation/1034 steht nicht in der Datei und wurde übersprungen (consultation).',
    ]);
    expect(agenda.meeting?.place).toBe(
      'Rathaus der Beispielstadt, Ratshausplatz 1, 12345 Beispielstadt',
    );
  });

  it('refuses an example with no Meeting in it with the file named', () => {
    for (const name of ['Body-01.json', 'Paper-01.json', 'Person-01.json', 'System-01.json']) {
      expect(() => agendaFromOparl(example(name), name)).toThrow(
        `Die Datei „${name}“ enthält keine Sitzung (Meeting).`,
      );
    }
  });
});

describe('OParl export → import keeps what the minutes hold', () => {
  it('Kleinweiler: reasons, arrivals, departures, clerk, numbers and the body come back', () => {
    const document = validateDocument(buildExamples()[KLEINWEILER], 'k');
    // The internal transfer (reasons of absence travel only there; the public default drops
    // them, see test/public-version.test.ts).
    const agenda = agendaFromOparl(
      renderOparl(document, { includeNonPublic: true }),
      'export.json',
    );
    expect(agenda.warnings).toEqual([]);
    const again = documentFromAgenda(agenda, findTemplate('gemeinderat-sitzung')!, 'x');
    expect(again.body).toMatchObject({
      name: document.body.name,
      shortName: document.body.shortName,
      kind: document.body.kind,
      memberCount: document.body.memberCount,
    });
    expect(again.meeting).toMatchObject({
      minutesNumber: '9/2026',
      date: '2026-10-14',
      start: '18:30',
      end: '21:05',
      quorate: true,
      convenedProperly: true,
    });
    const name = (doc: ProtocolDocument, id: string) =>
      formalName(doc.people.find((p) => p.id === id)!);
    expect(name(again, again.meeting.chairId)).toBe('BMin Keller');
    expect(name(again, again.meeting.clerkId)).toBe('Frau Schmid');
    // Attendance by name: status, reason, and the TOP numbers of arrivals and departures.
    const attendance = (doc: ProtocolDocument) =>
      Object.fromEntries(
        doc.attendance.map((a) => [
          name(doc, a.personId),
          [
            a.status,
            a.reason,
            doc.items.find((i) => i.id === a.arrivedAtItem)?.number ?? '',
            doc.items.find((i) => i.id === a.leftAfterItem)?.number ?? '',
          ],
        ]),
      );
    expect(attendance(again)).toEqual(attendance(document));
    expect(attendance(again)['GRin Groß']).toEqual(['excused', 'krank', '', '']);
    expect(attendance(again)['GR Jung']).toEqual(['present', '', '3', '']);
    expect(attendance(again)['GR Hahn']).toEqual(['present', '', '', '5']);
    // The roster: kind, group, unit, role of everyone.
    const roster = (doc: ProtocolDocument) =>
      doc.people
        .map((p) => [formalName(p), p.kind, p.group, p.unit, p.votingRight].join('|'))
        .sort();
    expect(roster(again)).toEqual(roster(document));
    expect(again.items.map((i) => [i.number, i.title, i.public, i.paperRef, i.rapporteur])).toEqual(
      document.items.map((i) => [i.number, i.title, i.public, i.paperRef, i.rapporteur]),
    );
  });

  it('Stuttgart (per item): the committee stays a committee, Nr. and GZ come back', () => {
    const document = validateDocument(buildExamples()[STUTTGART], 's');
    const agenda = agendaFromOparl(renderOparl(document), 'export.json');
    const again = documentFromAgenda(agenda, findTemplate('stuttgart-ausschuss-top')!, 'x');
    expect(again.body.kind).toBe('committee');
    expect(again.body.name).toBe(document.body.name);
    expect(again.meeting.date).toBe(document.meeting.date);
    expect(again.items[0]).toMatchObject({
      minutesNumber: document.items[0]!.minutesNumber,
      fileRef: document.items[0]!.fileRef,
      paperRef: document.items[0]!.paperRef,
    });
    expect(document.items[0]!.minutesNumber).not.toBe('');
    expect(document.items[0]!.fileRef).not.toBe('');
  });
});
