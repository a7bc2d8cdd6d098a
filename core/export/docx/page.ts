// Types only: the fast path (package-xml.ts) must not load docx.
import type { ISectionPropertiesOptions } from 'docx';
import { DRAFT_MARK, mmToTwip, PAGE } from '../house-layout';
import { t, type Lang } from '../../i18n/catalog';
import { DRAFT_COLOR } from './styles';
import { xmlSafeLine } from './xml';

/** Width of the text between the margins, in twips. */
export const TEXT_WIDTH = mmToTwip(PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm);

export const PAGE_PROPERTIES: ISectionPropertiesOptions = {
  page: {
    size: {
      width: mmToTwip(PAGE.widthMm),
      height: mmToTwip(PAGE.heightMm),
      orientation: 'portrait',
    },
    margin: {
      top: mmToTwip(PAGE.marginTopMm),
      bottom: mmToTwip(PAGE.marginBottomMm),
      left: mmToTwip(PAGE.marginLeftMm),
      right: mmToTwip(PAGE.marginRightMm),
      header: mmToTwip(PAGE.headerDistanceMm),
      footer: mmToTwip(PAGE.footerDistanceMm),
      gutter: 0,
    },
  },
};

/**
 * docx's page fields, as the strings its runs take for them (PageNumber.CURRENT and
 * PageNumber.TOTAL_PAGES): a run child of exactly such a string is written as the field.
 */
export const PAGE_FIELD = { page: 'CURRENT', pages: 'TOTAL_PAGES' } as const;

type RunChild = string;

/**
 * Fills a catalog template whose placeholders stand for runs, not text: the page fields, or a
 * user's text that must not be read as a template itself.
 */
function fillTemplate(template: string, slots: Record<string, RunChild[]>): RunChild[] {
  const out: RunChild[] = [];
  for (const [index, piece] of template.split(/\{(\w+)\}/).entries()) {
    if (index % 2 === 0) {
      if (piece) out.push(piece);
    } else {
      out.push(...(slots[piece] ?? [`{${piece}}`]));
    }
  }
  return out;
}

/**
 * "Niederschrift Nr. 233 – Seite 1 von 2" with real PAGE and NUMPAGES fields, so Word and
 * LibreOffice count the pages themselves. The pages are those of the whole file: LibreOffice
 * has no per-section page count (SECTIONPAGES prints nothing there), and a count that only
 * one of the two programs shows would be worse than one over all parts.
 */
export function pageFooterChildren(label: string, lang: Lang): RunChild[] {
  const page = fillTemplate(t(lang, 'print.footer.page'), {
    page: [PAGE_FIELD.page],
    pages: [PAGE_FIELD.pages],
  });
  const safeLabel = xmlSafeLine(label).trim();
  return safeLabel
    ? fillTemplate(t(lang, 'print.footer.labelAndPage'), { label: [safeLabel], page })
    : page;
}

/**
 * The draft mark at the top of every page of minutes that are not signed off; signed minutes
 * whose signatures are not confirmed carry "Unterschriften nicht bestätigt" the same way.
 */
export function draftHeaderText(lang: Lang, unconfirmed = false): string {
  return unconfirmed
    ? t(lang, 'print.unconfirmed')
    : t(lang, 'print.draft', { mark: DRAFT_MARK.text });
}

/** The draft mark's rule under the header text. */
export const DRAFT_HEADER_BORDER = {
  style: 'single',
  size: 8,
  color: DRAFT_COLOR,
  space: 2,
} as const;
