import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_ID, SCHEMA_VERSION } from '../../core/file/format';
import { t, type MessageKey } from '../../core/i18n/catalog';
import { STUTTGART_EXAMPLE } from './seed';

/**
 * The bad-input corpus for .protokoll files: what a clerk might open by mistake or what a
 * broken disk, a hostile sender or another program might hand us. Made at test time (the
 * 60 MB entry should not live in git). Each entry names the message key we expect.
 */
export interface BadEntry {
  name: string;
  /** The catalog key of the message the user must see. */
  expect: string;
  bytes: () => Uint8Array;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const example = () => readFileSync(STUTTGART_EXAMPLE, 'utf8');
const exampleJson = () =>
  JSON.parse(example()) as {
    document: Record<string, unknown> & { items: Record<string, unknown>[] };
  };

function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export const BAD_FILES: BadEntry[] = [
  { name: 'empty.protokoll', expect: 'file.empty', bytes: () => new Uint8Array() },
  { name: 'whitespace.protokoll', expect: 'file.empty', bytes: () => utf8('  \n\t ') },
  {
    name: 'truncated.protokoll',
    expect: 'file.notJson',
    bytes: () => utf8(example().slice(0, 5000)),
  },
  { name: 'random.protokoll', expect: 'file.notUtf8', bytes: () => seededBytes(4096, 7) },
  {
    name: 'wrong-shape.protokoll',
    expect: 'file.invalid',
    bytes: () =>
      utf8(
        JSON.stringify({
          format: FORMAT_ID,
          schemaVersion: SCHEMA_VERSION,
          document: { items: 'keine' },
        }),
      ),
  },
  {
    name: 'foreign.protokoll',
    expect: 'file.noFormat',
    bytes: () => utf8(JSON.stringify({ name: 'package', version: '1.0.0' })),
  },
  {
    name: 'oparl-meeting.protokoll',
    expect: 'file.noFormat',
    bytes: () =>
      utf8(
        JSON.stringify({
          id: 'https://x/m/1',
          type: 'https://schema.oparl.org/1.1/Meeting',
          name: 'Sitzung',
        }),
      ),
  },
  {
    name: 'other-format.protokoll',
    expect: 'file.foreign',
    bytes: () => utf8(JSON.stringify({ format: 'lexical', document: {} })),
  },
  {
    name: 'newer.protokoll',
    expect: 'file.newer',
    bytes: () => utf8(JSON.stringify({ ...exampleJson(), schemaVersion: SCHEMA_VERSION + 7 })),
  },
  {
    name: 'deep.protokoll',
    expect: 'file.tooDeep',
    bytes: () => utf8(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
  },
  {
    name: 'deep-content.protokoll',
    expect: 'file.invalid',
    bytes: () => {
      const doc = exampleJson();
      let node: Record<string, unknown> = { type: 'paragraph', children: [] };
      for (let i = 0; i < 50; i++) node = { type: 'quote', children: [node] };
      (doc.document.items[0]!.content as { root: { children: unknown[] } }).root.children.push(
        node,
      );
      return utf8(JSON.stringify(doc));
    },
  },
  {
    name: 'huge-string.protokoll',
    expect: 'file.tooLarge',
    bytes: () => {
      const doc = exampleJson();
      doc.document.items[0]!.title = 'A'.repeat(60 * 1024 * 1024);
      return utf8(JSON.stringify(doc));
    },
  },
  {
    name: 'renamed-docx.protokoll',
    expect: 'file.zip',
    // The local file header of a ZIP (every DOCX is one) followed by a member name.
    bytes: () =>
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...utf8('[Content_Types].xml')]),
  },
  {
    name: 'renamed-pdf.protokoll',
    expect: 'file.pdf',
    bytes: () => utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
  },
  {
    name: 'utf16.protokoll',
    expect: 'file.utf16',
    bytes: () => {
      const text = example();
      const out = new Uint8Array(2 + text.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 0; i < text.length; i++) {
        out[2 + i * 2] = text.charCodeAt(i) & 0xff;
        out[3 + i * 2] = text.charCodeAt(i) >> 8;
      }
      return out;
    },
  },
  {
    name: 'invalid-utf8.protokoll',
    expect: 'file.notUtf8',
    bytes: () => {
      const good = utf8(example());
      const bad = new Uint8Array(good.length + 2);
      bad.set(good.subarray(0, 200));
      bad.set([0xc3, 0x28], 200);
      bad.set(good.subarray(200), 202);
      return bad;
    },
  },
  {
    name: 'duplicate-keys.protokoll',
    expect: 'file.duplicateKey',
    bytes: () =>
      utf8(example().replace('"form": "per-item",', '"form": "per-item",\n  "form": "meeting",')),
  },
  {
    name: 'unknown-node.protokoll',
    expect: 'file.invalid',
    bytes: () => {
      const doc = exampleJson();
      (doc.document.items[0]!.content as { root: { children: unknown[] } }).root.children.push({
        type: 'image',
        src: 'https://example.invalid/x.png',
        version: 1,
      });
      return utf8(JSON.stringify(doc));
    },
  },
  {
    name: 'missing-field.protokoll',
    expect: 'file.invalid',
    bytes: () => {
      const doc = exampleJson();
      delete doc.document.items[0]!.title;
      return utf8(JSON.stringify(doc));
    },
  },
  {
    name: 'bad-version.protokoll',
    expect: 'file.badVersion',
    bytes: () => utf8(JSON.stringify({ ...exampleJson(), schemaVersion: '2' })),
  },
  { name: 'json-array.protokoll', expect: 'file.noFormat', bytes: () => utf8('[1, 2, 3]') },
  { name: 'json-null.protokoll', expect: 'file.noFormat', bytes: () => utf8('null') },
  {
    name: 'utf16be-no-bom.protokoll',
    expect: 'file.utf16',
    bytes: () => {
      const text = example().slice(0, 2000);
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        out[i * 2] = text.charCodeAt(i) >> 8;
        out[i * 2 + 1] = text.charCodeAt(i) & 0xff;
      }
      return out;
    },
  },
  {
    // What a crash without an atomic write leaves: cut in the middle of an "ä".
    name: 'cut-in-character.protokoll',
    expect: 'file.notUtf8',
    bytes: () => {
      const good = utf8(example());
      const at = good.findIndex((b, i) => b === 0xc3 && i > 1000);
      return good.subarray(0, at + 1);
    },
  },
  {
    // What some file systems leave after a power cut: the length written, the data not.
    name: 'zero-filled.protokoll',
    expect: 'file.notJson',
    bytes: () => new Uint8Array(4096),
  },
  {
    name: 'html-page.protokoll',
    expect: 'file.notJson',
    bytes: () =>
      utf8('<!doctype html><html><body><img src="http://example.org/x.png"></body></html>'),
  },
  {
    name: 'rtf.protokoll',
    expect: 'file.notJson',
    bytes: () => utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} Niederschrift}'),
  },
  {
    name: 'too-many-items.protokoll',
    expect: 'file.invalid',
    bytes: () => {
      const doc = exampleJson();
      const item = doc.document.items[0]!;
      doc.document.items = Array.from({ length: 2001 }, (_, i) => ({ ...item, id: `top-${i}` }));
      return utf8(JSON.stringify(doc));
    },
  },
  {
    name: 'wrong-type.protokoll',
    expect: 'file.invalid',
    bytes: () => {
      const doc = exampleJson();
      doc.document.items[0]!.public = 'ja';
      return utf8(JSON.stringify(doc));
    },
  },
];

/** A catalog message as a pattern: its fixed words must appear, its placeholders may be anything. */
export function messagePattern(lang: 'de' | 'en', key: string): RegExp {
  const template = t(lang, key as MessageKey);
  const escaped = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{\w+\\?\}/g, '[\\s\\S]*');
  return new RegExp(`^${escaped}$`);
}

/** Writes the corpus into `dir`; returns the entries with their paths. */
export function writeBadCorpus(dir: string): (BadEntry & { path: string })[] {
  return BAD_FILES.map((entry) => {
    const path = join(dir, entry.name);
    writeFileSync(path, entry.bytes());
    return { ...entry, path };
  });
}

/**
 * The bad-input corpus for agenda imports (OParl JSON and CSV tables): broken rows, dangling
 * references, wrong types, huge files and files of another kind. Each names the message key
 * the clerk must see; nothing is imported from any of them.
 */
const OPARL = 'https://schema.oparl.org/1.1/';
const RIS = 'https://ris.beispielstadt.example/oparl/v1.1';
const oparlFixture = () =>
  readFileSync(new URL('../fixtures/oparl/meeting.json', import.meta.url), 'utf8');

const meeting = (extra: Record<string, unknown> = {}) => ({
  id: `${RIS}/meeting/1`,
  type: `${OPARL}Meeting`,
  name: '3. Sitzung des Gemeinderats',
  start: '2026-10-14T18:30:00+02:00',
  ...extra,
});
const agendaItem = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `${RIS}/agendaitem/${n}`,
  type: `${OPARL}AgendaItem`,
  number: String(n),
  name: `Tagesordnungspunkt ${n}`,
  public: true,
  ...extra,
});
const oparl = (value: unknown) => () => utf8(JSON.stringify(value));
const csv = (text: string) => () => utf8(text);

/** Bigger than any file the app reads (48 MB), made of harmless text. */
function hugeText(prefix: string, suffix: string): Uint8Array {
  const size = 60 * 1024 * 1024;
  const out = new Uint8Array(size).fill(0x41);
  out.set(utf8(prefix), 0);
  out.set(utf8(suffix), size - suffix.length);
  return out;
}

export const BAD_IMPORTS: BadEntry[] = [
  { name: 'oparl-empty.json', expect: 'import.empty', bytes: () => new Uint8Array() },
  { name: 'oparl-not-json.json', expect: 'import.oparl.notJson', bytes: csv('{"id": ') },
  {
    name: 'oparl-truncated.json',
    expect: 'import.oparl.notJson',
    bytes: () => utf8(oparlFixture().slice(0, 3000)),
  },
  { name: 'oparl-number.json', expect: 'import.oparl.noObjects', bytes: csv('42') },
  { name: 'oparl-no-objects.json', expect: 'import.oparl.noObjects', bytes: oparl({ data: [] }) },
  {
    name: 'oparl-not-an-object.json',
    expect: 'import.oparl.notObject',
    bytes: oparl([meeting(), 'Tagesordnung']),
  },
  {
    name: 'oparl-no-id.json',
    expect: 'import.oparl.noId',
    bytes: oparl([{ type: `${OPARL}Meeting`, name: 'Sitzung' }]),
  },
  {
    name: 'oparl-no-type.json',
    expect: 'import.oparl.noType',
    bytes: oparl([{ id: `${RIS}/meeting/1`, name: 'Sitzung' }]),
  },
  {
    name: 'oparl-id-conflict.json',
    expect: 'import.oparl.idConflict',
    bytes: oparl([meeting({ agendaItem: [agendaItem(1, { id: `${RIS}/meeting/1` })] })]),
  },
  {
    name: 'oparl-no-meeting.json',
    expect: 'import.oparl.noMeeting',
    bytes: oparl({ data: [agendaItem(1), agendaItem(2)] }),
  },
  {
    name: 'oparl-two-meetings.json',
    expect: 'import.oparl.severalMeetings',
    bytes: oparl([meeting(), meeting({ id: `${RIS}/meeting/2` })]),
  },
  {
    // A missing item is skipped with a warning; with none left the meeting has nothing to import.
    name: 'oparl-dangling-item.json',
    expect: 'import.oparl.noItems',
    bytes: oparl([meeting({ agendaItem: [`${RIS}/agendaitem/404`] })]),
  },
  {
    name: 'oparl-wrong-type.json',
    expect: 'import.oparl.wrongType',
    bytes: oparl([
      meeting({ agendaItem: [`${RIS}/organization/1`] }),
      { id: `${RIS}/organization/1`, type: `${OPARL}Organization`, name: 'Gemeinderat' },
    ]),
  },
  {
    name: 'oparl-item-is-number.json',
    expect: 'import.oparl.badField',
    bytes: oparl([meeting({ agendaItem: [42] })]),
  },
  {
    name: 'oparl-public-is-text.json',
    expect: 'import.oparl.badField',
    bytes: oparl([meeting({ agendaItem: [agendaItem(1, { public: 'ja' })] })]),
  },
  {
    name: 'oparl-start-not-a-date.json',
    expect: 'import.oparl.badField',
    bytes: oparl([meeting({ start: 'gestern abend', agendaItem: [agendaItem(1)] })]),
  },
  {
    name: 'oparl-no-items.json',
    expect: 'import.oparl.noItems',
    bytes: oparl([meeting({ agendaItem: [] })]),
  },
  {
    name: 'oparl-person-without-name.json',
    expect: 'import.oparl.noName',
    bytes: oparl([
      meeting({
        agendaItem: [agendaItem(1)],
        participant: [{ id: `${RIS}/person/1`, type: `${OPARL}Person` }],
      }),
    ]),
  },
  {
    name: 'oparl-too-many-items.json',
    expect: 'import.tooManyItems',
    bytes: oparl([
      meeting({ agendaItem: Array.from({ length: 2001 }, (_, i) => agendaItem(i + 1)) }),
    ]),
  },
  {
    name: 'oparl-deep.json',
    expect: 'file.tooDeep',
    bytes: () => utf8(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
  },
  {
    name: 'oparl-xlsx.json',
    expect: 'import.notText',
    bytes: () =>
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...utf8('xl/workbook.xml')]),
  },
  { name: 'oparl-binary.json', expect: 'import.notText', bytes: () => seededBytes(4096, 11) },
  {
    name: 'oparl-huge.json',
    expect: 'file.tooLarge',
    bytes: () => hugeText('{"id":"x","type":"https://schema.oparl.org/1.1/Meeting","name":"', '"}'),
  },
  { name: 'agenda-empty.csv', expect: 'import.empty', bytes: () => new Uint8Array() },
  { name: 'agenda-blank.csv', expect: 'import.empty', bytes: csv(' \r\n\r\n') },
  { name: 'agenda-header-only.csv', expect: 'import.csv.noRows', bytes: csv('TOP;Betreff\r\n') },
  {
    name: 'agenda-duplicate-column.csv',
    expect: 'import.csv.duplicateColumn',
    bytes: csv('TOP;Betreff;Titel\r\n1;Eröffnung;Eröffnung\r\n'),
  },
  {
    name: 'agenda-missing-column.csv',
    expect: 'import.csv.missingColumn',
    bytes: csv('TOP;Vorlage\r\n1;12/2026\r\n'),
  },
  {
    name: 'agenda-unclosed-quote.csv',
    expect: 'import.csv.unclosedQuote',
    bytes: csv('TOP;Betreff\r\n1;"Eröffnung\r\n2;Haushalt\r\n'),
  },
  {
    name: 'agenda-empty-number.csv',
    expect: 'import.csv.emptyCell',
    bytes: csv('TOP;Betreff\r\n1;Eröffnung\r\n;Haushalt\r\n'),
  },
  {
    name: 'agenda-duplicate-number.csv',
    expect: 'import.csv.duplicateNumber',
    bytes: csv('TOP;Betreff\r\n1;Eröffnung\r\n1;Haushalt\r\n'),
  },
  {
    name: 'agenda-public-unclear.csv',
    expect: 'import.csv.badPublic',
    bytes: csv('TOP;Betreff;öffentlich\r\n1;Eröffnung;vielleicht\r\n'),
  },
  {
    name: 'agenda-too-long.csv',
    expect: 'import.csv.tooLong',
    bytes: csv(`TOP;Betreff\r\n1;${'Sehr langer Betreff '.repeat(600)}\r\n`),
  },
  {
    name: 'agenda-too-many-rows.csv',
    expect: 'import.csv.tooManyRows',
    bytes: csv(
      `TOP;Betreff\r\n${Array.from({ length: 2001 }, (_, i) => `${i + 1};Punkt ${i + 1}`).join('\r\n')}\r\n`,
    ),
  },
  {
    name: 'agenda-xlsx.csv',
    expect: 'import.notText',
    bytes: () =>
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...utf8('xl/workbook.xml')]),
  },
  {
    name: 'agenda-binary.csv',
    expect: 'import.notText',
    bytes: () => new Uint8Array([0x54, 0x4f, 0x50, 0x00, 0x00, 0x01, 0x02, 0x1b, 0x7f]),
  },
  {
    name: 'agenda-huge.csv',
    expect: 'file.tooLarge',
    bytes: () => hugeText('TOP;Betreff\r\n1;', '\r\n'),
  },
  { name: 'agenda.dat', expect: 'import.unknownKind', bytes: csv('Tagesordnung: 1. Eröffnung') },
];

/** Writes the import corpus into `dir`; returns the entries with their paths. */
export function writeBadImports(dir: string): (BadEntry & { path: string })[] {
  return BAD_IMPORTS.map((entry) => {
    const path = join(dir, entry.name);
    writeFileSync(path, entry.bytes());
    return { ...entry, path };
  });
}
