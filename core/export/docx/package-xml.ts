import type { ILevelsOptions, NumberingDefinition } from 'docx';
import { FONT_FAMILY, type FontSet } from '../fonts';
import type { PrintDocument } from '../print-model';
import type { Lang } from '../../i18n/catalog';
import { withSectionProperties, type XmlBodies } from './body-xml';
import { escape } from './emit-xml';
import {
  APP_XML,
  CONTENT_TYPES_OPEN,
  CUSTOM_XML,
  DEFAULT_ABSTRACT_NUM,
  DEFAULT_NUM,
  DOCUMENT_OPEN,
  DOCUMENT_RELS_OPEN,
  EMPTY_RELS_XML,
  ENDNOTES_XML,
  FONT_TABLE_XML,
  FOOTER_OPEN,
  FOOTNOTES_XML,
  HEADER_OPEN,
  LANGUAGE_SLOT,
  NUMBERING_OPEN,
  ROOT_RELS_XML,
  SETTINGS_XML,
  STYLES_XML,
  THEME_XML,
} from './fixed-parts';
import { usesItalic } from './fonts';
import { DRAFT_HEADER_BORDER, draftHeaderText, PAGE_PROPERTIES, pageFooterChildren } from './page';
import type { FontTails } from './options';
import { STYLE } from './styles';
import type { PartBytes, PreDeflated } from './zip';

/**
 * The whole DOCX package written as strings, without the docx library: what docx's compiler
 * gives for the same document (render-docx.ts, the reference), part for part and byte for
 * byte, before package-parts.ts's fixes. A cold CLI export no longer loads docx at all (half a
 * megabyte of code to compile) nor builds its object tree for the styles, numbering, headers
 * and footers (issue 17).
 *
 * The parts that are the same for every document come from fixed-parts.ts, taken from docx's
 * output; the rest is written here in docx's element and attribute order. emit.test.ts holds
 * both to the reference for every test document, embedded fonts included.
 *
 * Not written here: Word comments (word/comments.xml and its companions). A document that
 * carries comments, or has no part at all, goes the reference's way (render.ts decides).
 */

type Files = Map<string, string | PartBytes>;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const RELS_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

const relationship = (id: number, type: string, target: string): string =>
  `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;

/** docx's page fields as its runs write them: the instruction of each. */
const FIELD_INSTRUCTIONS: Record<string, string> = {
  CURRENT: 'PAGE',
  TOTAL_PAGES: 'NUMPAGES',
  TOTAL_PAGES_IN_SECTION: 'SECTIONPAGES',
  SECTION: 'SECTION',
};

/**
 * One docx TextRun of strings without formatting: text pieces share a run, and a string docx
 * takes for a page field becomes the field's four runs (its begin stays in the current run
 * when that run has nothing else yet), as docx's Run writes them.
 */
function fieldRuns(children: readonly string[]): string {
  let out = '';
  let current = '';
  let open = true;
  for (const child of children) {
    if (!open) {
      current = '';
      open = true;
    }
    const instruction = FIELD_INSTRUCTIONS[child];
    if (instruction === undefined) {
      current += `<w:t xml:space="preserve">${escape(child)}</w:t>`;
      continue;
    }
    let parts = [
      '<w:fldChar w:fldCharType="begin"/>',
      `<w:instrText xml:space="preserve">${instruction}</w:instrText>`,
      '<w:fldChar w:fldCharType="separate"/>',
      '<w:fldChar w:fldCharType="end"/>',
    ];
    if (current === '') {
      current = parts[0]!;
      parts = parts.slice(1);
    }
    out += `<w:r>${current}</w:r>${parts.map((part) => `<w:r>${part}</w:r>`).join('')}`;
    open = false;
  }
  if (open) out += current ? `<w:r>${current}</w:r>` : '<w:r/>';
  return out;
}

function footerXml(label: string, lang: Lang): string {
  return (
    `${FOOTER_OPEN}<w:p><w:pPr><w:pStyle w:val="${STYLE.footer}"/><w:jc w:val="center"/></w:pPr>` +
    `${fieldRuns(pageFooterChildren(label, lang))}</w:p></w:ftr>`
  );
}

function headerXml(text: string): string {
  const b = DRAFT_HEADER_BORDER;
  return (
    `${HEADER_OPEN}<w:p><w:pPr><w:pStyle w:val="${STYLE.draftMark}"/>` +
    `<w:pBdr><w:bottom w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}" w:space="${b.space}"/></w:pBdr>` +
    `<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p></w:hdr>`
  );
}

function sectionPropertiesXml(header: number | null, footer: number): string {
  const { size, margin } = PAGE_PROPERTIES.page!;
  const m = margin!;
  return (
    '<w:sectPr>' +
    (header === null ? '' : `<w:headerReference w:type="default" r:id="rId${header}"/>`) +
    `<w:footerReference w:type="default" r:id="rId${footer}"/>` +
    `<w:pgSz w:w="${size!.width}" w:h="${size!.height}" w:orient="${size!.orientation}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" ` +
    `w:header="${m.header}" w:footer="${m.footer}" w:gutter="${m.gutter}"/>` +
    '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** One level of a list definition, as docx's Level writes our options. */
function levelXml(level: ILevelsOptions): string {
  const indent = level.style?.paragraph?.indent;
  const font = level.style?.run?.font;
  const fonts =
    font && typeof font === 'object' && 'ascii' in font
      ? `<w:rPr><w:rFonts w:ascii="${escape(font.ascii!)}" w:cs="${escape(font.cs!)}" ` +
        `w:eastAsia="${escape(font.eastAsia!)}" w:hAnsi="${escape(font.hAnsi!)}"/></w:rPr>`
      : '';
  return (
    `<w:lvl w:ilvl="${level.level}" w:tentative="1"><w:start w:val="${level.start ?? 1}"/>` +
    (level.format ? `<w:numFmt w:val="${level.format}"/>` : '') +
    (level.text ? `<w:lvlText w:val="${escape(level.text)}"/>` : '') +
    `<w:lvlJc w:val="${level.alignment ?? 'start'}"/>` +
    (indent
      ? `<w:pPr><w:ind w:left="${indent.left}" w:hanging="${indent.hanging}"/></w:pPr>`
      : '') +
    `${fonts}</w:lvl>`
  );
}

/** word/numbering.xml: docx's own bullet list, our definitions, one w:num per list used. */
function numberingXml(definitions: readonly NumberingDefinition[], bodies: XmlBodies): string {
  const abstractIds = new Map(definitions.map((d, i) => [d.reference, i + 2]));
  const levelsOf = new Map(definitions.map((d) => [d.reference, d.levels]));
  const abstracts = definitions.map(
    (d) =>
      `<w:abstractNum w:abstractNumId="${abstractIds.get(d.reference)}" w15:restartNumberingAfterBreak="0">` +
      `<w:multiLevelType w:val="hybridMultilevel"/>${d.levels.map(levelXml).join('')}</w:abstractNum>`,
  );
  const nums = bodies.lists.map(
    ({ reference }, index) =>
      `<w:num w:numId="${index + 2}"><w:abstractNumId w:val="${abstractIds.get(reference)}"/>` +
      (levelsOf.get(reference) ?? [{ level: 0 }])
        .map(
          ({ level, start }) =>
            `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start ?? 1}"/></w:lvlOverride>`,
        )
        .join('') +
      '</w:num>',
  );
  return `${NUMBERING_OPEN}${DEFAULT_ABSTRACT_NUM}${abstracts.join('')}${DEFAULT_NUM}${nums.join('')}</w:numbering>`;
}

/** The faces to embed, in docx's order (regular, bold, italic, bold italic). */
function fontFaces(print: PrintDocument): { element: string; face: keyof FontSet }[] {
  const faces: { element: string; face: keyof FontSet }[] = [
    { element: 'w:embedRegular', face: 'regular' },
    { element: 'w:embedBold', face: 'bold' },
  ];
  if (usesItalic(print)) {
    faces.push(
      { element: 'w:embedItalic', face: 'italic' },
      { element: 'w:embedBoldItalic', face: 'boldItalic' },
    );
  }
  return faces;
}

/** The bytes the font key changes: the rest of a face is the same in every file. */
const OBFUSCATED = 32;

/**
 * An obfuscated face with its raw DEFLATE: the obfuscated head as a stored block (not the last),
 * then the tail's own DEFLATE stream made ahead (RFC 1951: a stored block ends on a byte
 * boundary, and the tail's stream refers to nothing before it).
 */
function preDeflatedFace(face: Uint8Array, tail: Uint8Array): PreDeflated {
  const head = face.subarray(0, OBFUSCATED);
  const deflated = new Uint8Array(5 + head.length + tail.length);
  // BFINAL 0, BTYPE 00 (stored), then LEN and its one's complement NLEN, little-endian.
  deflated.set([
    0,
    head.length & 0xff,
    head.length >> 8,
    ~head.length & 0xff,
    (~head.length >> 8) & 0xff,
  ]);
  deflated.set(head, 5);
  deflated.set(tail, 5 + head.length);
  return { data: face, deflated };
}

/** A font key as docx makes one: a random GUID of lower-case hex digits. */
export function randomFontKey(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(Math.random() * 16)]).join('');
  return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
}

/**
 * ODTTF: the first 32 bytes of the font XORed with the key's bytes (ECMA-376 part 2, 13.2 — no
 * secret, it only marks the font as embedded), as docx's obfuscate writes it.
 */
export function obfuscateFont(font: Uint8Array, key: string): Uint8Array {
  const guid = key.replace(/-/g, '');
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(guid.slice(i * 2, i * 2 + 2), 16));
  bytes.reverse();
  const out = new Uint8Array(font);
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] = font[i]! ^ bytes[i % 16]!;
  return out;
}

const FONT_SIGNATURE =
  '<w:family w:val="auto"/><w:pitch w:val="variable"/>' +
  '<w:sig w:usb0="E0002AFF" w:usb1="C000247B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/>';

export interface PackageInput {
  print: PrintDocument;
  lang: Lang;
  bodies: XmlBodies;
  /** docProps/core.xml, written by properties.ts. */
  core: string;
  /** Arimo's faces to embed, or null. */
  fonts: FontSet | null;
  /** The font keys, one per face (tests give docx's to compare with it); random otherwise. */
  fontKeys?: readonly string[];
  fontTails?: FontTails;
}

/** The package's parts by path, in the order docx's compiler gives them. */
export function packageParts(input: PackageInput): Files {
  const { print, lang, bodies } = input;
  const language = print.meta.language || 'de-DE';
  const header = print.draft || print.unconfirmed ? draftHeaderText(lang, !print.draft) : null;

  // Relationships of word/document.xml: rId1–5 fixed, then each section's header and footer.
  let rId = 6;
  const rels: string[] = [];
  const overrides: string[] = [];
  const sectionProperties: string[] = [];
  const headers: string[] = [];
  const footers: string[] = [];
  for (const part of print.parts) {
    let headerId: number | null = null;
    if (header !== null) {
      headers.push(headerXml(header));
      headerId = rId++;
      rels.push(relationship(headerId, 'header', `header${headers.length}.xml`));
      overrides.push(
        `<Override ContentType="${CONTENT}.header+xml" PartName="/word/header${headers.length}.xml"/>`,
      );
    }
    footers.push(footerXml(part.footerLabel, lang));
    const footerId = rId++;
    rels.push(relationship(footerId, 'footer', `footer${footers.length}.xml`));
    overrides.push(
      `<Override ContentType="${CONTENT}.footer+xml" PartName="/word/footer${footers.length}.xml"/>`,
    );
    sectionProperties.push(sectionPropertiesXml(headerId, footerId));
  }
  rels.push(relationship(rId++, 'theme', 'theme/theme1.xml'));
  rels.push(relationship(rId++, 'fontTable', 'fontTable.xml'));

  const last = bodies.sections.length - 1;
  const body = bodies.sections
    .map((section, index) =>
      index === last
        ? section.join('') + sectionProperties[index]!
        : withSectionProperties(section, sectionProperties[index]),
    )
    .join('');

  const fonts = input.fonts;
  const faces = fonts ? fontFaces(print) : [];
  const keys = faces.map((_, i) => input.fontKeys?.[i] ?? randomFontKey());
  const fontTable =
    faces.length === 0
      ? FONT_TABLE_XML
      : `${FONT_TABLE_XML.slice(0, -2)}><w:font w:name="${escape(FONT_FAMILY)}">${FONT_SIGNATURE}` +
        faces
          .map(
            ({ element }, i) =>
              `<${element} r:id="rId${i + 1}" w:fontKey="{${keys[i]!.toUpperCase()}}"/>`,
          )
          .join('') +
        '</w:font></w:fonts>';
  const fontRels =
    faces.length === 0
      ? EMPTY_RELS_XML
      : `${RELS_OPEN}${faces.map((_, i) => relationship(i + 1, 'font', `fonts/font${i + 1}.odttf`)).join('')}</Relationships>`;

  const files: Files = new Map();
  files.set(
    'word/_rels/document.xml.rels',
    `${DOCUMENT_RELS_OPEN}${rels.join('')}</Relationships>`,
  );
  files.set('word/document.xml', `${DOCUMENT_OPEN}${body}</w:body></w:document>`);
  files.set('word/styles.xml', STYLES_XML.split(LANGUAGE_SLOT).join(escape(language)));
  files.set('docProps/core.xml', input.core);
  files.set('_rels/.rels', ROOT_RELS_XML);
  headers.forEach((_, i) => files.set(`word/_rels/header${i + 1}.xml.rels`, EMPTY_RELS_XML));
  footers.forEach((_, i) => files.set(`word/_rels/footer${i + 1}.xml.rels`, EMPTY_RELS_XML));
  headers.forEach((xml, i) => files.set(`word/header${i + 1}.xml`, xml));
  footers.forEach((xml, i) => files.set(`word/footer${i + 1}.xml`, xml));
  files.set('docProps/custom.xml', CUSTOM_XML);
  files.set('docProps/app.xml', APP_XML);
  files.set('word/footnotes.xml', FOOTNOTES_XML);
  files.set('word/_rels/footnotes.xml.rels', EMPTY_RELS_XML);
  files.set('word/endnotes.xml', ENDNOTES_XML);
  files.set('word/_rels/endnotes.xml.rels', EMPTY_RELS_XML);
  files.set(
    'word/settings.xml',
    // docx marks a file with embedded fonts so (Word: "Schriftarten in der Datei einbetten").
    faces.length === 0
      ? SETTINGS_XML
      : SETTINGS_XML.replace('<w:displayBackgroundShape/>', '$&<w:embedTrueTypeFonts/>'),
  );
  files.set('word/fontTable.xml', fontTable);
  files.set('word/_rels/fontTable.xml.rels', fontRels);
  files.set('word/theme/theme1.xml', THEME_XML);
  files.set('word/numbering.xml', numberingXml(bodies.numbering, bodies));
  files.set('[Content_Types].xml', `${CONTENT_TYPES_OPEN}${overrides.join('')}</Types>`);
  faces.forEach(({ face }, i) => {
    const data = obfuscateFont(fonts![face], keys[i]!);
    const tail = data.length > OBFUSCATED ? input.fontTails?.[face] : undefined;
    files.set(`word/fonts/font${i + 1}.odttf`, tail ? preDeflatedFace(data, tail) : data);
  });
  return files;
}
