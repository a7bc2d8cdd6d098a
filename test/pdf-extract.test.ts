import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPrintDocument, printDocumentText } from '../core/export/print-model';
import { parseProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { ensureCliBuilt, runCli } from './support/cli';
import { flattenOutline, pdfInfo, pdfOutline, pdfReadingText, tempDir } from './support/pdf';
import { firstMissingInOrder, KLEINWEILER_EXAMPLE } from './support/seed';

/** `--top 3` of the whole-meeting example: an extract of one TOP, in PDF and HTML alike. */
describe('extract of one TOP (--top 3)', () => {
  let doc: ProtocolDocument;
  let dir = '';
  let pdfTextOfExtract = '';
  let htmlOfExtract = '';

  beforeAll(() => {
    ensureCliBuilt();
    doc = parseProtokoll(readFileSync(KLEINWEILER_EXAMPLE, 'utf8'), 'kleinweiler');
    dir = tempDir();
    const run = runCli([
      'export',
      KLEINWEILER_EXAMPLE,
      '--top',
      '3',
      '--pdf',
      join(dir, 'auszug.pdf'),
      '--html',
      join(dir, 'auszug.html'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    pdfTextOfExtract = pdfReadingText(join(dir, 'auszug.pdf'), [
      /– Seite \d+ von \d+$/,
      /^ENTWURF/,
    ]);
    htmlOfExtract = readFileSync(join(dir, 'auszug.html'), 'utf8');
  });

  const top3 = () => doc.items.find((i) => i.number === '3')!;
  const others = () => doc.items.filter((i) => i.number !== '3');

  it('is marked as an extract and keeps the meeting’s header', () => {
    for (const text of [pdfTextOfExtract, htmlOfExtract]) {
      expect(text).toContain('Auszug aus der Niederschrift');
      expect(text).toContain('Gemeinderat der Gemeinde Kleinweiler');
      expect(text).toContain('14.10.2026');
    }
    expect(pdfInfo(join(dir, 'auszug.pdf')).Title).toMatch(/^Auszug: /);
  });

  it('holds TOP 3 with all of its text, in order', () => {
    const item = top3();
    expect(pdfTextOfExtract).toContain(`TOP 3: ${item.title}`);
    // Every line the print model has for the extract (speakers and votes included)…
    const lines = printDocumentText(buildPrintDocument(doc, { extractItemId: item.id }));
    expect(lines.length).toBeGreaterThan(10);
    expect(firstMissingInOrder(pdfTextOfExtract, lines)).toBeNull();
    // …and, read independently of it, what the example's TOP 3 says.
    for (const phrase of [
      'GRin Koch (GRÜNE) fragt nach dem Umgang mit dem Gewässerrandstreifen',
      'Abstimmungsergebnis: Ja 9, Nein 2, Enthaltung 1',
    ]) {
      expect(pdfTextOfExtract).toContain(phrase);
    }
  });

  it('holds no other TOP', () => {
    for (const item of others()) {
      for (const text of [pdfTextOfExtract, htmlOfExtract]) {
        expect(text).not.toContain(`TOP ${item.number}:`);
        expect(text).not.toContain(item.title);
      }
    }
  });

  it('has TOP 3 as its only TOP in the outline', () => {
    const titles = flattenOutline(pdfOutline(join(dir, 'auszug.pdf')));
    expect(titles.filter((t) => t.startsWith('TOP '))).toEqual([`TOP 3: ${top3().title}`]);
    expect(titles).toContain('Öffentlicher Teil');
    expect(titles).not.toContain('Nichtöffentlicher Teil');
  });
});
