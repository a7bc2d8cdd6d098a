import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../host/fonts';
import { docxPart, paragraphs, tableRows, textOf, unzip } from '../../../test/support/docx';
import { KLEINWEILER_EXAMPLE, SEED_HEADER, STUTTGART_EXAMPLE } from '../../../test/support/seed';
import {
  CORRECTION,
  demoKeyring,
  SIGNED_EXAMPLE,
  signedExampleWithCorrection,
} from '../../../test/support/review';
import { verifyDocument } from '../../review/verify';
import { paragraph } from '../../content/build';
import { parseProtokoll } from '../../file/format';
import type { ProtocolDocument } from '../../model/schema';
import type { FontSet } from '../fonts';
import { mmToTwip, PAGE } from '../house-layout';
import { buildPrintDocument, type PrintBlock, type PrintDocument } from '../print-model';
import { renderDocx } from './render';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadFonts();
});

const load = (path: string, name: string): ProtocolDocument =>
  parseProtokoll(readFileSync(path, 'utf8'), name);

const render = (print: PrintDocument, embedFonts = false) =>
  renderDocx(print, { fonts, embedFonts, now: new Date('2026-11-27T10:00:00Z') });

/** A one-part print document holding the given blocks, for the block-level tests. */
function withBlocks(blocks: PrintBlock[], overrides: Partial<PrintDocument> = {}): PrintDocument {
  return {
    meta: { title: 'T', author: 'A', subject: 'S', keywords: [], language: 'de-DE' },
    draft: true,
    parts: [
      {
        kicker: '',
        title: 'Protokoll: Testausschuss',
        footerLabel: 'Niederschrift Nr. 1',
        header: [],
        attendance: null,
        findings: [],
        sections: [{ heading: '', items: [{ id: 'i', heading: '', header: [], blocks }] }],
        signatories: [],
      },
    ],
    signOff: null,
    corrections: [],
    comments: [],
    ...overrides,
  };
}

/** Byte equality without a deep-equal walk over hundreds of kilobytes. */
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

const para = (text: string): PrintBlock => ({ kind: 'paragraph', inlines: [{ text }] });

/** The signed example with its text changed after signing: still "approved", no longer valid. */
function tampered(): ProtocolDocument {
  const document = load(SIGNED_EXAMPLE, 'signed');
  document.items[0]!.content.root.children.push(paragraph('Nachträglich eingefügt.'));
  return document;
}

describe('renderDocx: page and styles', () => {
  it('is an A4 page with the house margins', async () => {
    const xml = docxPart(
      await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's'))),
      'word/document.xml',
    );
    expect(xml).toContain(
      `<w:pgSz w:w="${mmToTwip(210)}" w:h="${mmToTwip(297)}" w:orient="portrait"/>`,
    );
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    expect(margin).toContain(`w:top="${mmToTwip(PAGE.marginTopMm)}"`);
    expect(margin).toContain(`w:bottom="${mmToTwip(PAGE.marginBottomMm)}"`);
    expect(margin).toContain(`w:left="${mmToTwip(PAGE.marginLeftMm)}"`);
    expect(margin).toContain(`w:right="${mmToTwip(PAGE.marginRightMm)}"`);
  });

  it('has Word’s named styles, German as language and Arimo in every script slot', async () => {
    const styles = docxPart(
      await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's'))),
      'word/styles.xml',
    );
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1];
    const names: Record<string, string> = {
      Normal: 'Normal',
      Title: 'Title',
      Heading1: 'heading 1',
      Heading2: 'heading 2',
      Heading3: 'heading 3',
      ListNumber: 'List Number',
      ListBullet: 'List Bullet',
    };
    for (const [id, name] of Object.entries(names)) {
      expect(style(id), id).toContain(`<w:name w:val="${name}"/>`);
    }
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1]!;
    for (const xml of [defaults, style('Normal')!]) {
      expect(xml).toContain('<w:lang w:val="de-DE" w:eastAsia="de-DE"/>');
      const fontsXml = /<w:rFonts ([^>]*)\/>/.exec(xml)![1]!;
      for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'])
        expect(fontsXml).toContain(`w:${slot}="Arimo"`);
    }
    expect(style('Normal')).toContain('<w:sz w:val="22"/>');
    expect(style('Title')).toContain('<w:b/>');
  });

  it('embeds the Arimo faces the text uses when asked, and none otherwise', async () => {
    const print = buildPrintDocument(load(STUTTGART_EXAMPLE, 's'));
    const fontFiles = (files: Map<string, Uint8Array>) =>
      [...files.keys()].filter((p) => p.startsWith('word/fonts/')).sort();
    const faces = (files: Map<string, Uint8Array>) =>
      [
        ...new TextDecoder().decode(files.get('word/fontTable.xml')).matchAll(/<w:(embed\w+) /g),
      ].map((m) => m[1]);
    // The reference has no italics: regular and bold only.
    const plainText = unzip(await render(print, true));
    expect(fontFiles(plainText)).toEqual(['word/fonts/font1.odttf', 'word/fonts/font2.odttf']);
    expect(faces(plainText)).toEqual(['embedRegular', 'embedBold']);
    expect(docxPart(await render(print, true), 'word/settings.xml')).toContain(
      '<w:embedTrueTypeFonts/>',
    );
    // The file beyond its first 32 (obfuscated) bytes is the font itself.
    const regular = plainText.get('word/fonts/font1.odttf')!;
    expect(regular.length).toBe(fonts.regular.length);
    expect(sameBytes(regular.subarray(32), fonts.regular.subarray(32))).toBe(true);
    expect(sameBytes(regular.subarray(0, 32), fonts.regular.subarray(0, 32))).toBe(false);

    const italic = withBlocks([{ kind: 'paragraph', inlines: [{ text: 'schräg', italic: true }] }]);
    const withItalic = unzip(await render(italic, true));
    expect(fontFiles(withItalic)).toHaveLength(4);
    expect(faces(withItalic)).toEqual([
      'embedRegular',
      'embedBold',
      'embedItalic',
      'embedBoldItalic',
    ]);
    const italicFile = withItalic.get('word/fonts/font3.odttf')!;
    expect(sameBytes(italicFile.subarray(32), fonts.italic.subarray(32))).toBe(true);

    const none = unzip(await render(print, false));
    expect(fontFiles(none)).toEqual([]);
  });
});

describe('renderDocx: the Niederschrift', () => {
  it('prints the title and the header table rows in the layout’s order', async () => {
    const xml = docxPart(
      await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's'))),
      'word/document.xml',
    );
    const title = paragraphs(xml).find((p) => p.style === 'Title');
    expect(title?.text).toBe(`${SEED_HEADER[0]![0]} ${SEED_HEADER[0]![1]}`);
    const rows = tableRows(xml).slice(0, SEED_HEADER.length - 2);
    expect(rows).toEqual(SEED_HEADER.slice(1, -1).map(([label, value]) => [label, value]));
    // The Betreff is a heading (Word's navigation pane lists it), laid out like a row.
    const [label, value] = SEED_HEADER[SEED_HEADER.length - 1]!;
    const subject = paragraphs(xml).filter((p) => p.style === 'Heading2');
    expect(subject.map((p) => p.text)).toEqual([`${label}\t${value}`]);
    expect(subject[0]!.xml).toContain('<w:keepNext/>');
    // "Verhandlung" has no label: its label cell is empty, the value stands in the value column.
    expect(rows[2]).toEqual(['', 'Verhandlung']);
  });

  it('keeps the header together: rows never split, every paragraph keeps with the next', async () => {
    const xml = docxPart(
      await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's'))),
      'word/document.xml',
    );
    const header = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)![1]!;
    const rows = [...header.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)];
    expect(rows).toHaveLength(SEED_HEADER.length - 2);
    for (const [row] of rows) expect(row).toContain('<w:cantSplit/>');
    for (const p of paragraphs(header)) expect(p.xml).toContain('<w:keepNext/>');
  });

  it('numbers the Beschlussantrag as one decimal list of three, in List Number style', async () => {
    const bytes = await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's')));
    const items = paragraphs(docxPart(bytes, 'word/document.xml')).filter((p) => p.numId);
    expect(items).toHaveLength(3);
    expect(new Set(items.map((p) => p.numId)).size).toBe(1);
    expect(items.every((p) => p.style === 'ListNumber' && p.level === '0')).toBe(true);
    expect(items[0]!.text).toMatch(/^Dem Maßnahmenpaket/);
    const numbering = docxPart(bytes, 'word/numbering.xml');
    const num = new RegExp(`<w:num w:numId="${items[0]!.numId}">([\\s\\S]*?)</w:num>`).exec(
      numbering,
    )![1]!;
    const abstractId = /<w:abstractNumId w:val="(\d+)"\/>/.exec(num)![1];
    expect(num).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    const abstract = new RegExp(
      `<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>([\\s\\S]*?)</w:abstractNum>`,
    ).exec(numbering)![1]!;
    const level0 = /<w:lvl w:ilvl="0"[^>]*>([\s\S]*?)<\/w:lvl>/.exec(abstract)![1]!;
    expect(level0).toContain('<w:numFmt w:val="decimal"/>');
    expect(level0).toContain('<w:lvlText w:val="%1."/>');
  });

  it('has the footer label and real PAGE and NUMPAGES fields', async () => {
    const bytes = await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's')));
    const document = docxPart(bytes, 'word/document.xml');
    const footerId = /<w:footerReference w:type="default" r:id="(rId\d+)"\/>/.exec(document)![1];
    const rels = docxPart(bytes, 'word/_rels/document.xml.rels');
    const target =
      new RegExp(`Id="${footerId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${footerId}"`).exec(rels)![1];
    const footer = docxPart(bytes, `word/${target}`);
    const instructions = [...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map(
      (m) => m[1]!.trim(),
    );
    expect(instructions).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer)).toBe('Niederschrift Nr. 233 – Seite  von ');
    expect(footer.indexOf('Seite')).toBeLessThan(footer.indexOf('PAGE'));
    expect(footer.indexOf('PAGE<')).toBeLessThan(footer.indexOf(' von '));
  });

  it('writes title, creator, subject, keywords and language into the document properties', async () => {
    const print = buildPrintDocument(load(STUTTGART_EXAMPLE, 's'));
    const core = docxPart(await render(print), 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${print.meta.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Herr Häbe</dc:creator>');
    expect(core).toContain(
      '<dc:subject>Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart, 27.06.2018</dc:subject>',
    );
    expect(core).toContain(
      '<cp:keywords>Niederschrift, Der Verwaltungsausschuss, TOP 12, Drucksache 288/2018</cp:keywords>',
    );
    expect(core).toContain('<dc:language>de-DE</dc:language>');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-27T10:00:00Z</dcterms:created>',
    );
  });

  it('marks every page of a draft ENTWURF, and nothing of validly signed minutes', async () => {
    const draft = await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's')));
    const draftDocument = docxPart(draft, 'word/document.xml');
    expect(draftDocument).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
    const headerPath = [...unzip(draft).keys()].find((p) => /^word\/header\d+\.xml$/.test(p))!;
    const header = docxPart(draft, headerPath);
    expect(textOf(header)).toBe('ENTWURF – nicht freigegeben');
    const styles = docxPart(draft, 'word/styles.xml');
    expect(/w:styleId="DraftMark"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain(
      '<w:color w:val="C2410C"/>',
    );

    const signed = load(SIGNED_EXAMPLE, 'signed');
    expect(verifyDocument(signed).complete).toBe(true);
    const final = await render(buildPrintDocument(signed, { keyring: demoKeyring() }));
    expect(docxPart(final, 'word/document.xml')).not.toContain('headerReference');
    // Without the keyring nothing confirms the keys: every page says so instead of looking final.
    const unconfirmed = await render(buildPrintDocument(signed));
    const markPath = [...unzip(unconfirmed).keys()].find((p) => /^word\/header\d+\.xml$/.test(p));
    expect(textOf(docxPart(unconfirmed, markPath!))).toBe('Unterschriften nicht bestätigt');
    for (const [path, data] of unzip(final)) {
      if (path.endsWith('.xml')) {
        expect(new TextDecoder().decode(data), path).not.toMatch(/ENTWURF|nicht freigegeben/);
      }
    }
  });

  it('prints ENTWURF on minutes that say "approved" but whose text changed after signing', async () => {
    const document = tampered();
    expect(document.workflow.state).toBe('approved');
    expect(verifyDocument(document).complete).toBe(false);
    const bytes = await render(buildPrintDocument(document));
    const headerPath = [...unzip(bytes).keys()].find((p) => /^word\/header\d+\.xml$/.test(p));
    expect(headerPath).toBeDefined();
    expect(textOf(docxPart(bytes, headerPath!))).toBe('ENTWURF – nicht freigegeben');
    // No place counts as signed, and the line under them says the signatures do not hold.
    const text = paragraphs(docxPart(bytes, 'word/document.xml')).map((p) => p.text);
    expect(text.some((t) => t.startsWith('elektronisch unterzeichnet'))).toBe(false);
    expect(text.at(-1)).toMatch(
      /^Elektronische Unterzeichnung nicht vollständig gültig\. Prüfsumme \(SHA-256\): [0-9a-f]{4}( [0-9a-f]{4}){15} —/,
    );
  });

  it('gives the meeting form its attendance, findings, parts and items in order', async () => {
    const print = buildPrintDocument(load(KLEINWEILER_EXAMPLE, 'k'));
    const part = print.parts[0]!;
    const attendance = part.attendance!;
    const all = paragraphs(docxPart(await render(print), 'word/document.xml'));
    const text = all.map((p) => p.text);
    const at = (line: string) => {
      const index = text.indexOf(line);
      expect(index, line).toBeGreaterThanOrEqual(0);
      return index;
    };
    const entry = (e: { name: string; note: string }) => (e.note ? `${e.name}, ${e.note}` : e.name);
    expect(all.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Tagesordnung',
      'Anwesenheit',
      'Öffentlicher Teil',
      'Nichtöffentlicher Teil',
    ]);
    const [publicPart, closedPart] = part.sections;
    const items = all.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(items).toEqual([...publicPart!.items, ...closedPart!.items].map((i) => i.heading));
    // Attendance: each list under its label, in the summary's order, notes after the name.
    const members = attendance.members.map(entry);
    expect(members.some((m) => /, (ab|bis) TOP /.test(m))).toBe(true);
    expect(members.map(at)).toEqual(members.map((_, i) => at('Mitglieder:') + 1 + i));
    const absent = attendance.absent.map(entry);
    expect(absent.length).toBeGreaterThan(0);
    expect(absent.map(at)).toEqual(absent.map((_, i) => at('Abwesend:') + 1 + i));
    const count = `Anwesend: ${attendance.presentCount} von ${attendance.memberTotal} Mitgliedern`;
    expect(at(count)).toBeGreaterThan(at('Schriftführung:'));
    expect(at(part.findings[0]!)).toBeGreaterThan(at(count));
    expect(at(part.findings[0]!)).toBeLessThan(at('Öffentlicher Teil'));
    expect(at('Öffentlicher Teil')).toBeLessThan(at(items[0]!));
    const firstClosed = publicPart!.items.length;
    expect(at('Nichtöffentlicher Teil')).toBeGreaterThan(at(items[firstClosed - 1]!));
    expect(at('Nichtöffentlicher Teil')).toBeLessThan(at(items[firstClosed]!));
    // an item's own header rows follow its heading: label and value cells
    const withHeader = publicPart!.items.find((i) => i.header.length > 0)!;
    expect(text.slice(at(withHeader.heading) + 1, at(withHeader.heading) + 3)).toEqual([
      withHeader.header[0]!.label,
      withHeader.header[0]!.value,
    ]);
  });

  it('ends each part with a signature block that never splits', async () => {
    const xml = docxPart(
      await render(buildPrintDocument(load(KLEINWEILER_EXAMPLE, 'k'))),
      'word/document.xml',
    );
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    const signatures = tables[tables.length - 1]!;
    expect(tableRows(`<w:tbl>${signatures}</w:tbl>`)).toEqual([
      // the empty first paragraph of a cell is the signature line
      ['\nBMin Keller\nVorsitz', '', '\nGR Albrecht\nMitglied des Gemeinderats'],
      ['\nGRin Koch\nMitglied des Gemeinderats', '', '\nFrau Schmid\nSchriftführung'],
    ]);
    const rows = [...signatures.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    for (const p of paragraphs(rows[0]!)) expect(p.xml).toContain('<w:keepNext/>');
    // the paragraph before the block keeps with it
    const before = paragraphs(xml.slice(0, xml.lastIndexOf('<w:tbl>'))).pop()!;
    expect(before.xml).toContain('<w:keepNext/>');
  });

  it('prints its own texts in the document’s language: German by default, English for en-*', async () => {
    const footerAndHeader = async (language: string) => {
      const print = withBlocks([para('x')]);
      print.meta.language = language;
      const bytes = await render(print);
      const part = (prefix: string) => {
        const path = [...unzip(bytes).keys()].find((p) => p.startsWith(`word/${prefix}`))!;
        return textOf(docxPart(bytes, path));
      };
      return [part('footer'), part('header'), docxPart(bytes, 'word/styles.xml')];
    };
    const [deFooter, deHeader, deStyles] = await footerAndHeader('de-DE');
    expect(deFooter).toBe('Niederschrift Nr. 1 – Seite  von ');
    expect(deHeader).toBe('ENTWURF – nicht freigegeben');
    expect(deStyles).toContain('<w:lang w:val="de-DE" w:eastAsia="de-DE"/>');
    const [enFooter, enHeader, enStyles] = await footerAndHeader('en-GB');
    expect(enFooter).toBe('Niederschrift Nr. 1 – Page  of ');
    expect(enHeader).toBe('ENTWURF – not released');
    expect(enStyles).toContain('<w:lang w:val="en-GB" w:eastAsia="en-GB"/>');
  });

  it('starts each Niederschrift of the per-item form on a page of its own, with its own footer', async () => {
    const document = load(KLEINWEILER_EXAMPLE, 'k');
    document.form = 'per-item';
    document.items.forEach((item, i) => (item.minutesNumber = String(100 + i)));
    const bytes = await render(buildPrintDocument(document));
    const xml = docxPart(bytes, 'word/document.xml');
    const sections = xml.match(/<w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(document.items.length);
    expect(xml).not.toMatch(/<w:type w:val="continuous"\/>/);
    const footers = [...unzip(bytes).keys()].filter((p) => /^word\/footer\d+\.xml$/.test(p));
    const labels = footers.map((p) => textOf(docxPart(bytes, p))).sort();
    expect(labels).toEqual(
      document.items.map((_, i) => `Niederschrift Nr. ${100 + i} – Seite  von `).sort(),
    );
  });
});

describe('renderDocx: blocks', () => {
  it('carries bold, italic, underline, strike, sub- and superscript, line breaks and tabs', async () => {
    const xml = docxPart(
      await render(
        withBlocks([
          {
            kind: 'paragraph',
            inlines: [
              { text: 'fett', bold: true },
              { text: 'kursiv', italic: true },
              { text: 'unter', underline: true },
              { text: 'durch', strike: true },
              { text: '2', subscript: true },
              { text: '3', superscript: true },
              { text: 'Zeile 1\nZeile 2\tTab' },
            ],
          },
        ]),
      ),
      'word/document.xml',
    );
    const p = paragraphs(xml).find((x) => x.text.startsWith('fett'))!;
    expect(p.text).toBe('fettkursivunterdurch23Zeile 1\nZeile 2\tTab');
    const run = (text: string) =>
      new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${text}</w:t></w:r>`).exec(p.xml)![0];
    expect(run('fett')).toContain('<w:b/>');
    expect(run('kursiv')).toContain('<w:i/>');
    expect(run('unter')).toContain('<w:u w:val="single"/>');
    expect(run('durch')).toContain('<w:strike/>');
    expect(run('2')).toContain('<w:vertAlign w:val="subscript"/>');
    expect(run('3')).toContain('<w:vertAlign w:val="superscript"/>');
  });

  it('sets section titles in their bold style and quotes indented', async () => {
    const bytes = await render(
      withBlocks([
        { kind: 'paragraph', inlines: [{ text: 'Beschlussantrag:' }], role: 'sectionTitle' },
        { kind: 'quote', blocks: [para('Zitat')] },
      ]),
    );
    const all = paragraphs(docxPart(bytes, 'word/document.xml'));
    expect(all.find((p) => p.text === 'Beschlussantrag:')?.style).toBe('SectionTitle');
    expect(all.find((p) => p.text === 'Zitat')?.style).toBe('Quote');
    const styles = docxPart(bytes, 'word/styles.xml');
    expect(/w:styleId="SectionTitle"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain('<w:b/>');
    expect(/w:styleId="Quote"[\s\S]*?<\/w:style>/.exec(styles)![0]).toMatch(/<w:ind w:left="567"/);
  });

  it('gives every list its own numbering instance, starting at its start, nested and bulleted', async () => {
    const bytes = await render(
      withBlocks([
        {
          kind: 'list',
          ordered: true,
          start: 1,
          items: [
            [para('a1')],
            [
              para('a2'),
              { kind: 'list', ordered: true, start: 1, items: [[para('a2.1')], [para('a2.2')]] },
            ],
          ],
        },
        para('zwischen'),
        { kind: 'list', ordered: true, start: 1, items: [[para('b1')], [para('b2')]] },
        { kind: 'list', ordered: true, start: 4, items: [[para('c4')]] },
        { kind: 'list', ordered: false, start: 1, items: [[para('punkt')]] },
      ]),
    );
    const all = paragraphs(docxPart(bytes, 'word/document.xml'));
    const p = (text: string) => all.find((x) => x.text === text)!;
    expect(p('a1').numId).toBe(p('a2').numId);
    expect(p('a2.1').numId).toBe(p('a2.2').numId);
    expect(p('a2.1').level).toBe('1');
    const ids = ['a1', 'a2.1', 'b1', 'c4', 'punkt'].map((t) => p(t).numId);
    expect(new Set(ids).size).toBe(5);
    expect(p('punkt').style).toBe('ListBullet');
    expect(p('zwischen').numId).toBeUndefined();

    const numbering = docxPart(bytes, 'word/numbering.xml');
    const num = (id: string) =>
      new RegExp(`<w:num w:numId="${id}">([\\s\\S]*?)</w:num>`).exec(numbering)![1]!;
    const abstract = (id: string) => {
      const abstractId = /<w:abstractNumId w:val="(\d+)"\/>/.exec(num(id))![1];
      return new RegExp(
        `<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>([\\s\\S]*?)</w:abstractNum>`,
      ).exec(numbering)![1]!;
    };
    expect(num(p('b1').numId!)).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>');
    expect(num(p('c4').numId!)).toContain('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/>');
    expect(abstract(p('c4').numId!)).toContain('<w:start w:val="4"/>');
    expect(abstract(p('a2.1').numId!)).toMatch(
      /<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%2."\/>/,
    );
    expect(abstract(p('punkt').numId!)).toContain(
      '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>',
    );
  });

  it('draws tables full width with thin borders and bold header cells', async () => {
    const xml = docxPart(
      await render(
        withBlocks([
          {
            kind: 'table',
            rows: [
              [
                { header: true, colSpan: 1, blocks: [para('Stelle')] },
                { header: true, colSpan: 1, blocks: [para('Anzahl')] },
              ],
              [{ header: false, colSpan: 2, blocks: [para('über beide Spalten')] }],
            ],
          },
        ]),
      ),
      'word/document.xml',
    );
    const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)![1]!;
    const textWidth = mmToTwip(PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm);
    const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(table)![1]);
    expect(width).toBeGreaterThan(textWidth - 3);
    expect(width).toBeLessThanOrEqual(textWidth);
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) {
      expect(table).toMatch(new RegExp(`<w:${side} w:val="single" w:color="808080" w:sz="4"/>`));
    }
    expect(tableRows(xml)).toEqual([['Stelle', 'Anzahl'], ['über beide Spalten']]);
    const header = paragraphs(table).filter((p) => p.text === 'Stelle' || p.text === 'Anzahl');
    for (const p of header) expect(p.xml).toContain('<w:b/>');
    expect(paragraphs(table).find((p) => p.text === 'über beide Spalten')!.xml).not.toContain(
      '<w:b/>',
    );
    expect(table).toContain('<w:gridSpan w:val="2"/>');
    expect(table).toContain('<w:tblHeader/>');
  });
  it('puts a paragraph after every table, so two tables never merge in Word', async () => {
    const table: PrintBlock = {
      kind: 'table',
      rows: [[{ header: false, colSpan: 1, blocks: [para('Zelle')] }]],
    };
    const xml = docxPart(await render(withBlocks([table, table])), 'word/document.xml');
    const body = xml.slice(xml.indexOf('<w:body>'));
    const tables = body.match(/<w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    expect(body.match(/<\/w:tbl><w:p>/g)).toHaveLength(2);
    expect(body).not.toContain('</w:tbl><w:tbl>');
  });
});

describe('renderDocx: hostile text', () => {
  const HOSTILE = [
    '<w:p>',
    ']]>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '&amp; &lt; "quoted" \'single\'',
    '{page} {pages} {label}',
  ];
  const CONTROL = 'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffffi\ud800j\udc00k';
  // The characters XML 1.0 cannot carry, written out independently of the implementation.
  const FORBIDDEN =
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it('keeps markup-like text as literal text everywhere and drops what XML cannot carry', async () => {
    const hostile = HOSTILE.join(' ');
    const print = withBlocks([para(hostile), para(CONTROL)]);
    const part = print.parts[0]!;
    part.title = hostile;
    part.kicker = CONTROL;
    part.footerLabel = hostile;
    part.header = [
      {
        field: { key: 'item.title', printLabel: hostile, placement: 'row' } as never,
        label: hostile,
        value: hostile,
      },
    ];
    part.signatories = [{ label: hostile, name: CONTROL }];
    print.meta.title = hostile + CONTROL;
    print.meta.keywords = [hostile];
    const bytes = await render(print);
    for (const [path, data] of unzip(bytes)) {
      if (!path.endsWith('.xml') && !path.endsWith('.rels')) continue;
      const xml = new TextDecoder('utf-8', { fatal: true }).decode(data);
      expect(xml, path).not.toMatch(FORBIDDEN);
      expect(xml, path).not.toContain('<script>');
      expect(xml, path).not.toContain('<img');
    }
    const document = docxPart(bytes, 'word/document.xml');
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toContain(hostile);
    expect(texts).toContain('abcdefghijk');
    expect(texts.filter((t) => t === hostile).length).toBeGreaterThanOrEqual(3); // title, header label, value, body
    const footer = [...unzip(bytes).keys()].find((p) => /^word\/footer\d+\.xml$/.test(p))!;
    expect(textOf(docxPart(bytes, footer))).toBe(`${hostile} – Seite  von `);
    const core = docxPart(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>&lt;w:p&gt; ]]&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(core).toContain('abcdefghijk</dc:title>');
  });

  /** Any code point, with lone surrogates and the two non-characters mixed in. */
  const anyText = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
        fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('\ufffe', '\uffff', '<', '&', ']]>'),
      ),
      { maxLength: 40 },
    )
    .map((pieces) => pieces.join(''));

  it('carries any string into the document as text, minus only what XML forbids', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const bytes = await render(withBlocks([para(`«${text}»`)]));
        const document = docxPart(bytes, 'word/document.xml');
        expect(document).not.toMatch(FORBIDDEN);
        const expected = `«${text}»`
          .replace(new RegExp(FORBIDDEN.source, 'g'), '')
          .replace(/\r\n?/g, '\n');
        expect(paragraphs(document).map((p) => p.text)).toContain(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('renderDocx: review and sign-off', () => {
  it('carries each electronic signature: note and time on the line, name, role, key; then the check line', async () => {
    const document = load(SIGNED_EXAMPLE, 'signed');
    const report = verifyDocument(document);
    const bytes = await render(buildPrintDocument(document, { keyring: demoKeyring() }));
    const xml = docxPart(bytes, 'word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[0]);
    const rows = tableRows(tables.at(-1)!);
    const cells = rows.flatMap((row) => [row[0]!, row[2]!]);
    expect(cells).toHaveLength(4);
    for (const signature of document.signatures) {
      const cell = cells[signature.slot]!.split('\n');
      const [day, time] = [signature.signedAt.slice(0, 10), signature.signedAt.slice(11, 16)];
      const shown = `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}, ${time} Uhr`;
      expect(cell).toEqual([
        'elektronisch unterzeichnet',
        `am ${shown}`,
        signature.name,
        signature.label,
        expect.stringMatching(/^Schlüssel [0-9a-f]{4}( [0-9a-f]{4}){7}$/),
      ]);
    }
    // The signed note sits on the line, in the small style; the key in the finer one.
    const line = paragraphs(tables.at(-1)!).find((p) => p.text.startsWith('elektronisch'))!;
    expect(line.style).toBe('SignatureRole');
    expect(line.xml).toContain('<w:bottom w:val="single"');
    expect(paragraphs(tables.at(-1)!).find((p) => p.text.startsWith('Schlüssel'))!.style).toBe(
      'SignatureKey',
    );
    const after = paragraphs(xml.slice(xml.lastIndexOf('</w:tbl>')));
    const check = after.find((p) => p.style === 'SignOff')!;
    // The full hash, and the demo keys named as what they are.
    const groups = report.hash.match(/.{4}/g)!.join(' ');
    expect(check.text).toBe(
      `Demo-Schlüssel, keine echte Unterschrift. Prüfsumme (SHA-256): ${groups} — prüfbar mit „protokollant verify --keyring“`,
    );
    // The block keeps with its check line: every paragraph of the last row keeps with the next.
    const lastRow = [...tables.at(-1)!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].at(-1)![1]!;
    for (const p of paragraphs(lastRow)) expect(p.xml).toContain('<w:keepNext/>');
  });

  it('keeps the line to sign on for a place without a valid signature', async () => {
    const document = load(SIGNED_EXAMPLE, 'signed');
    // The third signature's bytes altered: that place and every later one (chained) fail.
    const bad = document.signatures[2]!;
    bad.signature = `${bad.signature.slice(0, -4)}AAA=`;
    const print = buildPrintDocument(document);
    expect(print.draft).toBe(true);
    expect(print.parts[0]!.signatories.map((s) => s.signed !== undefined)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const xml = docxPart(await render(print), 'word/document.xml');
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)![0];
    expect(tableRows(table)[1]).toEqual([
      '\nStR Perc\nMitglied des Ausschusses',
      '',
      '\nHerr Häbe\nProtokollführung',
    ]);
  });

  it('prints a correction after the signatures, with its own signers, in English too', async () => {
    const document = signedExampleWithCorrection();
    expect(verifyDocument(document).complete).toBe(true);
    const bytes = await render(buildPrintDocument(document, { keyring: demoKeyring() }));
    const all = paragraphs(docxPart(bytes, 'word/document.xml'));
    const text = all.map((p) => p.text);
    const check = text.findIndex((t) => t.startsWith('Demo-Schlüssel, keine echte Unterschrift.'));
    const heading = text.indexOf('Berichtigung vom 12.07.2018');
    expect(check).toBeGreaterThan(0);
    expect(heading).toBeGreaterThan(check);
    expect(all[heading]!.style).toBe('Heading1');
    expect(text.slice(heading + 1, heading + 5)).toEqual([
      `Betrifft: ${CORRECTION.concerns}`,
      CORRECTION.text,
      `Beschlossen in: ${CORRECTION.decidedIn}`,
      'Erfasst von Herr Häbe am 12.07.2018, 09:00 Uhr',
    ]);
    const rest = text.slice(heading + 5).join('\n');
    expect(rest).toContain('elektronisch unterzeichnet\nam 19.07.2018, 11:00 Uhr');
    expect(rest).toContain('elektronisch unterzeichnet\nam 19.07.2018, 11:30 Uhr');
    expect(rest).toContain('BM Dr. Mayer');
    expect(rest).toContain('Herr Häbe');
    // The signed text ends before the correction: the correction is not inside the signatures.
    expect(text.slice(0, check).join('\n')).not.toContain(CORRECTION.text);

    // The language is part of what was signed: switched, the signatures no longer hold, and
    // the check line says so, in English.
    const english = buildPrintDocument({ ...document, language: 'en-GB' });
    const enText = paragraphs(docxPart(await render(english), 'word/document.xml')).map(
      (p) => p.text,
    );
    expect(enText).toContain('Correction of 2018-07-12');
    expect(enText).toContain(`Concerns: ${CORRECTION.concerns}`);
    expect(
      enText.some((t) =>
        t.startsWith('Electronic signatures not complete and valid. Checksum (SHA-256): '),
      ),
    ).toBe(true);
  });

  it('shows a correction signature that does not verify as a line still to sign', async () => {
    const document = signedExampleWithCorrection();
    const correction = document.corrections[0]!;
    correction.signatures[1]!.signedAt = '2018-07-20T11:30:00+02:00';
    const print = buildPrintDocument(document);
    expect(print.corrections[0]!.signatories.map((s) => s.signed !== undefined)).toEqual([
      true,
      false,
    ]);
    const xml = docxPart(await render(print), 'word/document.xml');
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)![0];
    expect(tableRows(table)[0]![2]).toBe('\nHerr Häbe\nProtokollführung');
  });

  it('writes suggestions as Word tracked changes with author and date', async () => {
    const change = (kind: 'insert' | 'delete', minute: string) => ({
      kind,
      author: 'BM Dr. Mayer',
      date: `2018-07-03T10:${minute}:00Z`,
    });
    const print = withBlocks([
      {
        kind: 'paragraph',
        inlines: [
          { text: 'Der Ausschuss stimmt ' },
          { text: 'nach Aussprache ', change: change('insert', '01') },
          { text: 'einmütig ', change: change('delete', '02'), bold: true },
          { text: 'zu.' },
        ],
      },
    ]);
    const xml = docxPart(await render(print), 'word/document.xml');
    const ins = /<w:ins ([^>]*)>([\s\S]*?)<\/w:ins>/.exec(xml)!;
    const del = /<w:del ([^>]*)>([\s\S]*?)<\/w:del>/.exec(xml)!;
    expect(ins[1]).toContain('w:author="BM Dr. Mayer"');
    expect(ins[1]).toContain('w:date="2018-07-03T10:01:00Z"');
    expect(textOf(ins[2]!)).toBe('nach Aussprache ');
    expect(del[1]).toContain('w:author="BM Dr. Mayer"');
    expect(del[1]).toContain('w:date="2018-07-03T10:02:00Z"');
    // Deleted text is w:delText (textOf reads w:t only), and keeps its formatting.
    expect(del[2]).toContain('<w:delText xml:space="preserve">einmütig </w:delText>');
    expect(del[2]).toContain('<w:b/>');
    const ids = [ins[1]!, del[1]!].map((a) => /w:id="(\d+)"/.exec(a)![1]);
    expect(new Set(ids).size).toBe(2);
    // The accepted reading: the text without the deletion.
    expect(paragraphs(xml).map((p) => p.text)).toContain(
      'Der Ausschuss stimmt nach Aussprache zu.',
    );
  });

  it('writes open comment threads as Word comments on their text, replies threaded', async () => {
    const marked = (text: string, ids: string[]) => ({ text, comments: ids });
    const print = withBlocks(
      [
        {
          kind: 'paragraph',
          inlines: [
            { text: 'Die Verwaltung ' },
            marked('berichtet ', ['c1']),
            marked('ausführlich', ['c1', 'c2']),
            { text: ' über den Stand.' },
          ],
        },
        { kind: 'paragraph', inlines: [marked('Zweiter Absatz', ['c1']), { text: ' danach.' }] },
        { kind: 'paragraph', inlines: [marked('erledigt', ['c3'])] },
      ],
      {
        comments: [
          {
            id: 'c1',
            itemId: 'i',
            author: 'BM Dr. Mayer',
            createdAt: '2018-07-03T10:00:00Z',
            text: 'Bitte kürzen.\nZwei Sätze genügen.',
            resolved: false,
            replies: [
              { author: 'Herr Häbe', createdAt: '2018-07-03T11:00:00Z', text: 'Ist gekürzt.' },
            ],
          },
          {
            id: 'c2',
            itemId: 'i',
            author: 'StR Perc',
            createdAt: '2018-07-04T09:00:00Z',
            text: 'Wer hat berichtet?',
            resolved: false,
            replies: [],
          },
          {
            id: 'c3',
            itemId: 'i',
            author: 'StR Perc',
            createdAt: '2018-07-04T09:30:00Z',
            text: 'Schon geklärt.',
            resolved: true,
            replies: [],
          },
        ],
      },
    );
    const bytes = await render(print);
    const comments = docxPart(bytes, 'word/comments.xml');
    const entries = [...comments.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map(
      (m) => ({
        id: /w:id="(\d+)"/.exec(m[1]!)![1]!,
        author: /w:author="([^"]*)"/.exec(m[1]!)![1],
        date: /w:date="([^"]*)"/.exec(m[1]!)?.[1],
        text: paragraphs(m[2]!).map((p) => p.text),
      }),
    );
    expect(entries.map(({ author, text }) => [author, text])).toEqual([
      ['BM Dr. Mayer', ['Bitte kürzen.', 'Zwei Sätze genügen.']],
      ['Herr Häbe', ['Ist gekürzt.']],
      ['StR Perc', ['Wer hat berichtet?']],
    ]);
    expect(entries[0]!.date).toMatch(/^2018-07-03T10:00:00/);
    // The reply is threaded under its comment.
    const extended = docxPart(bytes, 'word/commentsExtended.xml');
    expect(extended.match(/w15:paraIdParent=/g)).toHaveLength(1);

    const xml = docxPart(bytes, 'word/document.xml');
    const [thread, reply, other] = entries.map((e) => e.id);
    const at = (pattern: string) => {
      const index = xml.indexOf(pattern);
      expect(index, pattern).toBeGreaterThanOrEqual(0);
      return index;
    };
    // c1 runs from "berichtet" over into the second paragraph; c2 covers "ausführlich".
    expect(at(`<w:commentRangeStart w:id="${thread}"/>`)).toBeLessThan(at('>berichtet <'));
    expect(at(`<w:commentRangeStart w:id="${reply}"/>`)).toBeLessThan(at('>berichtet <'));
    expect(at(`<w:commentRangeEnd w:id="${thread}"/>`)).toBeGreaterThan(at('>Zweiter Absatz<'));
    expect(at(`<w:commentRangeEnd w:id="${thread}"/>`)).toBeLessThan(at('> danach.<'));
    expect(at(`<w:commentRangeStart w:id="${other}"/>`)).toBeGreaterThan(at('>berichtet <'));
    expect(at(`<w:commentRangeStart w:id="${other}"/>`)).toBeLessThan(at('>ausführlich<'));
    expect(at(`<w:commentRangeEnd w:id="${other}"/>`)).toBeLessThan(at('> über den Stand.<'));
    for (const id of [thread, reply, other]) {
      expect(xml.match(new RegExp(`<w:commentRangeStart w:id="${id}"/>`, 'g'))).toHaveLength(1);
      expect(xml.match(new RegExp(`<w:commentRangeEnd w:id="${id}"/>`, 'g'))).toHaveLength(1);
      expect(xml.match(new RegExp(`<w:commentReference w:id="${id}"/>`, 'g'))).toHaveLength(1);
    }
    // The resolved thread is left out, and nothing marks its text.
    expect(comments).not.toContain('Schon geklärt.');
    expect(xml.match(/<w:commentRangeStart /g)).toHaveLength(3);
  });

  it('anchors a thread whose marked text is gone on its item’s heading; none without threads', async () => {
    const document = load(KLEINWEILER_EXAMPLE, 'k');
    const item = document.items[1]!;
    document.comments = [
      {
        id: 'orphan',
        itemId: item.id,
        quote: 'gelöscht',
        author: 'Frau Schmid',
        createdAt: '2026-10-15T08:00:00Z',
        text: 'Der markierte Satz wurde gestrichen.',
        resolved: false,
        resolvedBy: '',
        resolvedAt: '',
        replies: [],
      },
    ];
    const withComments = await render(buildPrintDocument(document, { includeComments: true }));
    const xml = docxPart(withComments, 'word/document.xml');
    const heading = paragraphs(xml).find((p) => p.xml.includes('<w:commentRangeStart'))!;
    expect(heading.style).toBe('Heading2');
    expect(heading.text).toBe(`TOP ${item.number}: ${item.title}`);
    expect(docxPart(withComments, 'word/comments.xml')).toContain(
      'Der markierte Satz wurde gestrichen.',
    );
    // Without the option, no comments part and no marks.
    const without = await render(buildPrintDocument(document));
    expect(unzip(without).has('word/comments.xml')).toBe(false);
    expect(docxPart(without, 'word/document.xml')).not.toContain('comment');
  });
});

describe('renderDocx: packaging', () => {
  it('zips the same parts with the platform’s DEFLATE as docx does with its own', async () => {
    const print = buildPrintDocument(load(KLEINWEILER_EXAMPLE, 'k'));
    const now = new Date('2026-11-27T10:00:00Z');
    const codec = { deflateRaw: (d: Uint8Array) => deflateRawSync(d, { level: 6 }), crc32 };
    const theirs = await renderDocx(print, { fonts, embedFonts: false, now });
    const ours = await renderDocx(print, { fonts, embedFonts: false, now, zip: codec });
    const [a, b] = [unzip(theirs), unzip(ours)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, data] of a) expect(sameBytes(b.get(path)!, data), path).toBe(true);
    // Every entry's CRC is right: inflate and check as an unzip tool would.
    const view = new DataView(ours.buffer, ours.byteOffset, ours.byteLength);
    let at = view.getUint32(ours.length - 22 + 16, true);
    for (const [path, data] of b) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      expect(view.getUint32(at + 16, true), path).toBe(crc32(data));
      at += 46 + view.getUint16(at + 28, true);
    }
    // With the fonts: the same faces, whole, behind their 32 obfuscated bytes.
    const withFonts = unzip(await renderDocx(print, { fonts, now, zip: codec }));
    const font = withFonts.get('word/fonts/font1.odttf')!;
    expect(sameBytes(font.subarray(32), fonts.regular.subarray(32))).toBe(true);
  });
});

describe('renderDocx: what Word users expect', () => {
  it('gives Word’s navigation pane a heading per Niederschrift and per TOP', async () => {
    const meeting = docxPart(
      await render(buildPrintDocument(load(KLEINWEILER_EXAMPLE, 'k'))),
      'word/document.xml',
    );
    const headings = paragraphs(meeting).filter((p) => /^Heading[1-3]$/.test(p.style ?? ''));
    expect(
      headings.filter((p) => p.style === 'Heading2').map((p) => /^TOP (\d+)/.exec(p.text)?.[1]),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const styles = docxPart(
      await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's'))),
      'word/styles.xml',
    );
    // The built-in heading styles carry their outline level: that is what the pane reads.
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
      ['Heading4', 3],
      ['Heading5', 4],
      ['Heading6', 5],
    ] as const) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(
        styles,
      )![0];
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style, id).toContain(`<w:name w:val="heading ${level + 1}"/>`);
    }
  });

  it('cleans the styles: Strong a character style, DefaultParagraphFont defined, List Number numbered', async () => {
    const bytes = await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's')));
    const styles = docxPart(bytes, 'word/styles.xml');
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ??
      '';
    expect(style('Strong')).toMatch(/^<w:style w:type="character"/);
    expect(style('DefaultParagraphFont')).toMatch(/^<w:style w:type="character" w:default="1"/);
    // Every style a style is based on is defined.
    const ids = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    for (const [, based] of styles.matchAll(/<w:basedOn w:val="([^"]+)"\/>/g)) {
      expect(ids.has(based), based).toBe(true);
    }
    // List Number has a numbering of its own, decimal, whose first level points back at it.
    const numId = /<w:numPr><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(style('ListNumber'))![1]!;
    const numbering = docxPart(bytes, 'word/numbering.xml');
    const num = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(
      numbering,
    )!;
    const abstract = new RegExp(
      `<w:abstractNum w:abstractNumId="${num[1]}"[^>]*>([\\s\\S]*?)</w:abstractNum>`,
    ).exec(numbering)![1]!;
    expect(abstract).toMatch(
      /<w:lvl w:ilvl="0"><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:pStyle w:val="ListNumber"\/><w:lvlText w:val="%1\."\/>/,
    );
    // The schema's order: every abstractNum before the first num.
    expect(numbering.lastIndexOf('<w:abstractNum ')).toBeLessThan(numbering.indexOf('<w:num '));
  });

  it('marks a draft with Word’s watermark and "Entwurf" as status; signed minutes open read-only', async () => {
    const draft = await render(buildPrintDocument(load(STUTTGART_EXAMPLE, 's')));
    const headerPath = [...unzip(draft).keys()].find((p) => /^word\/header\d+\.xml$/.test(p))!;
    const header = docxPart(draft, headerPath);
    expect(header).toMatch(
      /<v:shape id="PowerPlusWaterMarkObject1"[^>]*type="#_x0000_t136"[\s\S]*?<v:textpath [^>]*string="ENTWURF"\/>/,
    );
    expect(docxPart(draft, 'docProps/core.xml')).toContain(
      '<cp:contentStatus>Entwurf</cp:contentStatus>',
    );
    expect(docxPart(draft, 'word/settings.xml')).not.toContain('documentProtection');
    expect(docxPart(draft, 'docProps/app.xml')).toContain('<DocSecurity>0</DocSecurity>');

    const signed = load(SIGNED_EXAMPLE, 'signed');
    const final = await render(buildPrintDocument(signed));
    expect(docxPart(final, 'docProps/core.xml')).toContain(
      '<cp:contentStatus>Endfassung</cp:contentStatus>',
    );
    const settings = docxPart(final, 'word/settings.xml');
    expect(settings).toContain('<w:documentProtection w:edit="readOnly" w:enforcement="1"/>');
    // In the schema's order: after the font embedding, before the default tab stop.
    expect(settings.indexOf('<w:documentProtection')).toBeGreaterThan(
      settings.indexOf('<w:embedTrueTypeFonts/>'),
    );
    expect(settings.indexOf('<w:documentProtection')).toBeLessThan(
      settings.indexOf('<w:defaultTabStop'),
    );
    const app = docxPart(final, 'docProps/app.xml');
    expect(app).toContain('<Application>Protokollant</Application>');
    expect(app).toContain('<DocSecurity>4</DocSecurity>');
  });
});
