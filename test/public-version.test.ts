import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './support/cli';
import { docxPart, textOf } from './support/docx';
import { convertToPdf, pdfPages } from './support/libreoffice';
import { leaks } from './support/public-leaks';
import { KLEINWEILER_EXAMPLE } from './support/seed';

/**
 * The public version end to end, through the CLI a clerk would use: DOCX (opened by
 * LibreOffice), PDF (printed by Chromium, read back by poppler), HTML and OParl, with no word of
 * a non-public item or of anyone's health in any of them. The full version starts its
 * non-public part on a page of its own.
 */

/** pdftotext splits lines; the secret words are short enough to stay whole. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('export --public', () => {
  let dir: string;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'protokollant-public-'));
    const pub = runCli(
      [
        'export',
        KLEINWEILER_EXAMPLE,
        '--public',
        '--docx',
        'oeffentlich.docx',
        '--pdf',
        'oeffentlich.pdf',
        '--html',
        'oeffentlich.html',
        '--oparl',
        'oeffentlich.json',
      ],
      { cwd: dir },
    );
    expect(pub.status, pub.stderr).toBe(0);
    const full = runCli(
      ['export', KLEINWEILER_EXAMPLE, '--docx', 'voll.docx', '--pdf', 'voll.pdf'],
      { cwd: dir },
    );
    expect(full.status, full.stderr).toBe(0);
  });

  it('the public PDF and DOCX hold the public part and no word of the non-public one', async () => {
    const [fromDocx] = await convertToPdf([join(dir, 'oeffentlich.docx')], dir + '/lo');
    for (const pdf of [join(dir, 'oeffentlich.pdf'), fromDocx!]) {
      const text = squash((await pdfPages(pdf)).join('\n'));
      expect(leaks(text), pdf).toEqual([]);
      expect(text).toContain('Öffentlicher Teil der Niederschrift');
      expect(text).toContain('Bebauungsplan „Am Mühlbach“');
      expect(text).toContain('TOP 7 – nichtöffentlich');
      expect(text).toContain('TOP 8 – nichtöffentlich');
      expect(text).toMatch(/Anja Groß \(FW\), entschuldigt/);
      // The Tagesordnung lists them by number as closed, once.
      expect(text).toMatch(/TOP 7 nichtöffentlich TOP 8 nichtöffentlich/);
      expect(text).not.toContain('nichtöffentlich (nichtöffentlich)');
    }
    expect(
      leaks(textOf(docxPart(readFileSync(join(dir, 'oeffentlich.docx')), 'word/document.xml'))),
    ).toEqual([]);
    expect(leaks(readFileSync(join(dir, 'oeffentlich.html'), 'utf8'))).toEqual([]);
  });

  it('OParl is public by default; --include-nonpublic writes the internal transfer and says so', () => {
    const pub = readFileSync(join(dir, 'oeffentlich.json'), 'utf8');
    expect(leaks(pub)).toEqual([]);
    expect(JSON.parse(pub)['protokollant:scope']).toBe('public');
    const internal = runCli(
      ['export', KLEINWEILER_EXAMPLE, '--oparl', 'intern.json', '--include-nonpublic'],
      { cwd: dir },
    );
    expect(internal.status, internal.stderr).toBe(0);
    expect(internal.stdout).toContain('enthält nichtöffentliche Teile');
    const text = readFileSync(join(dir, 'intern.json'), 'utf8');
    expect(JSON.parse(text)['protokollant:scope']).toBe('internal');
    expect(text).toContain('nicht veröffentlichen');
    expect(text).toContain('Grundstücksangelegenheit Flst. Nr. 1187');
    expect(text).toContain('"reason": "krank"');
  });

  it('the full version starts the non-public part on a new page (PDF and DOCX)', async () => {
    const [fromDocx] = await convertToPdf([join(dir, 'voll.docx')], dir + '/lo-full');
    for (const pdf of [join(dir, 'voll.pdf'), fromDocx!]) {
      const pages = await pdfPages(pdf);
      const at = pages.findIndex((page) => page.includes('Nichtöffentlicher Teil'));
      expect(at, pdf).toBeGreaterThan(0);
      const page = pages[at]!.split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // Nothing of the public part above it on that page (the running marks aside).
      const before = page.slice(0, page.indexOf('Nichtöffentlicher Teil'));
      expect(
        before.filter((line) => !/ENTWURF|^Seite|Niederschrift vom|Nr\./.test(line)),
        pdf,
      ).toEqual([]);
      expect(pages[at - 1]).not.toContain('Grundstücksangelegenheit');
    }
  });

  it('refuses --public with --include-nonpublic, and minutes without a public part', () => {
    const both = runCli(
      ['export', KLEINWEILER_EXAMPLE, '--public', '--include-nonpublic', '--oparl', 'x.json'],
      { cwd: dir },
    );
    expect(both.status).toBe(2);
  });
});
