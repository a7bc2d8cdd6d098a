import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bulletList,
  content,
  listItem,
  numberedList,
  paragraph,
  table,
  text,
} from '../../content/build';
import { parseProtokoll } from '../../file/format';
import type { ContentNode } from '../../content/nodes';
import type { ProtocolDocument } from '../../model/schema';
import { decodeBase64 } from '../../util/base64';
import { attendanceSummary } from '../../attendance/summary';
import { FONT_FILES, type FontSet } from '../fonts';
import { PAGE, TYPE } from '../house-layout';
import { buildPrintDocument } from '../print-model';
import {
  CORRECTION,
  demoKeyring,
  keyringFor,
  signedExampleWithCorrection,
  signedOff,
} from '../../../test/support/review';
import type { Keyring } from '../../review/keyring';
import { verifyDocument } from '../../review/verify';
import { TrueTypeFont } from './font-subset';
import { outlineTitles, pdfPageSetup } from './page-setup';
import { readTagMark } from './pdf-tags';
import { PRINT_CSP, renderPdfHtml, renderPrintHtml } from './render';

const example = (name: string): ProtocolDocument =>
  parseProtokoll(
    readFileSync(new URL(`../../../examples/${name}.protokoll`, import.meta.url), 'utf8'),
    name,
  );
const stuttgart = () => example('stuttgart-va-2018-06-27-top12');
const kleinweiler = () => example('kleinweiler-gemeinderat-2026-10-14');

const fontFile = (path: string) =>
  new Uint8Array(
    readFileSync(
      new URL(`../../../node_modules/@expo-google-fonts/arimo/${path}`, import.meta.url),
    ),
  );
const fonts: FontSet = {
  regular: fontFile(FONT_FILES.regular),
  bold: fontFile(FONT_FILES.bold),
  italic: fontFile(FONT_FILES.italic),
  boldItalic: fontFile(FONT_FILES.boldItalic),
};

const html = (doc: ProtocolDocument, extractItemId?: string, keyring: Keyring | null = null) =>
  renderPrintHtml(buildPrintDocument(doc, { extractItemId, keyring }), { fonts });

const signedStuttgart = () => example('stuttgart-va-2018-06-27-top12-signed');

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
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url.startsWith('data:font/ttf;base64,')).toBe(true);
    expect(page).not.toMatch(/\b(src|href)=/);
    expect(page).not.toMatch(/<script/i);
  });

  it('embeds Arimo cut to the characters the page shows', () => {
    const page = html(stuttgart());
    const faces = [...page.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1]!);
    // No italics in the reference: regular and bold only.
    expect(faces).toHaveLength(2);
    const face = (weight: number) => {
      const rule = faces.find((f) => f.includes(`font-weight:${weight};`))!;
      expect(rule).toContain('font-family:"Arimo"');
      return new TrueTypeFont(decodeBase64(/base64,([^)]*)\)/.exec(rule)![1]!)!);
    };
    const regular = face(400);
    const full = new TrueTypeFont(fonts.regular);
    for (const ch of 'Maßnahmenpaket € 4 Mio. ÖÜßäöü–0123456789."[]/') {
      const cp = ch.codePointAt(0)!;
      expect(regular.glyphOf(cp), ch).not.toBe(0);
    }
    // A character the document does not hold is not in the font (it would fall back).
    expect(regular.glyphOf('Ω'.codePointAt(0)!)).toBe(0);
    expect(full.glyphOf('Ω'.codePointAt(0)!)).not.toBe(0);
    expect(regular.numGlyphs).toBeLessThan(full.numGlyphs / 10);
    expect(face(700).glyphOf('B'.codePointAt(0)!)).not.toBe(0);
  });

  it('embeds the italic faces only when text is set in italics', () => {
    const doc = kleinweiler();
    doc.items[0]!.content = content([paragraph(text('kursiv', 2))]);
    const page = html(doc);
    expect(page.match(/@font-face/g)).toHaveLength(4);
    expect(page).toContain('font-weight:400;font-style:italic;');
  });

  it('lays out A4 with the house margins and type sizes', () => {
    const page = html(stuttgart());
    expect(page).toContain(
      `@page{size:210mm 297mm;margin:${PAGE.marginTopMm}mm ${PAGE.marginRightMm}mm ${PAGE.marginBottomMm}mm ${PAGE.marginLeftMm}mm}`,
    );
    // Word's "multiple" line spacing times Arimo's own line height (1.15 em).
    expect(page).toMatch(/line-height:1\.49\d*;/);
    expect(page).toContain(`font-size:${TYPE.bodyPt}pt;line-height:`);
    expect(page).toContain('font-kerning:none');
    expect(page).toMatch(/orphans:2;widows:2/);
    expect(page).toMatch(/\.signatures\{[^}]*break-inside:avoid/);
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
    expect(page).toMatch(/\.section-title\{font-weight:700/);
    expect(texts(page, 'ol')).toHaveLength(1);
    expect(page).toContain('<ol><li><p><span class="lbl">1.</span>Dem Maßnahmenpaket');
    expect(page).toContain('Sondermittel (€ 4 Mio. Plan)');
    expect(page).toContain('<section class="signatures"');
    expect(texts(page, 'p').filter((p) => p === 'Vorsitz')).toHaveLength(1);
  });

  it('prints the whole meeting: attendance, findings, public and non-public parts, TOP headings', () => {
    const doc = kleinweiler();
    const page = html(doc);
    expect(texts(page, 'h1')).toEqual([
      'Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats',
      'Tagesordnung',
      'Anwesenheit',
      'Öffentlicher Teil',
      'Nichtöffentlicher Teil',
    ]);
    expect(texts(page, 'h2')).toEqual(doc.items.map((i) => `TOP ${i.number}: ${i.title}`));
    expect(page).toContain('<section class="attendance"><h1>Anwesenheit</h1>');
    const summary = attendanceSummary(doc)!;
    expect(page).toContain(
      `Anwesend: ${summary.presentCount} von ${summary.memberTotal} Mitgliedern`,
    );
    expect(page).toContain('<li>Anja Groß (FW), krank</li>');
    expect(page).toContain('<li>Lukas Jung (GRÜNE), ab TOP 3</li>');
    expect(page).toContain('<p class="finding">Der Gemeinderat ist beschlussfähig.</p>');
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
    // The numbers and bullets are text of their own (a screen reader's, and the PDF's Lbl).
    expect(page).toContain(
      '<ol start="3"><li><p><span class="lbl">3.</span>drei</p></li><li><p><span class="lbl">4.</span>vier</p></li></ol>',
    );
    expect(page).toContain('<ul><li><p><span class="lbl">•</span>Punkt</p></li></ul>');
    expect(page).toContain(
      '<table class="content-table"><thead><tr><th scope="col"><p>Stelle</p></th><th scope="col"><p>Anzahl</p></th></tr></thead><tbody><tr><td><p>IT-Sicherheit</p></td><td><p>2,0</p></td></tr></tbody></table>',
    );
    expect(page).toContain('<p>Zeile 1<br>Zeile 2</p>');
    expect(page).toContain('<p><br></p>');
  });

  it('puts the draft mark and the footer into the page margins', () => {
    const draft = html(kleinweiler());
    expect(draft).toContain(
      '@bottom-center{content:"Niederschrift Nr. 9/2026 – Seite " counter(page) " von " counter(pages);',
    );
    expect(draft).toContain('@top-center{content:"ENTWURF – nicht freigegeben";');
    expect(draft).toMatch(/@top-center\{[^}]*color:#c2410c/);
    // On screen, where there are no pages, a banner says it.
    expect(draft).toContain(
      '<div class="draft-banner" role="note">ENTWURF – nicht freigegeben</div>',
    );
    const signed = signedOff(kleinweiler());
    expect(verifyDocument(signed).complete).toBe(true);
    const final = html(signed, undefined, keyringFor(signed));
    expect(final).not.toContain('ENTWURF');
    expect(final).not.toContain('@top-center');
    // The same signatures without a keyring: not confirmed, and every page says so.
    const unconfirmed = html(signed);
    expect(unconfirmed).toContain('@top-center{content:"Unterschriften nicht bestätigt";');
    expect(unconfirmed).toContain(
      '<div class="draft-banner" role="note">Unterschriften nicht bestätigt</div>',
    );
    expect(final).toContain('@bottom-center');
  });

  it('keeps the draft mark on "approved" minutes whose text changed after signing', () => {
    const doc = signedStuttgart();
    expect(html(doc, undefined, demoKeyring())).not.toContain('ENTWURF');
    doc.items[0]!.content.root.children.push(paragraph('Nachträglich eingefügt.'));
    expect(doc.workflow.state).toBe('approved');
    const page = html(doc);
    expect(page).toContain('@top-center{content:"ENTWURF – nicht freigegeben";');
    expect(page).toContain('<body class="draft">');
    expect(page).not.toContain('elektronisch unterzeichnet<br>');
    expect(page).toContain(
      '<p class="sign-off">Elektronische Unterzeichnung nicht vollständig gültig. Prüfsumme (SHA-256): ',
    );
  });

  it('prints the electronic signatures and the check line under them, as the DOCX', () => {
    const doc = signedStuttgart();
    const report = verifyDocument(doc);
    const page = html(doc, undefined, demoKeyring());
    const block =
      /<div class="sign-block">([\s\S]*?)<\/div><\/section>(<p class="sign-off">[^<]*<\/p>)<\/div>/.exec(
        page,
      )!;
    expect(block).not.toBeNull();
    const signatures = [...block[1]!.matchAll(/<div class="signature signed">/g)];
    expect(signatures).toHaveLength(4);
    expect(block[1]).toContain(
      '<div class="rule"><p class="signed-note">elektronisch unterzeichnet<br>am 05.07.2018, 10:00 Uhr</p></div><p class="name">BM Dr. Mayer</p><p class="role">Vorsitz</p><p class="role key">Schlüssel ',
    );
    const groups = report.hash.match(/.{4}/g)!.join(' ');
    expect(block[2]).toBe(
      `<p class="sign-off">Demo-Schlüssel, keine echte Unterschrift. Prüfsumme (SHA-256): ${groups} — prüfbar mit „protokollant verify --keyring“</p>`,
    );
    // Every character of those lines is in the embedded font subset.
    const rule = [...page.matchAll(/@font-face\{([^}]*)\}/g)].find((m) =>
      m[1]!.includes('font-weight:400;'),
    )![1]!;
    const regular = new TrueTypeFont(decodeBase64(/base64,([^)]*)\)/.exec(rule)![1]!)!);
    for (const ch of '„“—()-256Prüfsmk') {
      expect(regular.glyphOf(ch.codePointAt(0)!), ch).not.toBe(0);
    }
  });

  it('prints a correction after the signatures, never inside them', () => {
    const page = html(signedExampleWithCorrection(), undefined, demoKeyring());
    const signOff = page.indexOf('<p class="sign-off">Demo-Schlüssel, keine echte Unterschrift.');
    const correction = page.indexOf('<section class="correction">');
    expect(signOff).toBeGreaterThan(0);
    expect(correction).toBeGreaterThan(signOff);
    const section = page.slice(correction, page.indexOf('</section></article>', correction));
    expect(section).toContain('<h1>Berichtigung vom 12.07.2018</h1>');
    expect(section).toContain(
      `<p class="labelled"><strong>Betrifft:</strong> ${CORRECTION.concerns}</p><p>${CORRECTION.text}</p>`,
    );
    expect(section).toContain(
      `<p class="labelled"><strong>Beschlossen in:</strong> ${CORRECTION.decidedIn}</p>`,
    );
    expect(section).toContain('Erfasst von Herr Häbe am 12.07.2018, 09:00 Uhr');
    expect(section.match(/<div class="signature signed">/g)).toHaveLength(2);
    expect(page.slice(0, signOff)).not.toContain(CORRECTION.text);
    expect(outlineTitles(buildPrintDocument(signedExampleWithCorrection())).at(-1)).toBe(
      'Berichtigung vom 12.07.2018',
    );
  });

  it('shows suggestions as ins and del, with a legend only when there are any', () => {
    const doc = kleinweiler();
    expect(html(doc)).not.toContain('class="changes-legend"');
    doc.items[0]!.content = content([
      paragraph(
        'Der Rat stimmt ',
        {
          type: 'suggestion',
          kind: 'insert',
          id: 's1',
          author: 'BMin Keller',
          createdAt: '2026-10-15T10:00:00Z',
          children: [text('nach Aussprache ')],
          version: 1,
        } as ContentNode,
        {
          type: 'suggestion',
          kind: 'delete',
          id: 's2',
          author: 'BMin Keller',
          createdAt: '2026-10-15T10:01:00Z',
          children: [text('einstimmig ', 1)],
          version: 1,
        } as ContentNode,
        'zu.',
      ),
    ]);
    const page = html(doc);
    expect(page).toContain(
      '<p>Der Rat stimmt <ins class="change" datetime="2026-10-15T10:00:00Z" title="BMin Keller">nach Aussprache </ins>' +
        '<del class="change" datetime="2026-10-15T10:01:00Z" title="BMin Keller"><strong>einstimmig </strong></del>zu.</p>',
    );
    expect(page).toContain(
      '<p class="changes-legend" role="note">Änderungsvorschläge: <span class="ins">unterstrichen</span> = eingefügt, <span class="del">durchgestrichen</span> = gestrichen</p>',
    );
    expect(page).toMatch(/ins\.change,\.changes-legend \.ins\{text-decoration:underline;color:#/);
    expect(page).toMatch(
      /del\.change,\.changes-legend \.del\{text-decoration:line-through;color:#/,
    );
  });

  it('marks list labels and suggested changes for the PDF tags, only in the page the PDF engine prints', () => {
    const doc = kleinweiler();
    doc.items[0]!.content = content([
      bulletList([['außen']]),
      paragraph(
        'Der Rat stimmt ',
        {
          type: 'suggestion',
          kind: 'insert',
          id: 's1',
          author: 'BMin Keller',
          createdAt: '2026-10-15T10:00:00Z',
          children: [text('nach „A & B“ ')],
          version: 1,
        } as ContentNode,
        {
          type: 'suggestion',
          kind: 'delete',
          id: 's2',
          author: 'BMin Keller',
          createdAt: '2026-10-15T10:01:00Z',
          children: [text('einstimmig', 1)],
          version: 1,
        } as ContentNode,
        ' zu.',
      ),
    ]);
    const print = buildPrintDocument(doc, { keyring: null });
    const { html: page, tags } = renderPdfHtml(print, { fonts });
    expect(page).toContain('<span class="lbl" role="generic" lang="de-DE-x-pklbl">•</span>außen');
    expect(page).toContain(
      '<ins class="change" datetime="2026-10-15T10:00:00Z" title="BMin Keller" lang="de-DE-x-pkins-0">nach „A &amp; B“ </ins>',
    );
    expect(page).toContain('lang="de-DE-x-pkdel-1"><strong>einstimmig</strong></del>');
    expect(tags.changes).toEqual([
      { kind: 'insert', actualText: 'Einfügung: nach „A & B“ (Ende der Einfügung)' },
      { kind: 'delete', actualText: 'Streichung: einstimmig (Ende der Streichung)' },
    ]);
    expect(page).toContain('@media screen{body{display:none}}');
    // The HTML export carries no such marks.
    expect(renderPrintHtml(print, { fonts })).not.toContain('-x-pk');
    expect(readTagMark('de-DE-x-pklbl')).toEqual({ kind: 'label' });
    expect(readTagMark('de-x-pkdel-12')).toEqual({ kind: 'change', index: 12 });
    expect(readTagMark('de-DE')).toBeNull();
    expect(readTagMark('de-x-pkother')).toBeNull();
  });

  it('tags the text headings below the item heading without skipping a level', () => {
    const doc = kleinweiler();
    const heading = (tag: 'h1' | 'h2', words: string) =>
      ({
        type: 'heading',
        tag,
        children: [text(words)],
        direction: null,
        format: '',
        indent: 0,
        version: 1,
      }) as unknown as ContentNode;
    doc.items[0]!.content = content([
      heading('h2', 'Erst klein'),
      paragraph('Text'),
      heading('h1', 'Groß'),
      heading('h2', 'Darunter'),
    ]);
    const page = html(doc);
    // Styled as written (h-3 is the small one), tagged h3 until an h3 came before an h4.
    expect(page).toContain('<h3 class="h-3">Erst klein</h3>');
    expect(page).toContain('<h3 class="h-2">Groß</h3>');
    expect(page).toContain('<h4 class="h-3">Darunter</h4>');
  });

  it('gives each list level its bullet, as the DOCX numbering', () => {
    const doc = kleinweiler();
    const outer = bulletList([['eins'], ['zwei']]);
    // Lexical nests a sub-list in a list item of its own, after the item it belongs to.
    outer.children.push(listItem(3, [bulletList([['tief']])]));
    doc.items[0]!.content = content([outer]);
    const page = html(doc);
    expect(page).toContain('<span class="lbl">•</span>eins');
    expect(page).toContain('<span class="lbl">–</span>tief');
  });

  it('names each Niederschrift of a per-item export in its own footer', () => {
    const doc = stuttgart();
    doc.items.push({ ...doc.items[0]!, id: 'top-13', number: '13', minutesNumber: '234' });
    const page = html(doc);
    expect(page).toContain('content:"Niederschrift Nr. 233 – Seite " counter(page)');
    expect(page).toContain(
      '@page part-2{@bottom-center{content:"Niederschrift Nr. 234 – Seite " counter(page)',
    );
    expect(page).toContain('.part-2{page:part-2}');
    expect(page).toContain('<article class="part part-2">');
  });

  it('keeps a hostile footer label inside its CSS string', () => {
    const doc = stuttgart();
    doc.items[0]!.minutesNumber = '1"}</style><script>alert(1)</script>\\';
    const page = html(doc);
    const style = page.slice(page.indexOf('<style>'), page.indexOf('</style>') + 8);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script/i);
    expect(style).toContain(
      'content:"Niederschrift Nr. 1\\22 }\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\5c  – Seite "',
    );
  });
});

describe('PDF page setup', () => {
  it('is A4 with the house margins, tagged and outlined, with the page’s own header and footer', () => {
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
    expect(setup.displayHeaderFooter).toBe(false);
    expect(setup.meta.title).toContain('Maßnahmenpaket');
  });

  it('lists the outline entries: parts, attendance and TOPs', () => {
    const items = kleinweiler().items;
    const tops = (pub: boolean) =>
      items.filter((i) => i.public === pub).map((i) => `TOP ${i.number}: ${i.title}`);
    expect(outlineTitles(buildPrintDocument(kleinweiler()))).toEqual([
      'Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats',
      'Tagesordnung',
      'Anwesenheit',
      'Öffentlicher Teil',
      ...tops(true),
      'Nichtöffentlicher Teil',
      ...tops(false),
    ]);
  });
});
