import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, numberedList, paragraph, section, table, text } from '../content/build';
import { UserError } from '../errors';
import type { ProtocolDocument } from '../model/schema';
import { findTemplate } from '../templates/registry';
import { instantiateTemplate } from '../templates/instantiate';
import {
  FORMAT_ID,
  parseDocumentJson,
  parseProtokoll,
  parseProtokollBytes,
  SCHEMA_VERSION,
  serializeProtokoll,
} from './format';

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  throw new Error('expected a UserError');
}

const baseDoc = (): ProtocolDocument => instantiateTemplate(findTemplate('gemeinderat-sitzung')!);

/** Any text a user could type or paste, including what looks like markup. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', 'ÄÖÜäöüß €', '"\\\n\t', ''),
);

const docArb = fc
  .record({
    body: fc.record({ name: anyText, shortName: anyText, memberCount: fc.nat(200) }),
    date: fc.option(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    ),
    items: fc.array(
      fc.record({
        number: fc.string({ maxLength: 6 }),
        title: anyText,
        public: fc.boolean(),
        paperRef: anyText,
        paragraphs: fc.array(
          fc.array(fc.tuple(anyText, fc.integer({ min: 0, max: 127 })), { maxLength: 4 }),
          { maxLength: 4 },
        ),
        list: fc.array(anyText, { maxLength: 4 }),
        cells: fc.array(fc.array(anyText, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
      }),
      { maxLength: 5 },
    ),
    people: fc.array(
      fc.record({
        familyName: fc.string({ minLength: 1, maxLength: 20 }),
        group: anyText,
        votingRight: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ body, date, items, people }) => {
    const doc = baseDoc();
    doc.body = { ...doc.body, ...body };
    doc.meeting.date = date ? date.toISOString().slice(0, 10) : '';
    doc.people = people.map((p, i) => ({
      id: `p${i}`,
      kind: 'member' as const,
      formOfAddress: '',
      honorific: 'GR',
      title: '',
      givenName: '',
      familyName: p.familyName,
      group: p.group,
      unit: '',
      role: 'Mitglied',
      votingRight: p.votingRight,
    }));
    doc.items = items.map((item, i) => ({
      id: `top-${i}`,
      number: item.number,
      title: item.title,
      public: item.public,
      paperRef: item.paperRef,
      fileRef: '',
      rapporteur: '',
      treatment: 'Beschluss',
      minutesNumber: '',
      content: content([
        section('sachverhalt', 'Sachverhalt:', true, [
          ...item.paragraphs.map((runs) => paragraph(...runs.map(([t, f]) => text(t, f)))),
          ...(item.list.length ? [numberedList(item.list.map((t) => [t]))] : []),
          ...(item.cells.length ? [table(item.cells)] : []),
        ]),
      ]),
    }));
    return doc;
  });

describe('.protokoll files', () => {
  it('load → save → load is lossless', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const once = parseProtokoll(serializeProtokoll(doc), 'a.protokoll');
        const twice = parseProtokoll(serializeProtokoll(once), 'a.protokoll');
        expect(twice).toEqual(once);
        expect(serializeProtokoll(twice)).toBe(serializeProtokoll(once));
        expect(once).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the format id and schema version', () => {
    const envelope = JSON.parse(serializeProtokoll(baseDoc()));
    expect(envelope.format).toBe(FORMAT_ID);
    expect(envelope.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps keys it does not know (written by a newer Lexical) through load and save', () => {
    const doc = baseDoc();
    (doc.items[0]!.content.root.children[0] as unknown as Record<string, unknown>).$ = {
      note: 'x',
    };
    const loaded = parseProtokoll(serializeProtokoll(doc), 'a');
    expect(
      (loaded.items[0]!.content.root.children[0] as unknown as Record<string, unknown>).$,
    ).toEqual({ note: 'x' });
  });

  it('quotes a hostile value without throwing (found by the property test)', () => {
    // An object whose "toString" is no function must not end in a TypeError while the message
    // quotes it: the file is refused with its reason like any other.
    const hostile = '{"toString":"","valueOf":1}';
    const badVersion = `{"format":"${FORMAT_ID}","schemaVersion":${hostile}}`;
    expect(codeOf(() => parseProtokoll(badVersion, 'f'))).toBe('file.badVersion');
    expect(codeOf(() => parseProtokoll(`{"format":${hostile}}`, 'f'))).toBe('file.foreign');
  });

  it('refuses newer, foreign and broken files with a named reason', () => {
    const good = JSON.parse(serializeProtokoll(baseDoc()));
    expect(
      codeOf(() =>
        parseProtokoll(JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION + 1 }), 'n'),
      ),
    ).toBe('file.newer');
    expect(
      codeOf(() => parseProtokoll(JSON.stringify({ ...good, format: 'other/app' }), 'f')),
    ).toBe('file.foreign');
    expect(codeOf(() => parseProtokoll(JSON.stringify({ name: 'x' }), 'f'))).toBe('file.noFormat');
    expect(codeOf(() => parseProtokoll('[1,2,3]', 'f'))).toBe('file.noFormat');
    expect(codeOf(() => parseProtokoll('{"format": ', 'f'))).toBe('file.notJson');
    expect(codeOf(() => parseProtokoll('   ', 'f'))).toBe('file.empty');
    expect(
      codeOf(() => parseProtokoll(JSON.stringify({ ...good, schemaVersion: 'eins' }), 'f')),
    ).toBe('file.badVersion');
    expect(codeOf(() => parseProtokoll('{"format":"a","format":"b"}', 'f'))).toBe(
      'file.duplicateKey',
    );
    expect(codeOf(() => parseProtokoll('['.repeat(5000) + ']'.repeat(5000), 'f'))).toBe(
      'file.tooDeep',
    );
  });

  it('refuses bytes that are not UTF-8 JSON, naming what they are', () => {
    expect(codeOf(() => parseProtokollBytes(new Uint8Array(), 'e'))).toBe('file.empty');
    expect(
      codeOf(() => parseProtokollBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'd.docx')),
    ).toBe('file.zip');
    expect(codeOf(() => parseProtokollBytes(utf8('%PDF-1.7'), 'p'))).toBe('file.pdf');
    expect(codeOf(() => parseProtokollBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0]), 'u'))).toBe(
      'file.utf16',
    );
    expect(codeOf(() => parseProtokollBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'u'))).toBe(
      'file.notUtf8',
    );
  });

  it('names the item and field of a schema error in German and English', () => {
    const doc = JSON.parse(serializeProtokoll(baseDoc()));
    doc.document.items[0].number = '7';
    doc.document.items[0].content.root.children[0].children.push({ type: 'image', src: 'x' });
    try {
      parseProtokoll(JSON.stringify(doc), 'sitzung.protokoll');
      expect.unreachable();
    } catch (error) {
      const e = error as UserError;
      expect(e.code).toBe('file.invalid');
      expect(e.localized('de')).toBe(
        'Die Datei „sitzung.protokoll“ ist fehlerhaft: TOP 7 › Text: unbekannter Inhaltstyp „image“.',
      );
      expect(e.localized('en')).toBe(
        'The file “sitzung.protokoll” is invalid: item 7 › text: unknown content type “image”.',
      );
    }
  });

  it('reports a missing required field', () => {
    const doc = JSON.parse(serializeProtokoll(baseDoc()));
    delete doc.document.items[0].title;
    try {
      parseProtokoll(JSON.stringify(doc), 's');
      expect.unreachable();
    } catch (error) {
      expect((error as UserError).localized('de')).toContain('title: Angabe fehlt');
    }
  });
});

describe('a document as JSON text (what the app sends to export)', () => {
  it('gives the same document as the object it was made from', () => {
    const doc = baseDoc();
    expect(parseDocumentJson(JSON.stringify(doc), 'Protokoll')).toEqual(doc);
  });

  it('refuses what a file would be refused for, quoting no text of it', () => {
    const good = JSON.stringify(baseDoc());
    expect(codeOf(() => parseDocumentJson('{"id": SECRET', 'Protokoll'))).toBe('file.notJson');
    try {
      parseDocumentJson('{"id": SECRET', 'Protokoll');
    } catch (error) {
      expect((error as UserError).localized('de')).not.toContain('SECRET');
    }
    expect(codeOf(() => parseDocumentJson(`{"id":"a",${good.slice(1)}`, 'Protokoll'))).toBe(
      'file.duplicateKey',
    );
    expect(codeOf(() => parseDocumentJson('['.repeat(5000) + ']'.repeat(5000), 'P'))).toBe(
      'file.tooDeep',
    );
    expect(codeOf(() => parseDocumentJson('{"items":"keine"}', 'Protokoll'))).toBe('file.invalid');
    // A whole file (with its envelope) is not a document.
    expect(codeOf(() => parseDocumentJson(serializeProtokoll(baseDoc()), 'P'))).toBe(
      'file.invalid',
    );
  });
});

describe('migrations', () => {
  it('opens a version-1 file as a draft with an empty review record', async () => {
    const { readFileSync } = await import('node:fs');
    const v1 = readFileSync(
      new URL('../../test/fixtures/files/v1-stuttgart.protokoll', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(v1).schemaVersion).toBe(1);
    const doc = parseProtokoll(v1, 'v1.protokoll');
    expect(doc.workflow).toEqual({ state: 'draft', history: [] });
    expect(doc.signatures).toEqual([]);
    expect(doc.items[0]!.number).toBe('12');
    // saving writes the current version, which loads back unchanged
    expect(JSON.parse(serializeProtokoll(doc)).schemaVersion).toBe(SCHEMA_VERSION);
    expect(parseProtokoll(serializeProtokoll(doc), 'v2')).toEqual(doc);
  });
});
