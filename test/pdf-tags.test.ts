import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProtocolDocument } from '../core/model/schema';
import { renderExport } from '../host/export/render';
import { createChromiumEngine } from '../host/pdf/chromium';
import { pdfInfo, tempFile } from './support/pdf';
import {
  flatten,
  pageContents,
  popplerStructure,
  readStructure,
  type PdfStructure,
  type StructNode,
} from './support/pdf-structure';
import { loadDocument, REVIEW_WORDS, withReviewMarks } from './support/review';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';

/**
 * The PDF's tags as a screen reader gets them, read back from the real file by pdf.js (the
 * reader of Firefox) and poppler, and its content streams by qpdf: headings in order, list
 * items with their number as Lbl and their text as LBody, suggested changes that say what
 * they are, and the running header (ENTWURF) and footer as artifacts outside the tree.
 * This checks these properties; it is not a PDF/UA conformance check (no veraPDF here).
 */
const engine = createChromiumEngine();
afterAll(() => engine.close());

async function pdfOf(document: ProtocolDocument, name: string): Promise<string> {
  return tempFile(name, await renderExport(document, 'pdf', { pdfEngine: engine }));
}

let kleinweiler = '';
let review = '';
let kleinweilerStructure: PdfStructure;
let reviewStructure: PdfStructure;

beforeAll(async () => {
  kleinweiler = await pdfOf(loadDocument(KLEINWEILER_EXAMPLE), 'kleinweiler.pdf');
  review = await pdfOf(withReviewMarks(loadDocument(STUTTGART_EXAMPLE)), 'review.pdf');
  kleinweilerStructure = await readStructure(kleinweiler);
  reviewStructure = await readStructure(review);
}, 120_000);

const headings = (root: StructNode) =>
  flatten(root)
    .filter((n) => /^H[1-6]$/.test(n.role))
    .map((n) => ({ level: Number(n.role.slice(1)), text: n.text }));

describe('PDF tags', () => {
  it('has the headings H1–H2 in order, no level skipped, as poppler reads the tree', () => {
    const { root, errors } = popplerStructure(kleinweiler);
    expect(errors).toBe('');
    const found = headings(root);
    expect(found[0]).toEqual({
      level: 1,
      text: 'Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats',
    });
    found.forEach((heading, i) => {
      if (i > 0) expect(heading.level).toBeLessThanOrEqual(found[i - 1]!.level + 1);
    });
    expect(found.map((h) => `${h.level} ${h.text.split(':')[0]}`)).toEqual([
      '1 Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats',
      '1 Tagesordnung',
      '1 Anwesenheit',
      '1 Öffentlicher Teil',
      '2 TOP 1',
      '2 TOP 2',
      '2 TOP 3',
      '2 TOP 4',
      '2 TOP 5',
      '2 TOP 6',
      '1 Nichtöffentlicher Teil',
      '2 TOP 7',
      '2 TOP 8',
    ]);
    const perItem = headings(popplerStructure(review).root);
    expect(perItem.map((h) => h.level)).toEqual([1, 2]);
    expect(perItem[1]!.text).toContain('Maßnahmenpaket zur Umsetzung');
  });

  it('tags every list item as Lbl (its number) and LBody (its text)', () => {
    const { root } = popplerStructure(kleinweiler);
    const items = flatten(root).filter((n) => n.role === 'LI');
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const roles = item.children.map((c) => c.role);
      expect(roles.every((r) => r === 'Lbl' || r === 'LBody')).toBe(true);
      expect(roles.filter((r) => r === 'LBody')).toHaveLength(1);
    }
    // The resolution of TOP 3: "1." and "2." are labels, the text is the body.
    const resolution = flatten(root).find(
      (n) => n.role === 'L' && n.text.includes('Bebauungsplan aufgestellt'),
    )!;
    expect(resolution.children.map((li) => [li.children[0]!.role, li.children[0]!.text])).toEqual([
      ['Lbl', '1.'],
      ['Lbl', '2.'],
    ]);
    expect(resolution.children[0]!.children[1]!.role).toBe('LBody');
    expect(resolution.children[0]!.children[1]!.text).toBe(
      'Für das Gebiet „Am Mühlbach“ wird nach § 2 Abs. 1 BauGB ein Bebauungsplan aufgestellt.',
    );
    // Names in the attendance table carry no visible mark: body only.
    const names = items.find((n) => n.text === 'Thomas Albrecht (CDU)')!;
    expect(names.children.map((c) => c.role)).toEqual(['LBody']);
    // The same in pdf.js: no list item anywhere without its body.
    for (const page of kleinweilerStructure.pages) {
      for (const item of flatten(page).filter((n) => n.role === 'LI')) {
        expect(item.children.some((c) => c.role === 'LBody')).toBe(true);
      }
    }
  });

  it('keeps ENTWURF and the page footer out of the tree, as pagination artifacts', () => {
    const { root } = popplerStructure(kleinweiler);
    expect(root.text).not.toContain('ENTWURF');
    expect(root.text).not.toMatch(/Seite \d+ von \d+/);
    const pages = kleinweilerStructure.artifacts.length;
    expect(pages).toBe(Number(pdfInfo(kleinweiler).Pages));
    kleinweilerStructure.artifacts.forEach((texts, i) => {
      // Text in artifacts is exactly the running header and footer; the rest is drawing.
      expect(texts.filter((t) => t !== '')).toEqual([
        'ENTWURF – nicht freigegeben',
        `Niederschrift Nr. 9/2026 – Seite ${i + 1} von ${pages}`,
      ]);
    });
    // No text is left outside marked content: everything else is tagged.
    expect(kleinweilerStructure.untagged.flat()).toEqual([]);
    const contents = pageContents(kleinweiler);
    expect(contents).toHaveLength(pages);
    for (const content of contents) {
      expect(content).toContain('/Artifact <</Type /Pagination /Subtype /Header>> BDC');
      expect(content).toContain('/Artifact <</Type /Pagination /Subtype /Footer>> BDC');
      const begins = content.match(/\b(BDC|BMC)\b/g)?.length ?? 0;
      expect(content.match(/\bEMC\b/g)?.length ?? 0).toBe(begins);
    }
  });

  it('tags suggested changes as Spans whose ActualText says insertion or deletion', () => {
    const spans = reviewStructure.pages
      .flatMap((page) => flatten(page))
      .filter((n) => n.role === 'Span' && n.alt !== undefined);
    expect(spans.map((s) => s.alt)).toEqual([
      `Einfügung: ${REVIEW_WORDS.inserted} (Ende der Einfügung)`,
      `Streichung: ${REVIEW_WORDS.deleted} (Ende der Streichung)`,
    ]);
    // The printed words are still the element's content (for search and copy).
    expect(spans[0]!.text.trim()).toBe(REVIEW_WORDS.inserted);
    expect(spans[1]!.text.trim()).toBe(REVIEW_WORDS.deleted);
    // The private marks that found these elements are gone: only real languages remain.
    const json = execFileSync('qpdf', ['--json', review], { maxBuffer: 64 * 1024 * 1024 });
    expect(json.toString('utf8')).not.toContain('-x-pk');
    for (const page of reviewStructure.pages) {
      for (const node of flatten(page)) if (node.lang) expect(node.lang).toBe('de-DE');
    }
    expect(popplerStructure(review).errors).toBe('');
  });

  it('names its language and title, shown instead of the file name', () => {
    const json = JSON.parse(
      execFileSync('qpdf', ['--json', '--json-key=qpdf', kleinweiler], {
        maxBuffer: 64 * 1024 * 1024,
      }).toString('utf8'),
    ) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
    const catalog = Object.values(json.qpdf[1]).find(
      (o) => o.value?.['/Type'] === '/Catalog',
    )!.value!;
    expect(catalog['/Lang']).toBe('u:de-DE');
    expect(catalog['/MarkInfo']).toMatchObject({ '/Marked': true });
    expect(catalog['/ViewerPreferences']).toMatchObject({ '/DisplayDocTitle': true });
    expect(pdfInfo(kleinweiler).Title).toBe(
      'Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats',
    );
    expect(pdfInfo(kleinweiler).Tagged).toBe('yes');
    expect(execFileSync('qpdf', ['--check', kleinweiler]).toString()).toContain(
      'No syntax or stream encoding errors',
    );
  });
});
