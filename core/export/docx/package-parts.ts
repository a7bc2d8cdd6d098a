import { DRAFT_MARK } from '../house-layout';
import { FONT_FAMILY } from '../fonts';
import { STYLE } from './styles';
import type { PartBytes } from './zip';

/**
 * What the docx library writes differently from Word, fixed in the compiled parts before they
 * are zipped: Word-native style definitions, List Number with a numbering of its own, the
 * ENTWURF watermark as Word draws one (Design › Wasserzeichen), read-only protection of signed
 * minutes, and the extended properties (app.xml) docx leaves empty.
 *
 * Each fix is a string edit at a place the library's output fixes (element names, not
 * positions); a fix whose anchor is missing leaves the part as it was, and the tests that read
 * these parts back fail, so a change in docx cannot silently drop one.
 */

export interface PackageFacts {
  draft: boolean;
  /** The minutes carry signatures: the file opens read-only, as Word marks final documents. */
  signed: boolean;
  /** Word's "Wasserzeichen" text. */
  watermark: string;
}

/** abstractNum and num id of List Number's own numbering: far above what docx hands out. */
export const LIST_NUMBER_NUM_ID = 9001;

const HEADING_LOOK = '<w:rPr><w:b/><w:bCs/></w:rPr>';

/** Word's built-in Heading 4–6: lower-case names (as Word writes them), outline levels 4–6. */
function headingStyle(level: 4 | 5 | 6): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}">` +
    `<w:name w:val="heading ${level}"/><w:basedOn w:val="${STYLE.normal}"/>` +
    `<w:next w:val="${STYLE.normal}"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/>` +
    `<w:outlineLvl w:val="${level - 1}"/></w:pPr>${HEADING_LOOK}</w:style>`
  );
}

const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>' +
  '<w:unhideWhenUsed/></w:style>';

/** Word's Strong is a character style; docx writes a paragraph style of that name. */
const STRONG =
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>' +
  '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/>' +
  '<w:rPr><w:b/><w:bCs/></w:rPr></w:style>';

function replaceStyle(xml: string, styleId: string, replacement: string): string {
  const pattern = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`);
  return pattern.test(xml) ? xml.replace(pattern, replacement) : xml;
}

export function fixStyles(xml: string): string {
  let out = xml;
  for (const level of [4, 5, 6] as const) {
    out = replaceStyle(out, `Heading${level}`, headingStyle(level));
  }
  out = replaceStyle(out, 'Strong', STRONG);
  if (!/w:styleId="DefaultParagraphFont"/.test(out)) {
    // After the document defaults and latent styles, before the first style.
    out = out.replace(/<w:style /, `${DEFAULT_PARAGRAPH_FONT}<w:style `);
  }
  // List Number numbers itself: a paragraph given the style in Word gets "1.", "2.", …
  out = out.replace(
    new RegExp(`(<w:style [^>]*w:styleId="${STYLE.listNumber}"[^>]*>[\\s\\S]*?<w:pPr>)`),
    `$1<w:numPr><w:numId w:val="${LIST_NUMBER_NUM_ID}"/></w:numPr>`,
  );
  return out;
}

/** The numbering List Number refers to: decimal "1." at every level, each level indented. */
export function fixNumbering(xml: string): string {
  const step = 425;
  const levels = Array.from(
    { length: 9 },
    (_, level) =>
      `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>` +
      (level === 0 ? `<w:pStyle w:val="${STYLE.listNumber}"/>` : '') +
      `<w:lvlText w:val="%${level + 1}."/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${step * (level + 1)}" w:hanging="${step}"/></w:pPr></w:lvl>`,
  ).join('');
  const abstract =
    `<w:abstractNum w:abstractNumId="${LIST_NUMBER_NUM_ID}">` +
    `<w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>`;
  const num = `<w:num w:numId="${LIST_NUMBER_NUM_ID}"><w:abstractNumId w:val="${LIST_NUMBER_NUM_ID}"/></w:num>`;
  // Every abstractNum comes before the first num (the schema's order).
  const firstNum = xml.indexOf('<w:num ');
  const end = xml.lastIndexOf('</w:numbering>');
  if (end < 0) return xml;
  const at = firstNum >= 0 ? firstNum : end;
  const withAbstract = `${xml.slice(0, at)}${abstract}${xml.slice(at)}`;
  const close = withAbstract.lastIndexOf('</w:numbering>');
  return `${withAbstract.slice(0, close)}${num}${withAbstract.slice(close)}`;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]!};`);

/**
 * Word's own watermark: a VML text path behind the text of every page, centred and turned,
 * named "PowerPlusWaterMarkObject" as Word names it (Word and LibreOffice both recognise it as
 * the document's watermark, and Word's Design › Wasserzeichen edits or removes it).
 */
export function watermarkRun(text: string): string {
  const color = DRAFT_MARK.color;
  return (
    '<w:r><w:rPr><w:noProof/></w:rPr><w:pict>' +
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>' +
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>' +
    '<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>' +
    '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>' +
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>' +
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" ' +
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;' +
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;' +
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" ' +
    `fillcolor="${color}" stroked="f"><v:fill opacity=".25"/>` +
    `<v:textpath style="font-family:&quot;${FONT_FAMILY}&quot;;font-size:1pt" string="${escapeXml(text)}"/>` +
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
  );
}

/** The watermark goes into the first paragraph of a header, before its text. */
export function addWatermark(headerXml: string, text: string): string {
  const match = /<w:p(?: [^>]*)?>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?/.exec(headerXml);
  if (!match) return headerXml;
  const at = match.index + match[0].length;
  return `${headerXml.slice(0, at)}${watermarkRun(text)}${headerXml.slice(at)}`;
}

/** Signed minutes open read-only, enforced (Word: "Bearbeitung einschränken"). */
export function protectSettings(xml: string): string {
  if (xml.includes('<w:documentProtection')) return xml;
  const protection = '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>';
  // The schema's place: after the font embedding flags, before the default tab stop.
  const at = xml.indexOf('<w:defaultTabStop');
  return at < 0 ? xml : `${xml.slice(0, at)}${protection}${xml.slice(at)}`;
}

/** docProps/app.xml with what Word writes there. DocSecurity 4: read-only enforced. */
export function appPropertiesXml(facts: PackageFacts, company: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Template>Normal.dotm</Template><TotalTime>0</TotalTime>' +
    '<Application>Protokollant</Application>' +
    `<DocSecurity>${facts.signed ? 4 : 0}</DocSecurity>` +
    '<ScaleCrop>false</ScaleCrop>' +
    (company ? `<Company>${escapeXml(company)}</Company>` : '') +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>' +
    '<HyperlinksChanged>false</HyperlinksChanged>' +
    '</Properties>'
  );
}

/** Applies every fix to the compiled parts, in place. */
export function finishPackage(
  files: Map<string, string | PartBytes>,
  facts: PackageFacts,
  company: string,
): void {
  const edit = (path: string, fix: (xml: string) => string) => {
    const data = files.get(path);
    if (typeof data === 'string') files.set(path, fix(data));
  };
  edit('word/styles.xml', fixStyles);
  edit('word/numbering.xml', fixNumbering);
  if (facts.draft) {
    for (const path of files.keys()) {
      if (/^word\/header\d+\.xml$/.test(path)) edit(path, (x) => addWatermark(x, facts.watermark));
    }
  }
  if (facts.signed) edit('word/settings.xml', protectSettings);
  files.set('docProps/app.xml', appPropertiesXml(facts, company));
}
