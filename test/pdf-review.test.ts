import { afterAll, describe, expect, it } from 'vitest';
import { walkContent } from '../core/content/walk';
import type { ProtocolDocument } from '../core/model/schema';
import { verifyDocument } from '../core/review/verify';
import { renderExport } from '../host/export/render';
import { createChromiumEngine } from '../host/pdf/chromium';
import { pageCount, pdfOutline, flattenOutline, pdfText, tempFile } from './support/pdf';
import {
  CORRECTION,
  demoKeyring,
  loadDocument,
  REVIEW_WORDS,
  SIGNED_EXAMPLE,
  signedExampleWithCorrection,
  withReviewMarks,
} from './support/review';
import { squash, STUTTGART_EXAMPLE, firstMissingInOrder } from './support/seed';

/**
 * The PDF of minutes in review and after sign-off, read back with poppler: the electronic
 * signatures and their checksum, the draft mark where the signatures do not hold, corrections
 * after the signatures, suggested changes.
 */
const engine = createChromiumEngine();
afterAll(() => engine.close());

async function pdfOf(document: ProtocolDocument, name: string): Promise<string> {
  const keyring = demoKeyring();
  return tempFile(name, await renderExport(document, 'pdf', { pdfEngine: engine, keyring }));
}

const shown = (iso: string) =>
  `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}, ${iso.slice(11, 16)} Uhr`;

describe('PDF of signed minutes', () => {
  it('shows every signer with the time, “elektronisch unterzeichnet”, the checksum, no ENTWURF', async () => {
    const signed = loadDocument(SIGNED_EXAMPLE);
    const report = verifyDocument(signed);
    expect(report.complete).toBe(true);
    const pdf = await pdfOf(signed, 'signed.pdf');
    const text = squash(pdfText(pdf));
    for (const signature of signed.signatures) {
      expect(text).toContain(signature.name);
      expect(text).toContain(`am ${shown(signature.signedAt)}`);
    }
    expect(text.match(/elektronisch unterzeichnet/g)).toHaveLength(4);
    const groups = report.hash.match(/.{4}/g)!.join(' ');
    expect(text).toContain(
      `Demo-Schlüssel, keine echte Unterschrift. Prüfsumme (SHA-256): ${groups} — prüfbar mit „protokollant verify --keyring“`,
    );
    for (let page = 1; page <= pageCount(pdf); page++) {
      expect(pdfText(pdf, page)).not.toMatch(/ENTWURF|nicht freigegeben/);
    }
  });

  it('marks minutes that say “approved” but whose text changed after signing ENTWURF', async () => {
    const document = loadDocument(SIGNED_EXAMPLE);
    const node = [...walkContent(document.items[0]!.content)].find(
      (n) => n.type === 'text' && n.text.includes('Beratungsunterlage ist die Vorlage'),
    );
    if (node?.type !== 'text') throw new Error('the example no longer holds the sentence');
    node.text = node.text.replace('ist die Vorlage', 'war die Vorlage');
    expect(document.workflow.state).toBe('approved');
    expect(verifyDocument(document).complete).toBe(false);
    const pdf = await pdfOf(document, 'tampered.pdf');
    for (let page = 1; page <= pageCount(pdf); page++) {
      expect(pdfText(pdf, page), `page ${page}`).toContain('ENTWURF – nicht freigegeben');
    }
    const text = squash(pdfText(pdf));
    expect(text).not.toContain('elektronisch unterzeichnet');
    expect(text).toContain('Elektronische Unterzeichnung nicht vollständig gültig.');
  });

  it('prints a correction after the signatures, the minutes still verified', async () => {
    const document = signedExampleWithCorrection();
    expect(verifyDocument(document).complete).toBe(true);
    const pdf = await pdfOf(document, 'corrected.pdf');
    const text = squash(pdfText(pdf));
    expect(text).not.toContain('ENTWURF');
    expect(
      firstMissingInOrder(text, [
        'Prüfsumme (SHA-256):',
        'Berichtigung vom 12.07.2018',
        `Betrifft: ${CORRECTION.concerns}`,
        CORRECTION.text,
        `Beschlossen in: ${CORRECTION.decidedIn}`,
        'Erfasst von Herr Häbe am 12.07.2018, 09:00 Uhr',
        'am 19.07.2018, 11:00 Uhr',
        'BM Dr. Mayer',
      ]),
    ).toBeNull();
    // Readers find it in the outline, after the minutes' own entries.
    expect(flattenOutline(pdfOutline(pdf)).at(-1)).toBe('Berichtigung vom 12.07.2018');
  });
});

describe('PDF of minutes with suggested changes', () => {
  it('shows inserted and deleted words, and the legend that explains them', async () => {
    const w = REVIEW_WORDS;
    const pdf = await pdfOf(withReviewMarks(loadDocument(STUTTGART_EXAMPLE)), 'review.pdf');
    const text = squash(pdfText(pdf));
    expect(text).toContain(`${w.before} ${w.inserted} ${w.deleted} ${w.marked}.`);
    expect(text).toContain(
      'Änderungsvorschläge: unterstrichen = eingefügt, durchgestrichen = gestrichen',
    );
    // Comments are not printed.
    expect(text).not.toContain(w.comment);
    // Without suggestions, no legend.
    const plain = squash(pdfText(await pdfOf(loadDocument(STUTTGART_EXAMPLE), 'plain.pdf')));
    expect(plain).not.toContain('Änderungsvorschläge');
  });
});
