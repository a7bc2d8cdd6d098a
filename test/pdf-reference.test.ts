import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outlineTitles } from '../core/export/html/page-setup';
import { buildPrintDocument } from '../core/export/print-model';
import { parseProtokoll } from '../core/file/format';
import { ensureCliBuilt, runCli } from './support/cli';
import {
  flattenOutline,
  pageCount,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfReadingText,
  pdfText,
  qdfText,
  tempDir,
} from './support/pdf';
import { firstMissingInOrder, SEED_HEADER, seedBodyLines, STUTTGART_EXAMPLE } from './support/seed';

/** The reference document (Stuttgart, Niederschrift Nr. 233, TOP 12) as PDF, made by the CLI. */
describe('PDF export of the reference document', () => {
  let pdf = '';

  beforeAll(() => {
    ensureCliBuilt();
    pdf = join(tempDir(), 'stuttgart.pdf');
    const run = runCli(['export', STUTTGART_EXAMPLE, '--pdf', pdf]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('is A4, tagged and has no JavaScript', () => {
    const info = pdfInfo(pdf);
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts/);
    expect(info.Tagged).toBe('yes');
    expect(info.JavaScript).toBe('no');
    const raw = qdfText(pdf);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/MarkInfo <<\s*\/Marked true/);
    expect(raw).toContain('/Lang (de-DE)');
  });

  it('carries title, author, subject and keywords', () => {
    const info = pdfInfo(pdf);
    expect(info.Title).toBe(
      'Maßnahmenpaket zur Umsetzung der € 4 Mio. Sondermittel für Digitalisierung im Rahmen der Digitalisierungsstrategie StradiS [Digital Move - Stuttgart.Gestaltet.Zukunft]',
    );
    expect(info.Author).toBe('Herr Häbe');
    expect(info.Subject).toBe(
      'Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart, 27.06.2018',
    );
    expect(info.Keywords).toContain('TOP 12');
    expect(info.Keywords).toContain('Drucksache 288/2018');
    expect(info.Creator).toBe('Protokollant');
  });

  it('has an outline entry for the Niederschrift and its TOP', () => {
    const doc = parseProtokoll(readFileSync(STUTTGART_EXAMPLE, 'utf8'), 'stuttgart');
    const expected = outlineTitles(buildPrintDocument(doc));
    const outline = pdfOutline(pdf);
    expect(flattenOutline(outline)).toEqual(expected);
    expect(expected).toContain(doc.items[0]!.title);
    // The TOP sits below the Niederschrift's title, on page 1.
    expect(outline[0]!.kids.map((k) => k.title)).toEqual([doc.items[0]!.title]);
    expect(outline[0]!.kids[0]!.page).toBe(1);
  });

  it('embeds every font: Arimo only, the header’s and footer’s included', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'Arimo-Bold',
      'Arimo-Regular',
    ]);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('is a well-formed PDF (qpdf --check)', () => {
    const run = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('holds every header field and every line of the seed, in order, umlauts and € intact', () => {
    const text = pdfReadingText(pdf, [/^Niederschrift Nr\. 233 – Seite \d+ von \d+$/, /^ENTWURF/]);
    const header = SEED_HEADER.map(([label, value]) => [label, value].filter(Boolean).join(' '));
    expect(firstMissingInOrder(text, header)).toBeNull();
    expect(firstMissingInOrder(text, seedBodyLines())).toBeNull();
    expect(text).toContain('Maßnahmenpaket');
    expect(text).toContain('ca. 1,5 Mio. €');
  });

  it('numbers every page in the footer', () => {
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++) {
      expect(pdfText(pdf, page)).toContain(`Niederschrift Nr. 233 – Seite ${page} von ${pages}`);
    }
  });
});
