// Types only: the fast path (package-xml.ts) must not load docx; its enums are these strings.
import type { IParagraphStyleOptions, IRunStylePropertiesOptions, IStylesOptions } from 'docx';
import { FONT_FAMILY } from '../fonts';
import { DRAFT_MARK, mmToTwip, ptToHalfPoints, SIGNATURE, TYPE } from '../house-layout';

/**
 * The DOCX's named styles. Built-in ones carry Word's own ids and names (Word shows them
 * translated, "Überschrift 1", and LibreOffice maps them to its own), so a clerk who edits the
 * file finds the usual styles; the few of our own carry German names for the same reason.
 */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  listNumber: 'ListNumber',
  listBullet: 'ListBullet',
  quote: 'Quote',
  header: 'Header',
  footer: 'Footer',
  kicker: 'Kicker',
  sectionTitle: 'SectionTitle',
  tableText: 'TableText',
  vote: 'Vote',
  finding: 'Finding',
  signature: 'Signature',
  signatureRole: 'SignatureRole',
  signatureKey: 'SignatureKey',
  signOff: 'SignOff',
  draftMark: 'DraftMark',
} as const;

/** The one font for every script slot, so no text falls back to a theme font. */
export const ARIMO = {
  ascii: FONT_FAMILY,
  hAnsi: FONT_FAMILY,
  cs: FONT_FAMILY,
  eastAsia: FONT_FAMILY,
} as const;

const pt = (points: number): number => Math.round(points * 20);
/** Line height as Word's "multiple" (240 = single). */
const LINE = Math.round(TYPE.lineHeight * 240);
const size = (points: number): Pick<IRunStylePropertiesOptions, 'size' | 'sizeComplexScript'> => ({
  size: ptToHalfPoints(points),
  sizeComplexScript: ptToHalfPoints(points),
});
/** Colour of rules and table borders: a print grey, not black. */
export const RULE_COLOR = '808080';
export const DRAFT_COLOR = DRAFT_MARK.color.replace('#', '').toUpperCase();

function baseRun(language: string): IRunStylePropertiesOptions {
  return { font: ARIMO, ...size(TYPE.bodyPt), language: { value: language, eastAsia: language } };
}

function heading(
  id: string,
  name: string,
  points: number,
  outlineLevel: number,
  before: number,
  rule = false,
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { bold: true, ...size(points) },
    paragraph: {
      spacing: { before: pt(before), after: pt(TYPE.headingAfterPt) },
      keepNext: true,
      keepLines: true,
      outlineLevel,
      // The parts of a meeting (attendance, public, non-public) stand out from the items by a rule.
      ...(rule
        ? {
            border: { bottom: { style: 'single', size: 4, color: RULE_COLOR, space: 2 } },
          }
        : {}),
    },
  };
}

export function docxStyles(language: string): IStylesOptions {
  const run = baseRun(language);
  const body = {
    spacing: { after: pt(TYPE.paragraphAfterPt), line: LINE, lineRule: 'auto' as const },
  };
  const tight = { spacing: { before: 0, after: 0, line: LINE, lineRule: 'auto' as const } };
  return {
    default: { document: { run, paragraph: body } },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        run,
        paragraph: body,
      },
      {
        id: STYLE.title,
        name: 'Title',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { bold: true, ...size(TYPE.titlePt) },
        paragraph: {
          spacing: { before: 0, after: pt(TYPE.headingAfterPt * 2) },
          keepNext: true,
          keepLines: true,
        },
      },
      heading(STYLE.heading1, 'heading 1', TYPE.heading1Pt, 0, TYPE.headingBeforePt * 1.5, true),
      heading(STYLE.heading2, 'heading 2', TYPE.heading2Pt, 1, TYPE.headingBeforePt),
      heading(STYLE.heading3, 'heading 3', TYPE.heading3Pt, 2, TYPE.headingBeforePt),
      {
        id: STYLE.listNumber,
        name: 'List Number',
        basedOn: STYLE.normal,
        quickFormat: true,
        paragraph: { spacing: { after: pt(TYPE.paragraphAfterPt / 2) } },
      },
      {
        id: STYLE.listBullet,
        name: 'List Bullet',
        basedOn: STYLE.normal,
        quickFormat: true,
        paragraph: { spacing: { after: pt(TYPE.paragraphAfterPt / 2) } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        paragraph: {
          indent: { left: mmToTwip(10), right: mmToTwip(10) },
          border: { left: { style: 'single', size: 8, color: RULE_COLOR, space: 8 } },
        },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: STYLE.normal,
        run: size(TYPE.smallPt),
        paragraph: tight,
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: STYLE.normal,
        run: size(TYPE.smallPt),
        paragraph: tight,
      },
      {
        id: STYLE.kicker,
        name: 'Dachzeile',
        basedOn: STYLE.normal,
        next: STYLE.title,
        quickFormat: true,
        run: { ...size(TYPE.bodyPt), color: '404040' },
        paragraph: { spacing: { after: pt(TYPE.paragraphAfterPt / 2) }, keepNext: true },
      },
      {
        id: STYLE.sectionTitle,
        name: 'Abschnittstitel',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { bold: true },
        paragraph: {
          spacing: { before: pt(TYPE.paragraphAfterPt) },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: STYLE.tableText,
        name: 'Tabellentext',
        basedOn: STYLE.normal,
        quickFormat: true,
        paragraph: {
          spacing: { before: pt(1.5), after: pt(1.5), line: LINE, lineRule: 'auto' as const },
        },
      },
      {
        id: STYLE.vote,
        name: 'Abstimmungsergebnis',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        paragraph: { keepLines: true },
      },
      {
        id: STYLE.finding,
        name: 'Feststellung',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        paragraph: { keepLines: true },
      },
      {
        id: STYLE.signature,
        name: 'Unterschrift',
        basedOn: STYLE.normal,
        paragraph: { ...tight, keepLines: true },
      },
      {
        id: STYLE.signatureRole,
        name: 'Unterschrift Funktion',
        basedOn: STYLE.signature,
        run: { ...size(TYPE.smallPt), color: '404040' },
      },
      {
        id: STYLE.signatureKey,
        name: 'Unterschrift Schlüssel',
        basedOn: STYLE.signatureRole,
        run: size(TYPE.finePt),
      },
      {
        id: STYLE.signOff,
        name: 'Prüfvermerk',
        basedOn: STYLE.normal,
        run: size(TYPE.smallPt),
        paragraph: {
          spacing: { before: mmToTwip(SIGNATURE.signOffGapMm), after: pt(TYPE.paragraphAfterPt) },
          keepLines: true,
        },
      },
      {
        id: STYLE.draftMark,
        name: 'Entwurfsvermerk',
        basedOn: STYLE.header,
        run: { bold: true, color: DRAFT_COLOR, ...size(TYPE.bodyPt) },
      },
    ],
  };
}
