/**
 * The page and type measures of every export. DOCX and print HTML (→ PDF) both read them, so
 * the two formats match page for page. Margins leave room for a German administration's
 * letterhead and punched filing (wider left margin).
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 25,
  marginBottomMm: 20,
  marginLeftMm: 25,
  marginRightMm: 20,
  /** Distance of the running header (ENTWURF mark) and footer from the paper edge. */
  headerDistanceMm: 10,
  footerDistanceMm: 10,
} as const;

export const TYPE = {
  bodyPt: 11,
  /** Line height as a multiple of the font size. */
  lineHeight: 1.3,
  paragraphAfterPt: 6,
  titlePt: 14,
  heading1Pt: 13,
  heading2Pt: 12,
  heading3Pt: 11,
  smallPt: 9,
  /** A signature's key fingerprint: one line under a 70 mm signature line. */
  finePt: 7,
  headingBeforePt: 12,
  headingAfterPt: 6,
} as const;

export const HEADER_TABLE = {
  /** Width of the label column of the header table. */
  labelColumnMm: 45,
  labelBold: false,
} as const;

export const DRAFT_MARK = {
  text: 'ENTWURF',
  /** Shown on every page of a document that is not signed off. */
  note: 'Entwurf – nicht freigegeben',
  color: '#c2410c',
} as const;

export const SIGNATURE = {
  /** Room above each signature line. */
  spaceAboveMm: 15,
  lineWidthMm: 70,
  /** Room between the signatures and the verification line of signed minutes. */
  signOffGapMm: 4,
} as const;

export const mmToTwip = (mm: number): number => Math.round((mm / 25.4) * 1440);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
