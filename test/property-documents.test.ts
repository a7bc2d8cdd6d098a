import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content, numberedList, paragraph, section, table, text } from '../core/content/build';
import { parseProtokollBytes, serializeProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { findTemplate } from '../core/templates/registry';
import { instantiateTemplate } from '../core/templates/instantiate';
import { renderExport } from '../host/export/render';
import { servicesFor } from './support/host-services';
import { textOf, unzip } from './support/docx';
import { STUTTGART_EXAMPLE } from './support/seed';

/**
 * Properties of whole documents with any text a clerk could type or paste, or another program
 * could put into a file: every Unicode code point (astral ones, controls, lone surrogates, bidi
 * marks, markup look-alikes). Saved and loaded, a document is itself again; exported, every
 * text of it is in the DOCX and in the print HTML, as text.
 */

/** Text of every kind; the constants are the ones that broke other programs' exporters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary-ascii', maxLength: 24 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src="http://example.org/x.png" onerror="alert(1)">',
    '&amp; &lt; &#0; &bogus;',
    ']]> <![CDATA[ x ]]>',
    '</w:t><w:t>eingeschoben',
    '"\'`',
    'ÄÖÜäöüß €',
    '👩‍⚖️ Vorsitz 𝔄𝔟𝔰𝔞𝔱𝔷',
    '\u0000\u0007\u001b\u007f\u0085\u009f',
    '\ud800 einsam',
    'a\udc00b',
    '\u2028\u2029\ufeff\ufffe\uffff',
    'x\r\ny\tz',
    '\u202e rückwärts \u202c',
  ),
);

/** Letters and digits at both ends, so a text stays findable after whitespace is folded. */
const anchored = anyText.map((value) => `Q${value}Z`);

const base = (): ProtocolDocument => instantiateTemplate(findTemplate('gemeinderat-sitzung')!);

interface Texts {
  bodyName: string;
  items: {
    title: string;
    public: boolean;
    runs: [string, number][][];
    list: string[];
    cells: string[][];
  }[];
}

const textsArb: fc.Arbitrary<Texts> = fc.record({
  bodyName: anchored,
  items: fc.array(
    fc.record({
      title: anchored,
      public: fc.boolean(),
      runs: fc.array(
        fc.array(fc.tuple(anchored, fc.integer({ min: 0, max: 15 })), {
          minLength: 1,
          maxLength: 3,
        }),
        {
          maxLength: 3,
        },
      ),
      list: fc.array(anchored, { maxLength: 3 }),
      cells: fc.array(fc.array(anchored, { minLength: 2, maxLength: 2 }), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

function documentOf(texts: Texts): ProtocolDocument {
  const doc = base();
  doc.body = { ...doc.body, name: texts.bodyName };
  doc.items = texts.items.map((item, i) => ({
    id: `top-${i}`,
    number: String(i + 1),
    title: item.title,
    public: item.public,
    paperRef: '',
    fileRef: '',
    rapporteur: '',
    treatment: 'Beschluss',
    minutesNumber: '',
    content: content([
      section('sachverhalt', 'Sachverhalt:', true, [
        ...item.runs.map((runs) =>
          paragraph(...runs.map(([value, format]) => text(value, format))),
        ),
        ...(item.list.length ? [numberedList(item.list.map((value) => [text(value)]))] : []),
        ...(item.cells.length ? [table(item.cells)] : []),
      ]),
    ]),
  }));
  return doc;
}

/** Every text the document holds that an export must show. */
function textsOf(texts: Texts): string[] {
  return [
    texts.bodyName,
    ...texts.items.flatMap((item) => [
      item.title,
      ...item.runs.flat().map(([value]) => value),
      ...item.list,
      ...item.cells.flat(),
    ]),
  ];
}

/**
 * What of a text a page or a Word file can show, as a sequence of visible characters: characters
 * no printed text carries (controls, noncharacters, lone surrogates, their replacement character,
 * invisible format marks) are dropped, and so is white space of any kind, because the exporters
 * may turn a line break into a break element and fold spaces. Applied to both sides.
 */
function visible(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF\uFEFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/[\s\u200B-\u200F\u202A-\u202E\u2060-\u206F]+/g, '')
  );
}

type Node = DefaultTreeAdapterMap['node'];

/** The text of an HTML page as a reader sees it: text nodes, line breaks at <br> and blocks. */
function htmlText(html: string): { text: string; elements: string[]; attributes: string[] } {
  const elements: string[] = [];
  const attributes: string[] = [];
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') {
      out += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if ('tagName' in node) {
      elements.push(node.tagName);
      for (const attr of node.attrs) attributes.push(`${attr.name}=${attr.value}`);
      if (node.tagName === 'style' || node.tagName === 'head') return;
      out += '\n';
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('tagName' in node) out += '\n';
  };
  walk(parse(html));
  return { text: out, elements, attributes };
}

/** Code points XML 1.0 does not allow, raw or as `&#…;` references. */
function xmlForbidden(xml: string): number[] {
  const allowed = (c: number) =>
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff);
  const found: number[] = [];
  for (const ch of xml) if (!allowed(ch.codePointAt(0)!)) found.push(ch.codePointAt(0)!);
  for (const [, dec, hex] of xml.matchAll(/&#(?:(\d+)|x([0-9a-fA-F]+));/g)) {
    const c = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (!allowed(c)) found.push(c);
  }
  return found;
}

/** The text of every WordprocessingML part (body, headers, footers). */
function docxText(bytes: Uint8Array): string {
  const parts = unzip(bytes);
  let out = '';
  for (const [name, data] of parts) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
    const xml = new TextDecoder('utf-8', { fatal: true }).decode(data);
    // XML 1.0 cannot hold these, not even as a character reference: Word refuses the file.
    expect(xmlForbidden(xml), name).toEqual([]);
    // Text only inside w:t: every "<" of the part starts an element of WordprocessingML.
    expect(xml.match(/<(?![a-zA-Z?!/]|\/)/g), name).toBeNull();
    for (const paragraphXml of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
      out += `${textOf(paragraphXml)}\n`;
    }
  }
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-property-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('save and load keep every character', () => {
  it('serialize → UTF-8 bytes → parse gives the same document, byte for byte on the second save', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        const doc = documentOf(texts);
        const bytes = new TextEncoder().encode(serializeProtokoll(doc));
        const loaded = parseProtokollBytes(bytes, 'a.protokoll');
        expect(loaded).toEqual(doc);
        expect(serializeProtokoll(loaded)).toBe(serializeProtokoll(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('through the app: DocumentSessions save to disk, open again, same document', async () => {
    const file = join(dir, 'rund.protokoll');
    await copyFile(STUTTGART_EXAMPLE, file);
    const { documents } = servicesFor(join(dir, 'user-data'));
    const caller = { owner: 'property' };
    await fc.assert(
      fc.asyncProperty(textsArb, async (texts) => {
        const doc = documentOf(texts);
        const opened = await documents.open(caller, file);
        await documents.save(caller, {
          handle: opened.handle,
          document: doc,
          path: null,
          force: false,
        });
        await documents.close(caller, opened.handle);
        const again = await documents.open(caller, file);
        expect(again.document).toEqual(doc);
        await documents.close(caller, again.handle);
        // The bytes on disk are valid UTF-8: lone surrogates went in as \u escapes.
        new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('exports carry every text, as text', () => {
  it('DOCX: each text is in the Word parts, escaped; no character Word refuses', async () => {
    await fc.assert(
      fc.asyncProperty(textsArb, async (texts) => {
        const bytes = await renderExport(documentOf(texts), 'docx');
        const haystack = visible(docxText(bytes));
        for (const value of textsOf(texts)) {
          expect(haystack, JSON.stringify(value)).toContain(visible(value));
        }
      }),
      { numRuns: 40 },
    );
  }, 180_000);

  it('print HTML: each text is in the text nodes; no markup of it became elements', async () => {
    await fc.assert(
      fc.asyncProperty(textsArb, async (texts) => {
        const html = new TextDecoder().decode(await renderExport(documentOf(texts), 'html'));
        const page = htmlText(html);
        const haystack = visible(page.text);
        for (const value of textsOf(texts)) {
          expect(haystack, JSON.stringify(value)).toContain(visible(value));
        }
        expect(page.elements).not.toContain('script');
        expect(page.elements).not.toContain('img');
        expect(page.elements).not.toContain('iframe');
        expect(page.attributes.filter((a) => /^on/i.test(a))).toEqual([]);
        expect(
          page.attributes.filter((a) => /(src|href)=\s*(https?:|\/\/|javascript:)/i.test(a)),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 180_000);

  it('a line break written as CR (old Mac, some RIS exports) is a break in both exports', async () => {
    const doc = documentOf({
      bodyName: 'Gemeinderat',
      items: [
        {
          title: 'Punkt',
          public: true,
          runs: [[['erste Zeile\rzweite Zeile', 0]]],
          list: [],
          cells: [],
        },
      ],
    });
    const docx = docxText(await renderExport(doc, 'docx'));
    const html = htmlText(new TextDecoder().decode(await renderExport(doc, 'html'))).text;
    // Whatever the break becomes, the two lines must not run into one word.
    expect(docx).toMatch(/erste Zeile\s+zweite Zeile/);
    expect(html).toMatch(/erste Zeile\s+zweite Zeile/);
  });
});
