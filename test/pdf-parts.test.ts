import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { renderExport } from '../host/export/render';
import { createChromiumEngine } from '../host/pdf/chromium';
import { flattenOutline, pageCount, pdfOutline, pdfText, tempFile } from './support/pdf';
import { STUTTGART_EXAMPLE } from './support/seed';

/**
 * A per-item export of several items is several Niederschriften in one file: each starts on a
 * page of its own and names itself in its footer, as the DOCX's sections do.
 */
const engine = createChromiumEngine();
afterAll(() => engine.close());

function twoItems(): ProtocolDocument {
  const doc = parseProtokoll(readFileSync(STUTTGART_EXAMPLE, 'utf8'), 'stuttgart');
  const first = doc.items[0]!;
  doc.items.push({
    ...first,
    id: 'top-13',
    number: '13',
    minutesNumber: '234',
    title: 'Zweiter Betreff: Neubau der Feuerwache Süd',
  });
  return doc;
}

describe('per-item export of two items', () => {
  it('starts the second Niederschrift on a new page, with its own footer and outline entry', async () => {
    const doc = twoItems();
    const pdf = tempFile('two.pdf', await renderExport(doc, 'pdf', { pdfEngine: engine }));
    const pages = pageCount(pdf);
    const texts = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1));
    const second = texts.findIndex((t) => t.includes('Zweiter Betreff: Neubau der Feuerwache Süd'));
    expect(second).toBeGreaterThan(0);
    // The page before holds nothing of the second part; its page starts with its title.
    expect(texts[second - 1]).not.toContain('Niederschrift Nr. 234');
    const body = texts[second]!.split('\n').filter((l) => !/ENTWURF|– Seite \d+ von/.test(l));
    expect(body.slice(0, 2).join(' ')).toBe(
      'Protokoll: Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart',
    );
    texts.forEach((text, index) => {
      const label = index < second ? '233' : '234';
      expect(text, `page ${index + 1}`).toContain(
        `Niederschrift Nr. ${label} – Seite ${index + 1} von ${pages}`,
      );
    });
    const titles = flattenOutline(pdfOutline(pdf));
    expect(titles).toContain(doc.items[0]!.title);
    expect(titles).toContain('Zweiter Betreff: Neubau der Feuerwache Süd');
  });
});
