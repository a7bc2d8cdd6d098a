import fc from 'fast-check';
import { decodeBytes } from '../host/import/decode-bytes';
import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors';
import {
  FORMAT_ID,
  parseProtokoll,
  parseProtokollBytes,
  SCHEMA_VERSION,
  serializeProtokoll,
  validateDocument,
} from '../core/file/format';
import { t, type MessageKey } from '../core/i18n/catalog';
import { importAgenda } from '../core/import/import';
import { findTemplate } from '../core/templates/registry';

/**
 * Whatever a file holds, reading it ends in one of two ways: a valid document, or a
 * UserError with a message for the clerk. Never a TypeError from deep inside, never a
 * document the app could not save and open again.
 */

const template = findTemplate('gemeinderat-sitzung')!;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Runs `read`; a UserError is a fine answer, anything else thrown fails the property. */
function outcome<T>(read: () => T): T | UserError {
  try {
    return read();
  } catch (error) {
    if (error instanceof UserError) {
      expect(error.message.length).toBeGreaterThan(0);
      // Every placeholder of the message is filled, in both languages.
      for (const lang of ['de', 'en'] as const) {
        const template = t(lang, error.code as MessageKey);
        for (const [placeholder] of template.matchAll(/\{\w+\}/g)) {
          expect(error.localized(lang)).not.toContain(placeholder);
        }
      }
      return error;
    }
    throw error;
  }
}

/** How many imports ended in a document and how many in each error, per property. */
const tally = new Map<string, number>();

function importOf(bytes: Uint8Array, name: string) {
  const result = outcome(() => importAgenda(bytes, name, template, decodeBytes));
  const key = result instanceof UserError ? result.code : 'imported';
  tally.set(key, (tally.get(key) ?? 0) + 1);
  if (!(result instanceof UserError)) {
    // An imported agenda is a document the app can save and load again.
    const document = validateDocument(result.document, name);
    expect(parseProtokoll(serializeProtokoll(document), name)).toEqual(document);
  }
  return result;
}

/**
 * Not vacuous: enough generated files got all the way through to a document, and the others
 * were refused for several different reasons, so the checks deep inside were reached.
 */
function expectDeepReach(minImported: number): void {
  const summary = [...tally].sort((a, b) => b[1] - a[1]);
  expect(tally.get('imported') ?? 0, JSON.stringify(summary)).toBeGreaterThanOrEqual(minImported);
  expect(tally.size, JSON.stringify(summary)).toBeGreaterThanOrEqual(5);
}

const NAMES = [
  'tagesordnung.json',
  'tagesordnung.csv',
  'tagesordnung.txt',
  'tagesordnung.tsv',
  'tagesordnung.dat',
];

describe('import never throws past UserError', () => {
  it('arbitrary bytes, under any file name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.constantFrom(...NAMES), (bytes, name) => {
        importOf(bytes, name);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        importOf(utf8(JSON.stringify(value)), 'sitzung.json');
      }),
      { numRuns: 500 },
    );
  });

  it('OParl-shaped JSON: one meeting and its objects, references that resolve, dangle or point to the wrong type', () => {
    const url = (type: string) => `https://schema.oparl.org/1.1/${type}`;
    const pool = (type: string, n: number) =>
      Array.from({ length: n }, (_, i) => `https://ris.example/${type.toLowerCase()}/${i}`);
    const POOLS: Record<string, string[]> = {
      AgendaItem: pool('AgendaItem', 6),
      Consultation: pool('Consultation', 3),
      Paper: pool('Paper', 3),
      Person: pool('Person', 5),
      Organization: pool('Organization', 3),
      Membership: pool('Membership', 5),
    };
    const MEETING = 'https://ris.example/meeting/0';
    const ALL = [MEETING, ...Object.values(POOLS).flat()];
    const junk = fc.jsonValue({ maxDepth: 1 });
    // Mostly the right kind of object, sometimes another kind, sometimes nonsense.
    const ref = (type: string) =>
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...(POOLS[type] ?? [MEETING])) },
        { weight: 1, arbitrary: fc.constantFrom(...ALL) },
        { weight: 1, arbitrary: junk },
      );
    const refs = (type: string) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.array(ref(type), { maxLength: 4 }) },
        { weight: 1, arbitrary: ref(type) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
    const words = fc.oneof(
      { weight: 12, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
      { weight: 1, arbitrary: junk },
    );
    const flag = fc.oneof({ weight: 12, arbitrary: fc.boolean() }, { weight: 1, arbitrary: junk });
    const date = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          '2026-10-14T18:30:00+02:00',
          '2026-10-14T21:00:00Z',
          '2026-10-14',
        ),
      },
      { weight: 1, arbitrary: junk },
    );
    const fields: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
      AgendaItem: {
        name: words,
        number: fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 99 }), junk),
        order: fc.oneof(fc.integer({ min: 0, max: 20 }), junk),
        public: flag,
        consultation: refs('Consultation'),
        meeting: fc.oneof(fc.constant(MEETING), junk),
      },
      Consultation: { paper: ref('Paper'), agendaItem: ref('AgendaItem'), role: words },
      Paper: { name: words, reference: words },
      Person: {
        name: words,
        familyName: words,
        givenName: words,
        formOfAddress: fc.constantFrom('Frau', 'Herr', ''),
        title: fc.oneof(fc.array(fc.string(), { maxLength: 2 }), words),
        membership: refs('Membership'),
      },
      Organization: { name: words, shortName: words },
      Membership: {
        person: ref('Person'),
        organization: ref('Organization'),
        role: fc.constantFrom(
          'Vorsitzender | Vorsitzende',
          'Stadtrat | Stadträtin',
          'Mitglied',
          'Stellv. Vorsitz',
          '',
        ),
        votingRight: flag,
        onBehalfOf: ref('Organization'),
        startDate: fc.oneof(fc.constantFrom('2020-01-01', '2026-12-31'), junk),
      },
    };
    const objectsOf = (type: string) =>
      fc
        .subarray(POOLS[type]!, { minLength: POOLS[type]!.length - 1 })
        .chain((ids) =>
          fc.tuple(
            ...ids.map((id) =>
              fc.record(
                { id: fc.constant(id), type: fc.constant(url(type)), ...fields[type]! },
                { requiredKeys: ['id', 'type'] },
              ),
            ),
          ),
        );
    const meeting = fc.record(
      {
        id: fc.constant(MEETING),
        type: fc.constant(url('Meeting')),
        name: words,
        start: date,
        end: date,
        agendaItem: refs('AgendaItem'),
        organization: refs('Organization'),
        participant: refs('Person'),
      },
      { requiredKeys: ['id', 'type'] },
    );
    const world = fc
      .tuple(meeting, ...Object.keys(POOLS).map(objectsOf))
      .map(([first, ...rest]) => [first, ...rest.flat()]);
    const shape = fc.oneof(
      world,
      world.map((data) => ({ data })),
    );
    tally.clear();
    fc.assert(
      fc.property(shape, (value) => {
        importOf(utf8(JSON.stringify(value)), 'sitzung.json');
      }),
      { numRuns: 1_000 },
    );
    expectDeepReach(50);
  });

  it('CSV-shaped text: known and unknown headers, quotes, separators, line breaks', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(
        '"',
        '""',
        '"a;b"',
        '"zeile\nzwei"',
        ';',
        ',',
        '\t',
        'ja',
        'nein',
        'x',
        '1',
        '',
        ' ',
      ),
    );
    const separator = fc.constantFrom(';', ',', '\t');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    // Cells as anything; the parser must cope.
    const chaotic = fc
      .tuple(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'TOP',
              'Nr.',
              'Betreff',
              'Titel',
              'Drucksache',
              'öffentlich',
              'Subject',
              'Public',
            ),
            fc.string({ maxLength: 8 }),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
        separator,
        eol,
      )
      .map(([head, rows, sep, end]) => [head, ...rows].map((row) => row.join(sep)).join(end));
    // A table as a spreadsheet writes it, quoting where needed, with odd content in the cells.
    const quote = (value: string, sep: string) =>
      /["\r\n]/.test(value) || value.includes(sep) ? `"${value.replace(/"/g, '""')}"` : value;
    const ALL = ['TOP', 'Betreff', 'Drucksache', 'öffentlich', 'Berichterstattung', 'Bemerkung'];
    const tidy = fc
      .tuple(
        // TOP and Betreff always, the other columns sometimes, in any order.
        fc
          .shuffledSubarray(ALL.slice(2))
          .chain((extra) =>
            fc.shuffledSubarray(['TOP', 'Betreff', ...extra], { minLength: extra.length + 2 }),
          ),
        fc.array(
          fc.tuple(
            fc.oneof({ weight: 1, arbitrary: cell }, { weight: 6, arbitrary: fc.constant('') }),
            cell,
            cell,
            fc.constantFrom('ja', 'nein', 'x', '', 'öffentlich', 'vielleicht'),
            cell,
            cell,
          ),
          { minLength: 1, maxLength: 10 },
        ),
        separator,
        eol,
      )
      .map(([columns, rows, sep, end]) => {
        // An empty first cell means: number the row in order (as most tables do).
        const lines = rows.map((row, i) =>
          columns
            .map((c) => (c === 'TOP' && row[0] === '' ? String(i + 1) : row[ALL.indexOf(c)]!))
            .map((value) => quote(value, sep))
            .join(sep),
        );
        return [columns.join(sep), ...lines].join(end);
      });
    tally.clear();
    fc.assert(
      fc.property(
        fc.oneof(chaotic, tidy),
        fc.boolean(),
        fc.constantFrom('tagesordnung.csv', 'tagesordnung.tsv', 'tagesordnung.txt'),
        (text, bom, name) => {
          importOf(utf8(`${bom ? '\ufeff' : ''}${text}`), name);
        },
      ),
      { numRuns: 1_000 },
    );
    expectDeepReach(50);
  });
});

describe('opening a .protokoll never throws past UserError', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        outcome(() => parseProtokollBytes(bytes, 'x.protokoll'));
      }),
      { numRuns: 500 },
    );
  });

  it('the right envelope around arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 8 }),
        fc.oneof(
          fc.constant(SCHEMA_VERSION),
          fc.integer({ min: -2, max: SCHEMA_VERSION + 2 }),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        (document, schemaVersion) => {
          const text = JSON.stringify({ format: FORMAT_ID, schemaVersion, document });
          outcome(() => parseProtokollBytes(utf8(text), 'x.protokoll'));
        },
      ),
      { numRuns: 500 },
    );
  });
});
