import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { ensureCliBuilt, runCli } from './support/cli';
import { convertToPdf } from './support/libreoffice';
import { pageCount, pdfReadingText, pdfText, tempDir } from './support/pdf';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';

/**
 * The layout against real published minutes: the signature block is never alone on the last
 * page (in our PDF and in LibreOffice's rendering of our DOCX), whole-meeting minutes open with
 * the Tagesordnung, single-item guests are "zu TOP n", staff carry their function; and an
 * extract (`--top 7`) holds that item only, with the attendance at it and the clerk's
 * certification instead of the minutes' signatures.
 */
const FURNITURE = [/– Seite \d+ von \d+$/, /^ENTWURF/];
const collapse = (text: string) => text.replace(/\s+/g, ' ');

let dir = '';
const pdf = (name: string) => join(dir, `${name}.pdf`);

beforeAll(async () => {
  ensureCliBuilt();
  dir = tempDir();
  const exportTo = (input: string, name: string, ...flags: string[]) => {
    const run = runCli([
      'export',
      input,
      '--pdf',
      pdf(name),
      '--docx',
      join(dir, `${name}-lo.docx`),
      ...flags,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  };
  exportTo(KLEINWEILER_EXAMPLE, 'kleinweiler');
  exportTo(STUTTGART_EXAMPLE, 'stuttgart');
  exportTo(KLEINWEILER_EXAMPLE, 'top7', '--top', '7');
  await convertToPdf(
    ['kleinweiler', 'stuttgart', 'top7'].map((n) => join(dir, `${n}-lo.docx`)),
    dir,
  );
}, 180_000);

/** The lines of the last page, without running header and footer. */
function lastPage(path: string): string[] {
  return pdfText(path, pageCount(path))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !FURNITURE.some((f) => f.test(l)));
}

/** What a signature block consists of: lines to sign, names and roles, the place and date. */
function onlySignatures(lines: string[], document: ProtocolDocument): boolean {
  const signatureWords = new Set(
    document.rules.signatories.flatMap((s) => {
      const person = document.people.find((p) => p.id === s.personId);
      return [s.label, person?.familyName ?? ''].filter(Boolean);
    }),
  );
  return lines.every((line) => [...signatureWords].some((w) => line.includes(w)));
}

describe('the signature block is never alone on the last page', () => {
  for (const [name, example] of [
    ['kleinweiler', KLEINWEILER_EXAMPLE],
    ['stuttgart', STUTTGART_EXAMPLE],
  ] as const) {
    it(`${name}: in our PDF and in LibreOffice’s rendering of our DOCX`, () => {
      const document = parseProtokoll(readFileSync(example, 'utf8'), name);
      for (const path of [pdf(name), join(dir, `${name}-lo.pdf`)]) {
        const lines = lastPage(path);
        // The signatures are on it…
        for (const s of document.rules.signatories) {
          expect(lines.join('\n'), `${path}: ${s.label}`).toContain(s.label);
        }
        // …and so is text of the minutes above them.
        expect(onlySignatures(lines, document), `${path}:\n${lines.join('\n')}`).toBe(false);
      }
    });
  }
});

describe('whole-meeting minutes as published ones read', () => {
  it('open with the Tagesordnung, list single-item guests "zu TOP n" and staff functions', () => {
    const text = collapse(pdfReadingText(pdf('kleinweiler'), FURNITURE));
    const agenda = text.indexOf('Tagesordnung');
    expect(agenda).toBeGreaterThan(0);
    expect(agenda).toBeLessThan(text.indexOf('Anwesenheit'));
    const document = parseProtokoll(readFileSync(KLEINWEILER_EXAMPLE, 'utf8'), 'k');
    let at = agenda;
    for (const item of document.items) {
      const next = text.indexOf(`TOP ${item.number}`, at);
      expect(next, item.number).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('(nichtöffentlich)');
    expect(text).toContain('Andreas Vogel (Planungsbüro Vogel), zu TOP 3');
    expect(text).toContain('Derya Yilmaz, Ortsbaumeisterin (Bauamt)');
  });
});

describe('extract of TOP 7 (--top 7)', () => {
  it('has the attendance at that item, with who was befangen, and counts the vote adds up to', () => {
    for (const path of [pdf('top7'), join(dir, 'top7-lo.pdf')]) {
      const text = collapse(pdfReadingText(path, FURNITURE));
      expect(text).toContain('Anwesenheit bei TOP 7');
      expect(text).toMatch(/Befangen: Thomas Albrecht \(CDU\)/);
      // Ja 9, Nein 0, Enthaltung 1: ten present and entitled.
      expect(text).toContain('Abstimmungsergebnis: Ja 9, Nein 0, Enthaltung 1');
      expect(text).toContain('Anwesend und stimmberechtigt bei TOP 7: 10 von 13 Mitgliedern');
      // Groß was ill, Hahn had left after TOP 5.
      expect(text).toContain('Anja Groß (FW), krank');
      expect(text).toContain('Peter Hahn (SPD), bis TOP 5');
      expect(text).not.toMatch(/Anwesend: \d+ von/);
    }
  });

  it('is certified by the clerk, with place and date, and carries no signature of the minutes', () => {
    for (const path of [pdf('top7'), join(dir, 'top7-lo.pdf')]) {
      const text = collapse(pdfReadingText(path, FURNITURE));
      expect(text).toMatch(
        /Für die Richtigkeit des Auszugs: Kleinweiler, \d{2}\.\d{2}\.\d{4} .*Frau Schmid Schriftführung/,
      );
      expect(text).not.toContain('Mitglied des Gemeinderats');
      expect(text).not.toMatch(/Keller Vorsitz/);
      const lines = lastPage(path);
      expect(lines.some((l) => l.includes('Für die Richtigkeit'))).toBe(true);
    }
  });
});

describe('PDF metadata', () => {
  it('carries XMP (title, creator, language, keywords, document ID) and a trailer ID, no PDF/UA claim', () => {
    const path = pdf('kleinweiler');
    const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const xmp = execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' });
    expect(xmp).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Niederschrift über die öffentliche und nichtöffentliche Sitzung des Gemeinderats</rdf:li></rdf:Alt></dc:title>',
    );
    expect(xmp).toContain(
      '<dc:creator><rdf:Seq><rdf:li>Frau Schmid</rdf:li></rdf:Seq></dc:creator>',
    );
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).not.toMatch(/pdfuaid|pdfaid/);
    const documentId = /<xmpMM:DocumentID>uuid:([0-9a-f-]{36})<\/xmpMM:DocumentID>/.exec(xmp)![1]!;
    const trailer = readFileSync(path, 'latin1');
    const ids = [...trailer.matchAll(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g)];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.at(-1)![1]!.toLowerCase().slice(0, 32)).toBe(documentId.replace(/-/g, ''));
  });
});
