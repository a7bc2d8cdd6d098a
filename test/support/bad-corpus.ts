import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_ID, SCHEMA_VERSION } from '../../core/file/format';
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
];

/** Writes the corpus into `dir`; returns the entries with their paths. */
export function writeBadCorpus(dir: string): (BadEntry & { path: string })[] {
  return BAD_FILES.map((entry) => {
    const path = join(dir, entry.name);
    writeFileSync(path, entry.bytes());
    return { ...entry, path };
  });
}
