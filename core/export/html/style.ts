import { FONT_FAMILY } from '../fonts';
import { DRAFT_MARK, HEADER_TABLE, PAGE, SIGNATURE, TYPE } from '../house-layout';

/**
 * The print stylesheet. Every measure comes from house-layout, the numbers the DOCX exporter
 * uses, and spacing follows the DOCX's paragraph styles, so the PDF breaks pages like the DOCX
 * (as LibreOffice lays it out): margins collapse as paragraph spacing does there, and line
 * height is Word's "multiple" of the font's own line height, not of its size.
 */

/** Arimo's hhea line height in em, for when the font bytes cannot be read. */
export const DEFAULT_FONT_LINE_EM = 1.15;

/** Colour of rules and table borders: a print grey, as in the DOCX. */
export const RULE_COLOR = '#808080';
/** Suggested changes: inserted text blue and underlined, deleted text red and struck through. */
const INSERTED = '#1d4ed8';
const DELETED = '#b91c1c';
const MUTED = '#404040';
const HEADER_CELL = '#f2f2f2';
/** The step of each list level: number at its start, text one step further (DOCX numbering). */
const LIST_STEP_MM = 7.5;
/** A table's cell text has 1.5 pt above and below, as the DOCX's table text style. */
const CELL_PAD_PT = 1.5;
/** Word's default left and right cell margin (0.08 in) for content tables. */
const CELL_SIDE_MM = 1.9;

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

export interface PrintCssOptions {
  /** The body font's line height in em (fontLineHeightEm of the regular face). */
  fontLineEm: number;
}

/** Line height, in pt, of text of the given size. */
export function linePt(sizePt: number, fontLineEm: number): number {
  return round(sizePt * TYPE.lineHeight * fontLineEm);
}

export function printCss({ fontLineEm }: PrintCssOptions): string {
  const p = PAGE;
  const lh = round(TYPE.lineHeight * fontLineEm);
  const bodyLine = linePt(TYPE.bodyPt, fontLineEm);
  const smallLine = linePt(TYPE.smallPt, fontLineEm);
  const after = TYPE.paragraphAfterPt;
  return `
@page{size:${p.widthMm}mm ${p.heightMm}mm;margin:${p.marginTopMm}mm ${p.marginRightMm}mm ${p.marginBottomMm}mm ${p.marginLeftMm}mm}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:"${FONT_FAMILY}",sans-serif;font-size:${TYPE.bodyPt}pt;line-height:${lh};color:#000;background:#fff;font-kerning:none;font-variant-ligatures:none;hyphens:manual;overflow-wrap:break-word}
p,li,td,th,blockquote{orphans:2;widows:2}
p{margin:0 0 ${after}pt;white-space:pre-wrap}
h1,h2,h3,h4{font-weight:700;white-space:pre-wrap;margin:${TYPE.headingBeforePt}pt 0 ${TYPE.headingAfterPt}pt;break-after:avoid;break-inside:avoid}
h1{font-size:${TYPE.heading1Pt}pt;margin-top:${TYPE.headingBeforePt * 1.5}pt;padding-bottom:2pt;border-bottom:0.5pt solid ${RULE_COLOR}}
h2,h3.h-2{font-size:${TYPE.heading2Pt}pt}
h3,h4.h-3{font-size:${TYPE.heading3Pt}pt}
h1.doc-title{font-size:${TYPE.titlePt}pt;margin:0 0 ${TYPE.headingAfterPt * 2}pt;padding:0;border:0}
.kicker{margin:0 0 ${after / 2}pt;color:${MUTED};break-after:avoid}
.part+.part{break-before:page}
h1.new-page{break-before:page}
.section-title{font-weight:700;margin-top:${after}pt;break-after:avoid;break-inside:avoid}
.vote,.finding{break-inside:avoid}
.count{margin-top:${after}pt}
table{border-collapse:collapse}
.fields{width:100%;table-layout:fixed;margin:0}
.fields th,.fields td{padding:${CELL_PAD_PT}pt 2mm ${CELL_PAD_PT}pt 0;vertical-align:top;text-align:left;font-weight:${HEADER_TABLE.labelBold ? 700 : 400};white-space:pre-wrap}
.fields th{width:${HEADER_TABLE.labelColumnMm}mm;box-sizing:border-box}
.fields h2{display:inline;font-size:inherit;font-weight:inherit;margin:0;padding:0;border:0}
.fields tr{break-inside:avoid}
.doc-header,.item-fields,.attendance .fields{break-inside:avoid}
.item-fields{break-after:avoid}
.attendance h1{break-after:avoid}
.doc-header{border-bottom:0.5pt solid ${RULE_COLOR}}
.spacer{height:${round(bodyLine + 2 * CELL_PAD_PT)}pt}
.names{margin:0;padding:0;list-style:none}
.names li{margin:0;padding:0}
.names li+li{margin-top:${CELL_PAD_PT}pt}
ol,ul{margin:0 0 ${after}pt;padding:0 0 0 ${LIST_STEP_MM}mm;list-style:none}
li>ol,li>ul{margin-bottom:0}
li>p{margin:0 0 ${after / 2}pt}
ol>li:last-child>p:last-child,ul>li:last-child>p:last-child{margin-bottom:0}
.lbl{display:inline-block;width:${LIST_STEP_MM}mm;margin-left:-${LIST_STEP_MM}mm;white-space:nowrap}
blockquote{margin:0 10mm ${after}pt 10mm;padding-left:8pt;border-left:1pt solid ${RULE_COLOR}}
blockquote p:last-child{margin-bottom:0}
.content-table{width:100%;table-layout:fixed;margin:0 0 ${smallLine}pt}
.content-table td,.content-table th{border:0.5pt solid ${RULE_COLOR};padding:0 ${CELL_SIDE_MM}mm;vertical-align:top;text-align:left}
.content-table th{font-weight:700;background:${HEADER_CELL}}
.content-table p{margin:${CELL_PAD_PT}pt 0}
.content-table tr{break-inside:avoid}
thead{display:table-header-group}
.tab{white-space:pre;tab-size:4}
.sign-block{break-inside:avoid;break-before:avoid}
.closing{break-inside:avoid}
.certify{margin-top:6mm;break-after:avoid}
.signatures{display:grid;grid-template-columns:${SIGNATURE.lineWidthMm}mm ${SIGNATURE.lineWidthMm}mm;justify-content:space-between;margin-top:calc(5mm + ${bodyLine}pt);break-inside:avoid}
.signature{break-inside:avoid}
.signature .rule{height:calc(${SIGNATURE.spaceAboveMm}mm + ${round(bodyLine + 1)}pt);border-bottom:0.75pt solid #000;display:flex;flex-direction:column;justify-content:flex-end}
.signature.signed .rule{height:calc(${SIGNATURE.spaceAboveMm}mm + ${round(2 * smallLine + 1)}pt)}
.signature p{margin:0}
.signature .role,.signature .signed-note{font-size:${TYPE.smallPt}pt;line-height:${smallLine}pt;color:${MUTED}}
.signature .key{font-size:${TYPE.finePt}pt;line-height:${linePt(TYPE.finePt, fontLineEm)}pt}
.sign-off{font-size:${TYPE.smallPt}pt;line-height:${smallLine}pt;margin:${SIGNATURE.signOffGapMm}mm 0 ${after}pt}
.correction .labelled{break-after:avoid}
.correction .recorded{margin:0;font-size:${TYPE.smallPt}pt;line-height:${smallLine}pt;color:${MUTED}}
.changes-legend{font-size:${TYPE.smallPt}pt;line-height:${smallLine}pt;color:${MUTED}}
ins.change,.changes-legend .ins{text-decoration:underline;color:${INSERTED}}
del.change,.changes-legend .del{text-decoration:line-through;color:${DELETED}}
.draft-banner{display:none}
@media screen{
  html{background:#e5e5e5}
  body{max-width:${p.widthMm - p.marginLeftMm - p.marginRightMm}mm;margin:8mm auto;padding:${p.marginTopMm}mm ${p.marginRightMm}mm ${p.marginBottomMm}mm ${p.marginLeftMm}mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.25)}
  .draft-banner{display:block;margin:0 0 ${TYPE.headingBeforePt}pt;padding-bottom:2pt;border-bottom:1pt solid ${DRAFT_MARK.color};color:${DRAFT_MARK.color};font-weight:700;text-align:right}
  .part+.part{margin-top:${p.marginTopMm}mm;border-top:1pt dashed #999;padding-top:${p.marginTopMm}mm}
}
`.trim();
}
