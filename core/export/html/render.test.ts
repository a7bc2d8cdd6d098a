import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bulletList, content, numberedList, paragraph, table, text } from '../../content/build';
import { parseProtokoll } from '../../file/format';
import type { ProtocolDocument } from '../../model/schema';
import { decodeBase64 } from '../../util/base64';
import { attendanceSummary } from '../attendance';
import type { FontSet } from '../fonts';
import { PAGE, TYPE } from '../house-layout';
import { buildPrintDocument } from '../print-model';
import { footerTemplate, headerTemplate, outlineTitles, pdfPageSetup } from './page-setup';
import { PRINT_CSP, renderPrintHtml } from './render';

const example = (name: string): ProtocolDocument =>
  parseProtokoll(
    readFileSync(new URL(`../../../examples/${name}.protokoll`, import.meta.url), 'utf8'),
    name,
  );
const stuttgart = () => example('stuttgart-va-2018-06-27-top12');
const kleinweiler = () => example('kleinweiler-gemeinderat-2026-10-14');

// Distinct bytes per face, so the test can tell the four @font-face rules apart.
const fonts: FontSet = {
  regular: new Uint8Array([0, 1, 2, 3, 4]),
  bold: new Uint8Array([10, 11, 12]),
  italic: new Uint8Array([20, 21]),
  boldItalic: new Uint8Array([30, 31, 32, 33, 34, 35, 36]),
};

const html = (doc: ProtocolDocument, extractItemId?: string, pageMarks?: 'engine' | 'page') =>
  renderPrintHtml(buildPrintDocument(doc, { extractItemId }), { fonts, pageMarks });

const approved = (doc: ProtocolDocument): ProtocolDocument => ({
  ...doc,
  workflow: { ...doc.workflow, state: 'approved' },
});

/** Elements of one tag name, their text with tags stripped. */
function texts(page: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...page.matchAll(re)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

describe('print HTML', () => {
  it('is one self-contained German page with a strict CSP', () => {
    const page = html(stuttgart());
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="de-DE">')).toBe(true);
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP.replace(/'/g, '&#39;')}">`,
    );
    expect(PRINT_CSP).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:/,
    );
    // Nothing is loaded from anywhere: every url() is a data: URL.
    const urls = [...page.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(4);
    for (const url of urls) expect(url.startsWith('data:font/ttf;base64,')).toBe(true);
    expect(page).not.toMatch(/\b(src|href)=/);
    expect(page).not.toMatch(/<script/i);
  });

  it('embeds the four Arimo faces as the given bytes', () => {
    const page = html(stuttgart());
    const faces = [...page.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1]!);
    const face = (weight: number, style: string) => {
      const rule = faces.find(
        (f) => f.includes(`font-weight:${weight};`) && f.includes(`font-style:${style};`),
      )!;
      expect(rule).toContain('font-family:"Arimo"');
      return decodeBase64(/base64,([^)]*)\)/.exec(rule)![1]!);
    };
    expect(face(400, 'normal')).toEqual(fonts.regular);
    expect(face(700, 'normal')).toEqual(fonts.bold);
    expect(face(400, 'italic')).toEqual(fonts.italic);
    expect(face(700, 'italic')).toEqual(fonts.boldItalic);
  });

  it('lays out A4 with the house margins and type sizes', () => {
    const page = html(stuttgart());
    expect(page).toContain(
      `@page{size:210mm 297mm;margin:${PAGE.marginTopMm}mm ${PAGE.marginRightMm}mm ${PAGE.marginBottomMm}mm ${PAGE.marginLeftMm}mm}`,
    );
    expect(page).toContain(`font-size:${TYPE.bodyPt}pt;line-height:${TYPE.lineHeight}`);
    expect(page).toMatch(/orphans:2;widows:2/);
    expect(page).toMatch(/\.signatures\{break-inside:avoid/);
    expect(page).toMatch(/\.fields\{[^}]*break-inside:avoid/);
    expect(page).toMatch(/\.part\+\.part\{break-before:page\}/);
  });

  it('prints the reference: title, header table, bold section title, numbered list', () => {
    const page = html(stuttgart());
    expect(texts(page, 'h1')).toEqual([
      'Protokoll: Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart',
    ]);
    // The subject row is the TOP's heading, for the outline.
    expect(texts(page, 'h2')).toEqual([stuttgart().items[0]!.title]);
    const labels = texts(page, 'th');
    expect(labels.slice(0, 3)).toEqual(['Niederschrift Nr.', 'TOP:', '']);
    expect(labels).toContain('Betreff:');
    expect(page).toContain('<td>288/2018</td>');
    expect(page).toContain('<p class="section-title">Beschlussantrag:</p>');
    expect(page).toMatch(/\.section-title,\.block-title\{font-weight:700/);
    expect(texts(page, 'ol')).toHaveLength(1);
    expect(page).toContain('<ol><li><p>Dem Maßnahmenpaket');
    expect(page).toContain('Sondermittel (€ 4 Mio. Plan)');
    expect(page).toContain('<section class="signatures"');
    expect(texts(page, 'p').filter((p) => p === 'Vorsitz')).toHaveLength(1);
  });

  it('prints the whole meeting: attendance, findings, public and non-public parts, TOP headings', () => {
    const doc = kleinweiler();
    const page = html(doc);
    expect(texts(page, 'h1')).toEqual([
      'Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats',
      'Öffentlicher Teil',
      'Nichtöffentlicher Teil',
    ]);
    expect(texts(page, 'h2')).toEqual(doc.items.map((i) => `TOP ${i.number}: ${i.title}`));
    expect(page).toContain('<p class="block-title">Anwesenheit</p>');
    const summary = attendanceSummary(doc)!;
    expect(page).toContain(
      `Anwesend: ${summary.presentCount} von ${summary.memberTotal} Mitgliedern`,
    );
    expect(page).toContain('<li>Anja Groß (FW), krank</li>');
    expect(page).toContain('<li>Lukas Jung (GRÜNE), ab TOP 3</li>');
    expect(page).toContain('<p>Der Gemeinderat ist beschlussfähig.</p>');
    expect(page.indexOf('Öffentlicher Teil')).toBeLessThan(page.indexOf('Nichtöffentlicher Teil'));
    expect(page.indexOf('Nichtöffentlicher Teil')).toBeLessThan(page.indexOf('TOP 7:'));
  });

  it('prints an extract with its kicker and only its TOP', () => {
    const doc = kleinweiler();
    const item = doc.items.find((i) => i.number === '3')!;
    const page = html(doc, item.id);
    expect(page).toContain('<p class="kicker">Auszug aus der Niederschrift</p>');
    expect(texts(page, 'h2')).toEqual([`TOP 3: ${item.title}`]);
    for (const other of doc.items.filter((i) => i !== item))
      expect(page).not.toContain(other.title);
  });

  it('puts each item of the per-item form in a part of its own', () => {
    const doc = stuttgart();
    const second = { ...doc.items[0]!, id: 'top-13', number: '13', title: 'Zweiter Betreff' };
    doc.items.push(second);
    const page = html(doc);
    expect(page.match(/<article class="part">/g)).toHaveLength(2);
    expect(texts(page, 'h2')).toEqual([doc.items[0]!.title, 'Zweiter Betreff']);
  });

  it('renders lists, tables, formatting and line breaks of the text', () => {
    const doc = kleinweiler();
    doc.items[0]!.content = content([
      paragraph(
        text('fett', 1),
        ' ',
        text('kursiv', 2),
        ' ',
        text('unter', 8),
        ' H',
        text('2', 32),
        'O',
      ),
      numberedList([['drei'], ['vier']], 3),
      bulletList([['Punkt']]),
      table([
        ['Stelle', 'Anzahl'],
        ['IT-Sicherheit', '2,0'],
      ]),
      paragraph('Zeile 1', { type: 'linebreak', version: 1 }, 'Zeile 2'),
      paragraph(),
    ]);
    const page = html(doc);
    expect(page).toContain(
      '<p><strong>fett</strong> <em>kursiv</em> <u>unter</u> H<sub>2</sub>O</p>',
    );
    expect(page).toContain('<ol start="3"><li><p>drei</p></li><li><p>vier</p></li></ol>');
    expect(page).toContain('<ul><li><p>Punkt</p></li></ul>');
    expect(page).toContain(
      '<table class="content-table"><thead><tr><th scope="col"><p>Stelle</p></th><th scope="col"><p>Anzahl</p></th></tr></thead><tbody><tr><td><p>IT-Sicherheit</p></td><td><p>2,0</p></td></tr></tbody></table>',
    );
    expect(page).toContain('<p>Zeile 1<br>Zeile 2</p>');
    expect(page).toContain('<p><br></p>');
  });

  it('draws its own page marks for the HTML file, none when the PDF engine draws them', () => {
    const draft = html(kleinweiler());
    expect(draft).toContain(
      '<div class="draft-banner" role="note">ENTWURF – nicht freigegeben</div>',
    );
    expect(draft).toContain(
      '@bottom-center{content:"Niederschrift Nr. 9/2026 – Seite " counter(page) " von " counter(pages);',
    );
    expect(draft).toContain('@top-right{content:"ENTWURF – nicht freigegeben"');
    const engine = html(kleinweiler(), undefined, 'engine');
    expect(engine).not.toContain('draft-banner"');
    expect(engine).not.toContain('@bottom-center');
    const final = html(approved(kleinweiler()));
    expect(final).not.toContain('ENTWURF');
    expect(final).toContain('@bottom-center');
  });
});

describe('PDF page setup', () => {
  it('is A4 with the house margins, tagged and outlined', () => {
    const setup = pdfPageSetup(buildPrintDocument(stuttgart()));
    expect([setup.widthMm, setup.heightMm]).toEqual([210, 297]);
    expect(setup.marginMm).toEqual({
      top: PAGE.marginTopMm,
      right: PAGE.marginRightMm,
      bottom: PAGE.marginBottomMm,
      left: PAGE.marginLeftMm,
    });
    expect(setup.tagged).toBe(true);
    expect(setup.outline).toBe(true);
    expect(setup.meta.title).toContain('Maßnahmenpaket');
  });

  it('numbers pages in the footer with an explicit font', () => {
    const footer = footerTemplate(buildPrintDocument(stuttgart()));
    expect(footer).toContain(
      'Niederschrift Nr. 233 – Seite <span class="pageNumber"></span> von <span class="totalPages"></span>',
    );
    expect(footer).toMatch(/font-family:'Arimo','Liberation Sans',Arial/);
    expect(footer).toMatch(/font-size:\d+pt/);
  });

  it('marks drafts in the header and leaves the header of signed-off minutes empty', () => {
    const draft = headerTemplate(buildPrintDocument(stuttgart()));
    expect(draft).toContain('>ENTWURF</strong> – nicht freigegeben');
    expect(draft).toContain('color:#c2410c');
    // Not empty: an empty template would let Chromium print its default header.
    expect(headerTemplate(buildPrintDocument(approved(stuttgart())))).toBe('<span></span>');
  });

  it('lists the outline entries: parts and TOPs', () => {
    expect(outlineTitles(buildPrintDocument(kleinweiler()))).toEqual([
      'Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats',
      'Öffentlicher Teil',
      ...kleinweiler()
        .items.filter((i) => i.public)
        .map((i) => `TOP ${i.number}: ${i.title}`),
      'Nichtöffentlicher Teil',
      ...kleinweiler()
        .items.filter((i) => !i.public)
        .map((i) => `TOP ${i.number}: ${i.title}`),
    ]);
  });
});
