import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { verifyDocument } from '../core/review/verify';
import { renderExport } from '../host/export/render';
import { createChromiumEngine } from '../host/pdf/chromium';
import { pageCount, pdfText, tempFile } from './support/pdf';
import { SIGNED_EXAMPLE, signedOff } from './support/review';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';

/** A document that is not signed off says so on every page; a signed-off one nowhere. */
const engine = createChromiumEngine();
afterAll(() => engine.close());

const load = (path: string): ProtocolDocument => parseProtokoll(readFileSync(path, 'utf8'), path);

/** Signed off for real: the reference as the signed example, the meeting signed here. */
function approved(path: string): ProtocolDocument {
  return path === STUTTGART_EXAMPLE ? load(SIGNED_EXAMPLE) : signedOff(load(path));
}

async function pdfOf(doc: ProtocolDocument, name: string): Promise<string> {
  return tempFile(name, await renderExport(doc, 'pdf', { pdfEngine: engine }));
}

describe('ENTWURF mark', () => {
  for (const [name, path] of [
    ['whole meeting', KLEINWEILER_EXAMPLE],
    ['reference', STUTTGART_EXAMPLE],
  ] as const) {
    it(`is on every page of a draft (${name})`, async () => {
      const doc = load(path);
      expect(doc.workflow.state).not.toBe('approved');
      const pdf = await pdfOf(doc, 'draft.pdf');
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      for (let page = 1; page <= pages; page++) {
        expect(pdfText(pdf, page), `page ${page}`).toContain('ENTWURF – nicht freigegeben');
      }
    });

    it(`is on no page of a signed-off document (${name})`, async () => {
      const document = approved(path);
      expect(verifyDocument(document).complete).toBe(true);
      const pdf = await pdfOf(document, 'final.pdf');
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      for (let page = 1; page <= pages; page++) {
        const text = pdfText(pdf, page);
        expect(text, `page ${page}`).not.toContain('ENTWURF');
        expect(text, `page ${page}`).not.toContain('nicht freigegeben');
        // The page is still there and numbered: the mark is all that went.
        expect(text).toMatch(new RegExp(`Seite ${page} von ${pages}`));
      }
    });
  }

  it('is in the HTML of a draft and not in that of a signed-off document', async () => {
    const doc = load(KLEINWEILER_EXAMPLE);
    const draft = new TextDecoder().decode(await renderExport(doc, 'html'));
    const final = new TextDecoder().decode(await renderExport(signedOff(doc), 'html'));
    expect(draft).toContain('class="draft-banner"');
    expect(draft).toContain('ENTWURF – nicht freigegeben');
    expect(final).not.toContain('ENTWURF');
  });
});
