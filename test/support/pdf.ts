import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reading PDFs back with the tools a reader or an archive would use: poppler (pdfinfo,
 * pdftotext, pdffonts) and qpdf. Tests assert on what these say, not on our own idea of
 * the file.
 */

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'protokollant-pdf-test-'));
}

/** Writes bytes to a fresh temporary file and returns its path. */
export function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** pdfinfo's "Key: value" lines. */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(path: string): FontRow[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  const lines = out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, ID.
    const cells = line.trim().split(/\s+/);
    const emb = cells[cells.length - 5];
    return { name: cells[0]!, type: cells.slice(1, -6).join(' '), embedded: emb === 'yes' };
  });
}

/**
 * The text of a PDF (or of one page) in content order. `-raw` keeps a hyphen at the end of a
 * line ("Software-" / "Entwicklungen"), where the default mode would drop it; the line break
 * after such a word hyphen is then joined, so words read as they were written.
 */
export function pdfText(path: string, page?: number): string {
  return joinHyphenated(rawText(path, page));
}

function rawText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, path, '-'], {
    encoding: 'utf8',
  });
}

function joinHyphenated(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}]-)\n/gu, '');
}

/**
 * The running text of a PDF as a reader follows it across pages: the page furniture (running
 * header and footer lines matching `furniture`) is left out, so a paragraph that runs over a
 * page break reads as one.
 */
export function pdfReadingText(path: string, furniture: RegExp[]): string {
  const pages = rawText(path).split('\f');
  const body = pages.map((page) =>
    page
      .split('\n')
      .filter((line) => !furniture.some((f) => f.test(line.trim())))
      .join('\n'),
  );
  return joinHyphenated(body.join('\n'));
}

export function pageCount(path: string): number {
  return Number(pdfInfo(path).Pages);
}

export interface OutlineEntry {
  title: string;
  page: number;
  kids: OutlineEntry[];
}

interface QpdfOutline {
  title: string;
  destpageposfrom1: number;
  kids: QpdfOutline[];
}

/** The PDF's bookmarks, as qpdf reads them. */
export function pdfOutline(path: string): OutlineEntry[] {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' }),
  ) as { outlines: QpdfOutline[] };
  const map = (o: QpdfOutline): OutlineEntry => ({
    title: o.title,
    page: o.destpageposfrom1,
    kids: o.kids.map(map),
  });
  return json.outlines.map(map);
}

export function flattenOutline(entries: OutlineEntry[]): string[] {
  return entries.flatMap((e) => [e.title, ...flattenOutline(e.kids)]);
}

/**
 * The PDF with every stream uncompressed and every object outside object streams (qpdf --qdf),
 * as text: what a scanner for JavaScript or actions would look at.
 */
export function qdfText(path: string): string {
  const out = join(tempDir(), 'qdf.pdf');
  // Exit code 3 means "succeeded with warnings"; anything else is a real failure.
  const run = spawnSync('qpdf', ['--qdf', '--object-streams=disable', path, out]);
  if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf failed: ${run.stderr}`);
  return readFileSync(out, 'latin1');
}
