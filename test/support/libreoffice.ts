import { execFile as execFileCallback, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Opening exports the way a recipient would: LibreOffice converts a DOCX to PDF, poppler reads
 * the PDF back (text, page size, fonts, pictures of pages).
 */
const execFile = promisify(execFileCallback);

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * Converts files to PDF with LibreOffice in one run, with a fresh user profile (a shared one
 * would clash with any other soffice running). Returns the PDFs' paths, in the inputs' order.
 */
export async function convertToPdf(inputs: string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'protokollant-lo-'));
  try {
    await execFile(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...inputs,
      ],
      { timeout: 110_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return inputs.map((input) => {
    const pdf = join(outDir, basename(input).replace(/\.[^.]+$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${input}`);
    return pdf;
  });
}

/**
 * The PDF's text, one string per page. Layout mode keeps each printed line a line (a label
 * beside its value, a list number beside its item) and, unlike pdftotext's reading-order mode,
 * leaves a hyphen at the end of a line alone instead of joining the words around it.
 */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await execFile('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = stdout.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

export interface PdfInfo {
  pages: number;
  /** "595.304 x 841.89 pts (A4)" */
  pageSize: string;
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const { stdout } = await execFile('pdfinfo', [pdf]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN),
    pageSize: /^Page size:\s+(.+)$/m.exec(stdout)?.[1]?.trim() ?? '',
  };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** The fonts a PDF uses, without the subset prefix ("ABCDEF+Arimo-Bold" → "Arimo-Bold"). */
export async function pdfFonts(pdf: string): Promise<PdfFont[]> {
  const { stdout } = await execFile('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object-id generation
      const embedded = columns[columns.length - 5] === 'yes';
      return { name: columns[0]!.replace(/^[A-Z]{6}\+/, ''), embedded };
    });
}

/** Renders pages of a PDF as PNG pictures (for looking at an export); returns their paths. */
export async function pdfPictures(
  pdf: string,
  outPrefix: string,
  pages: { first: number; last: number },
  dpi = 70,
): Promise<string[]> {
  await execFile('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-f',
    String(pages.first),
    '-l',
    String(pages.last),
    pdf,
    outPrefix,
  ]);
  const prefix = `${basename(outPrefix)}-`;
  return readdirSync(dirname(outPrefix))
    .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
    .sort()
    .map((f) => join(dirname(outPrefix), f));
}
