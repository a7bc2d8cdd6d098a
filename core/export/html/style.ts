import { FONT_FAMILY } from '../fonts';
import { DRAFT_MARK, HEADER_TABLE, PAGE, SIGNATURE, TYPE } from '../house-layout';

/**
 * The print stylesheet. Every measure comes from house-layout, the same numbers the DOCX
 * exporter uses, so both formats break pages alike.
 */
export function printCss(): string {
  const p = PAGE;
  return `
@page{size:${p.widthMm}mm ${p.heightMm}mm;margin:${p.marginTopMm}mm ${p.marginRightMm}mm ${p.marginBottomMm}mm ${p.marginLeftMm}mm}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:"${FONT_FAMILY}",sans-serif;font-size:${TYPE.bodyPt}pt;line-height:${TYPE.lineHeight};color:#000;background:#fff;font-kerning:normal;hyphens:manual;overflow-wrap:break-word}
p,li,td,th,blockquote{orphans:2;widows:2}
p{margin:0 0 ${TYPE.paragraphAfterPt}pt;white-space:pre-wrap}
h1,h2,h3,h4{font-weight:700;white-space:pre-wrap;margin:${TYPE.headingBeforePt}pt 0 ${TYPE.headingAfterPt}pt;break-after:avoid;break-inside:avoid;line-height:1.2}
h1{font-size:${TYPE.heading1Pt}pt}
h2{font-size:${TYPE.heading2Pt}pt}
h3{font-size:${TYPE.heading3Pt}pt}
h4{font-size:${TYPE.bodyPt}pt;font-style:italic}
.part+.part{break-before:page}
.kicker{margin:0 0 2pt;font-size:${TYPE.bodyPt}pt;font-weight:700;letter-spacing:0.02em}
h1.doc-title{font-size:${TYPE.titlePt}pt;margin:0 0 ${TYPE.headingBeforePt}pt}
table{border-collapse:collapse}
.fields{width:100%;margin:0 0 ${TYPE.headingBeforePt}pt;break-inside:avoid;table-layout:fixed}
.fields th,.fields td{padding:0 0 2pt;vertical-align:top;text-align:left;white-space:pre-wrap}
.fields th{width:${HEADER_TABLE.labelColumnMm}mm;padding-right:3mm;font-weight:${HEADER_TABLE.labelBold ? 700 : 400}}
.fields h2{display:inline;font-size:inherit;font-weight:inherit;margin:0;line-height:inherit}
.doc-header{border-bottom:0.75pt solid #000;padding-bottom:${TYPE.paragraphAfterPt}pt}
.item-fields{margin:0 0 ${TYPE.paragraphAfterPt}pt}
.names{margin:0;padding:0;list-style:none}
.names li{margin:0;padding:0}
.names.long{columns:2;column-gap:6mm}
.names li{break-inside:avoid}
.findings{margin-bottom:${TYPE.headingBeforePt}pt}
.section-title,.block-title{font-weight:700;break-after:avoid}
.attendance{margin-bottom:${TYPE.paragraphAfterPt}pt}
ol,ul{margin:0 0 ${TYPE.paragraphAfterPt}pt;padding-left:8mm}
li{margin:0;padding-left:1mm}
li>p:last-child,li>ol:last-child,li>ul:last-child{margin-bottom:${TYPE.paragraphAfterPt / 2}pt}
blockquote{margin:0 0 ${TYPE.paragraphAfterPt}pt 8mm}
.content-table{width:100%;margin:0 0 ${TYPE.paragraphAfterPt}pt;break-inside:auto}
.content-table td,.content-table th{border:0.5pt solid #000;padding:1.5pt 4pt;vertical-align:top;text-align:left}
.content-table th{font-weight:700;background:#eee}
.content-table p{margin:0;white-space:pre-wrap}
.content-table p+p{margin-top:${TYPE.paragraphAfterPt / 2}pt}
tr{break-inside:avoid}
thead{display:table-header-group}
.tab{white-space:pre;tab-size:4}
.signatures{break-inside:avoid;display:grid;grid-template-columns:repeat(2,${SIGNATURE.lineWidthMm}mm);justify-content:space-between;margin-top:${TYPE.headingBeforePt}pt}
.signature{break-inside:avoid;padding-top:${SIGNATURE.spaceAboveMm}mm}
.signature .line{border-top:0.75pt solid #000;padding-top:2pt}
.signature p{margin:0;font-size:${TYPE.smallPt}pt;line-height:1.25}
.signature .name{font-size:${TYPE.bodyPt}pt}
.draft-banner{display:none}
@media screen{
  html{background:#e5e5e5}
  body{max-width:${p.widthMm - p.marginLeftMm - p.marginRightMm}mm;margin:8mm auto;padding:${p.marginTopMm}mm ${p.marginRightMm}mm ${p.marginBottomMm}mm ${p.marginLeftMm}mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.25)}
  .draft-banner{display:block;margin:0 0 ${TYPE.headingBeforePt}pt;padding:2mm 3mm;border:1pt solid ${DRAFT_MARK.color};color:${DRAFT_MARK.color};font-weight:700;letter-spacing:0.08em}
  .part+.part{margin-top:${p.marginTopMm}mm;border-top:1pt dashed #999;padding-top:${p.marginTopMm}mm}
}
`.trim();
}

/**
 * Page margin boxes for the HTML file when a browser prints it. The PDF engines leave them out:
 * they draw header and footer from templates, and Chromium would draw both.
 */
export function marginBoxCss(footerContent: string, draftContent: string | null): string {
  const font = `font-family:"${FONT_FAMILY}",sans-serif;font-size:${TYPE.smallPt}pt`;
  const draftBox = draftContent
    ? `@top-right{content:${draftContent};${font};font-weight:700;color:${DRAFT_MARK.color}}`
    : '';
  return `@page{${draftBox}@bottom-center{content:${footerContent};${font}}}`;
}
