import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_ZIP } from '../../../host/export/render';
import { loadFonts } from '../../../host/fonts';
import { unzip } from '../../../test/support/docx';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from '../../../test/support/seed';
import {
  demoKeyring,
  SIGNED_EXAMPLE,
  signedExampleWithCorrection,
} from '../../../test/support/review';
import { parseProtokoll } from '../../file/format';
import type { ProtocolDocument } from '../../model/schema';
import { buildSampleMeeting } from '../../sample/sample';
import type { FontSet } from '../fonts';
import {
  buildPrintDocument,
  type PrintBlock,
  type PrintComment,
  type PrintDocument,
  type PrintInline,
} from '../print-model';
import type { FontTails } from './options';
import { renderDocx } from './render';

/**
 * The fast path (our string writers: emit-xml.ts for the body, package-xml.ts for every other
 * part, without the docx library; with docx for documents that carry Word comments) against
 * the reference (docx's object tree, emit-docx.ts, and docx's compiler): the same print
 * document must give the same package, part for part and byte for byte, embedded fonts
 * included. Every other DOCX test (LibreOffice opening the file, Word's expectations) then
 * holds for both.
 */

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadFonts();
});

const NOW = new Date('2026-11-27T10:00:00Z');

async function parts(
  print: PrintDocument,
  body: 'xml' | 'docx',
  embedFonts = false,
  fontKeys?: readonly string[],
  fontTails?: FontTails,
): Promise<Map<string, string>> {
  const bytes = await renderDocx(print, {
    fonts,
    embedFonts,
    now: NOW,
    body,
    zip: NODE_ZIP,
    ...(fontKeys ? { fontKeys } : {}),
    ...(fontTails ? { fontTails } : {}),
  });
  // Latin-1 keeps every byte as one character: font files compare byte for byte too.
  const decoder = new TextDecoder('latin1');
  return new Map([...unzip(bytes)].map(([path, data]) => [path, decoder.decode(data)]));
}

/** The keys docx gave the embedded faces, in the order of the faces. */
const fontKeysOf = (fontTable: string): string[] =>
  [...fontTable.matchAll(/w:fontKey="\{([0-9A-F-]+)\}"/g)].map((m) => m[1]!.toLowerCase());

/** Fails with the first differing part and the place it differs at, not a wall of XML. */
async function expectSame(
  print: PrintDocument,
  embedFonts = false,
  fontTails?: FontTails,
): Promise<void> {
  const reference = await parts(print, 'docx', embedFonts);
  const keys = fontKeysOf(reference.get('word/fontTable.xml') ?? '');
  expect(keys.length > 0).toBe(embedFonts);
  const fast = await parts(print, 'xml', embedFonts, keys, fontTails);
  expect([...fast.keys()]).toEqual([...reference.keys()]);
  for (const [path, want] of reference) {
    const got = fast.get(path)!;
    if (got === want) continue;
    let at = 0;
    while (at < got.length && got[at] === want[at]) at++;
    expect({ path, fast: got.slice(Math.max(0, at - 200), at + 200) }).toEqual({
      path,
      fast: want.slice(Math.max(0, at - 200), at + 200),
    });
  }
}

const load = (path: string): ProtocolDocument => parseProtokoll(readFileSync(path, 'utf8'), 'x');

describe('DOCX body writer: the fast path writes what docx writes', () => {
  it('for the seed (Stuttgart, TOP 12), whole and as an extract', async () => {
    const seed = load(STUTTGART_EXAMPLE);
    await expectSame(buildPrintDocument(seed));
    await expectSame(buildPrintDocument(seed, { extractItemId: seed.items[0]!.id }));
  });

  it('for the Kleinweiler meeting, whole, public only and in the per-item form', async () => {
    const meeting = load(KLEINWEILER_EXAMPLE);
    await expectSame(buildPrintDocument(meeting));
    await expectSame(buildPrintDocument(meeting, { publicOnly: true }));
    await expectSame(buildPrintDocument({ ...meeting, form: 'per-item' }));
  });

  it('for signed minutes, confirmed and not, and with a correction after them', async () => {
    const keyring = demoKeyring();
    await expectSame(buildPrintDocument(load(SIGNED_EXAMPLE)));
    await expectSame(buildPrintDocument(load(SIGNED_EXAMPLE), { keyring }));
    await expectSame(buildPrintDocument(signedExampleWithCorrection(), { keyring }));
  });

  it('for the sample meeting with a long first item (lists, a table, votes)', async () => {
    await expectSame(buildPrintDocument(buildSampleMeeting({ tops: 6, itemPages: 4 })));
  });

  it('with the fonts embedded: the font table, its relationships and the ODTTF faces', async () => {
    const seed = load(STUTTGART_EXAMPLE);
    await expectSame(buildPrintDocument(seed), true);
    // Italic text brings the two italic faces along.
    const italic = buildPrintDocument(seed);
    italic.parts[0]!.sections[0]!.items[0]!.blocks.push({
      kind: 'paragraph',
      inlines: [{ text: 'kursiv', italic: true }],
    });
    await expectSame(italic, true);
    const files = await parts(italic, 'xml', true);
    expect([...files.keys()].filter((p) => p.endsWith('.odttf'))).toHaveLength(4);
  });

  it('with the faces deflated ahead (as the CLI build makes them): the same faces', async () => {
    const tails: FontTails = {};
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      tails[face] = new Uint8Array(deflateRawSync(fonts[face].subarray(32), { level: 9 }));
    }
    const seed = load(STUTTGART_EXAMPLE);
    const italic = buildPrintDocument(seed);
    italic.parts[0]!.sections[0]!.items[0]!.blocks.push({
      kind: 'paragraph',
      inlines: [{ text: 'kursiv', italic: true }],
    });
    // unzip inflates each face: the stored head and the tail's stream read as one face.
    await expectSame(italic, true, tails);
    // And the made-ahead streams are what the file carries.
    const bytes = Buffer.from(
      await renderDocx(italic, { fonts, now: NOW, zip: NODE_ZIP, fontTails: tails }),
    );
    for (const tail of Object.values(tails))
      expect(bytes.indexOf(Buffer.from(tail))).toBeGreaterThan(0);
  });

  it('for signed minutes in English, and a meeting with no text in its parts', async () => {
    const signed = load(SIGNED_EXAMPLE);
    await expectSame(buildPrintDocument({ ...signed, language: 'en-GB' } as ProtocolDocument));
    const meeting = load(KLEINWEILER_EXAMPLE);
    const print = buildPrintDocument({ ...meeting, form: 'per-item' });
    for (const part of print.parts) part.sections = [];
    await expectSame(print);
  });

  it('keeps words docx takes for page fields (CURRENT, TOTAL_PAGES, SECTION) as text', async () => {
    // docx's own runs turn a text piece of exactly such a word into a field; ours do not.
    const print = buildPrintDocument(load(STUTTGART_EXAMPLE));
    print.parts[0]!.sections[0]!.items[0]!.blocks.push({
      kind: 'paragraph',
      inlines: [{ text: 'CURRENT' }, { text: 'a\tTOTAL_PAGES' }, { text: 'SECTION', bold: true }],
    });
    const xml = (await parts(print, 'xml')).get('word/document.xml')!;
    for (const word of ['CURRENT', 'TOTAL_PAGES', 'SECTION']) {
      expect(xml).toContain(`<w:t xml:space="preserve">${word}</w:t>`);
    }
    expect(xml).not.toContain('<w:fldChar');
  });

  it('for any blocks: formatting, changes, comments, nested lists, tables, quotes', async () => {
    await fc.assert(
      fc.asyncProperty(printWithBlocks, async (print) => expectSame(print)),
      { numRuns: 40 },
    );
  });
});

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a\nb', '\t', 'x\ty\n', '<&>"\'', ']]>', '\u0001\u0008\ud800', 'ä€𝄞', ''),
);

const THREADS = ['c1', 'c2', 'c3'];

const inline: fc.Arbitrary<PrintInline> = fc.record(
  {
    text,
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: fc.boolean(),
    strike: fc.boolean(),
    subscript: fc.boolean(),
    superscript: fc.boolean(),
    change: fc.record({
      kind: fc.constantFrom('insert' as const, 'delete' as const),
      author: fc.constantFrom('BM Dr. Mayer', 'A & "B"'),
      date: fc.constant('2018-07-03T10:01:00Z'),
    }),
    comments: fc.subarray(THREADS, { minLength: 1 }),
  },
  { requiredKeys: ['text'] },
);

const paragraphBlock = fc.record(
  {
    kind: fc.constant('paragraph' as const),
    inlines: fc.array(inline, { maxLength: 4 }),
    role: fc.constantFrom('sectionTitle' as const, 'vote' as const, 'finding' as const),
  },
  { requiredKeys: ['kind', 'inlines'] },
);

const { block } = fc.letrec<{ block: PrintBlock }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    paragraphBlock,
    fc.record({
      kind: fc.constant('heading' as const),
      level: fc.constantFrom(1 as const, 2 as const, 3 as const),
      text,
      outline: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('list' as const),
      ordered: fc.boolean(),
      start: fc.integer({ min: 0, max: 12 }),
      items: fc.array(fc.array(tie('block'), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('table' as const),
      rows: fc.array(
        fc.array(
          fc.record({
            header: fc.boolean(),
            colSpan: fc.integer({ min: 1, max: 2 }),
            blocks: fc.array(tie('block'), { maxLength: 2 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    fc.record({
      kind: fc.constant('quote' as const),
      blocks: fc.array(tie('block'), { maxLength: 2 }),
    }),
  ),
}));

const thread = (id: string, resolved: boolean): PrintComment => ({
  id,
  itemId: 'i',
  author: 'BM Dr. Mayer',
  createdAt: '2018-07-03T10:00:00Z',
  text: 'Bitte kürzen.\nZwei Sätze.',
  resolved,
  replies: [{ author: 'Herr Häbe', createdAt: '2018-07-03T11:00:00Z', text: 'Ja.' }],
});

const printWithBlocks: fc.Arbitrary<PrintDocument> = fc
  .record({
    blocks: fc.array(block, { maxLength: 6 }),
    draft: fc.boolean(),
    heading: fc.constantFrom('', 'TOP 1: Haushalt'),
    resolved: fc.boolean(),
    twoParts: fc.boolean(),
    // Without comments the package is written without docx; with them, docx writes it.
    withComments: fc.boolean(),
    footerLabel: fc.constantFrom('Niederschrift Nr. 1', '', 'A & <B> "C"', 'SECTION', 'CURRENT'),
    unconfirmed: fc.boolean(),
    language: fc.constantFrom('de-DE', 'en-GB', ''),
  })
  .map(
    ({
      blocks,
      draft,
      heading,
      resolved,
      twoParts,
      withComments,
      footerLabel,
      unconfirmed,
      language,
    }) => {
      const part = (n: number) => ({
        kicker: '',
        title: `Protokoll ${n}`,
        footerLabel: n === 1 ? footerLabel : `Niederschrift Nr. ${n}`,
        header: [],
        attendance: null,
        findings: [],
        sections: [{ heading: '', items: [{ id: 'i', heading, header: [], blocks }] }],
        signatories: [],
      });
      return {
        meta: { title: 'T', author: 'A', subject: 'S', keywords: [], language },
        draft,
        ...(draft ? {} : { unconfirmed }),
        parts: twoParts ? [part(1), part(2)] : [part(1)],
        signOff: null,
        corrections: [],
        comments: withComments
          ? [thread('c1', false), thread('c2', resolved), thread('c9', false)]
          : [],
      };
    },
  );
