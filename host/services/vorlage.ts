import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../core/errors';
import { analyzeVorlage, type Vorlage, type VorlageBlock } from '../../core/import/vorlage';

/**
 * Reads a Beschlussvorlage into blocks of text: a DOCX through mammoth (its numbered lists stay
 * lists), a PDF with text through pdf.js (lines joined into paragraphs at the gaps between
 * them). The structure (which part is the Beschlussantrag) is the core's business.
 */

export const VORLAGE_MAX_BYTES = 25 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X'
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    });
}

/** A table being read: its finished rows, the row and the cell under way (raw HTML). */
interface OpenTable {
  rows: string[][];
  row: string[] | null;
  cell: string | null;
  span: number;
}

const cellText = (html: string) => decode(html).replace(/\s+/g, ' ').trim();

/**
 * mammoth's HTML as blocks: paragraphs and headings, list items with the kind of their list,
 * tables with the text of their cells. mammoth writes a small, regular set of tags, so a tag
 * scanner is enough here. A table inside a cell is read as that cell's text.
 */
export function htmlBlocks(html: string): VorlageBlock[] {
  const blocks: VorlageBlock[] = [];
  const lists: boolean[] = [];
  const tables: OpenTable[] = [];
  let text: string | null = null;
  let inItem = false;
  const flush = () => {
    if (text === null) return;
    const value = decode(text).replace(/\s+/g, ' ').trim();
    if (value) {
      blocks.push(
        inItem
          ? { kind: 'item', text: value, ordered: lists[lists.length - 1] ?? true }
          : { kind: 'paragraph', text: value },
      );
    }
    text = null;
  };
  const tag = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>|[^<]+/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [all, closing, rawName, attributes] = m;
    const name = rawName?.toLowerCase() ?? '';
    const table = tables.length === 1 ? tables[0]! : null;
    if (name === 'table' && !closing) {
      if (tables.length === 0) flush();
      tables.push({ rows: [], row: null, cell: null, span: 1 });
      continue;
    }
    if (tables.length > 1) {
      // A nested table: its text joins the outer cell, its cells apart by a space.
      if (name === 'table' && closing) tables.pop();
      const outer = tables[0]!;
      if (outer.cell !== null) outer.cell += rawName ? ' ' : all;
      continue;
    }
    if (table) {
      if (name === 'table') {
        tables.pop();
        if (table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows });
      } else if (name === 'tr') {
        if (!closing) table.row = [];
        else if (table.row) {
          table.rows.push(table.row);
          table.row = null;
        }
      } else if (name === 'td' || name === 'th') {
        if (!closing) {
          table.cell = '';
          const span = /\bcolspan\s*=\s*"?(\d+)/i.exec(attributes ?? '');
          table.span = Math.min(50, Math.max(1, Number(span?.[1] ?? 1)));
        } else if (table.cell !== null) {
          table.row ??= [];
          table.row.push(cellText(table.cell));
          for (let i = 1; i < table.span; i++) table.row.push('');
          table.cell = null;
        }
      } else if (table.cell !== null) {
        // Paragraphs, lines and list items inside a cell: one line of text, apart by spaces.
        table.cell += /^(p|li|br|h[1-6]|ol|ul)$/.test(name) ? ' ' : all;
      }
      continue;
    }
    if (!rawName) {
      if (text !== null) text += all;
      else if (inItem) text = all;
      continue;
    }
    if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push(name === 'ol');
    } else if (name === 'li') {
      flush();
      inItem = !closing;
      if (!closing) text = '';
    } else if (name === 'p' || /^h[1-6]$/.test(name)) {
      if (closing) flush();
      else if (!inItem || text === null || text.trim() === '') {
        if (!inItem) flush();
        text ??= '';
      }
    } else if (text !== null) {
      text += all;
    }
  }
  flush();
  return blocks;
}

async function docxBlocks(data: Buffer): Promise<VorlageBlock[]> {
  const mammoth = (await import('mammoth')).default;
  const result = await mammoth.convertToHtml({ buffer: data });
  return htmlBlocks(result.value);
}

interface Line {
  y: number;
  height: number;
  text: string;
}

/** The PDF's text lines as paragraphs: a gap wider than a line's spacing starts a new one. */
async function pdfBlocks(data: Buffer): Promise<VorlageBlock[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const blocks: VorlageBlock[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines: Line[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        const height = Math.abs((item.transform[3] as number) || item.height || 10);
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.y - y) < height * 0.5) {
          last.text += item.str;
        } else if (item.str.trim() !== '' || item.hasEOL === false) {
          lines.push({ y, height, text: item.str });
        }
      }
      // The line pitch inside a paragraph: the smallest step between lines; a wider step
      // is the space between paragraphs.
      const steps = lines
        .slice(1)
        .map((line, i) => lines[i]!.y - line.y)
        .filter((dy, i) => dy >= lines[i]!.height * 0.8);
      const pitch = steps.length > 0 ? Math.min(...steps) : Infinity;
      let paragraph: string[] = [];
      let previous: Line | null = null;
      const flush = () => {
        const text = paragraph.join('').replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ kind: 'paragraph', text });
        paragraph = [];
      };
      for (const line of lines) {
        const text = line.text.trim();
        if (!text) continue;
        if (previous && (previous.y - line.y > pitch * 1.25 || previous.y < line.y)) flush();
        // A line broken at a hyphen joins without a space ("IT-" + "Sicherheit").
        const joiner =
          paragraph.length === 0 || /-$/.test(paragraph[paragraph.length - 1]!) ? '' : ' ';
        paragraph.push(joiner + text);
        previous = line;
      }
      flush();
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return blocks;
}

export type VorlageSource = { path: string } | { name: string; data: Buffer };

/** Reads and analyses a Vorlage; bad files get a message that names them. */
export async function readVorlage(source: VorlageSource): Promise<Vorlage> {
  const name = 'path' in source ? basename(source.path) : basename(source.name);
  let data: Buffer;
  if ('path' in source) {
    // The host reads only what a Vorlage can be: no other file is opened on a page's word.
    if (!/\.(docx|pdf)$/i.test(source.path)) throw new UserError('vorlage.unsupported', { name });
    const info = await stat(source.path).catch((error: NodeJS.ErrnoException) => {
      throw new UserError('vorlage.unreadable', { name, reason: error.code ?? 'stat' });
    });
    if (info.size > VORLAGE_MAX_BYTES)
      throw new UserError('vorlage.tooLarge', { name, max: VORLAGE_MAX_BYTES / 1024 / 1024 });
    data = await readFile(source.path);
  } else {
    data = source.data;
    if (data.length > VORLAGE_MAX_BYTES)
      throw new UserError('vorlage.tooLarge', { name, max: VORLAGE_MAX_BYTES / 1024 / 1024 });
  }
  // The content decides, not the name: a DOCX is a ZIP, a PDF starts with %PDF.
  const isZip = data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const isPdf = data.subarray(0, 5).toString('latin1') === '%PDF-';
  if (!isZip && !isPdf) throw new UserError('vorlage.unsupported', { name });
  let blocks: VorlageBlock[];
  try {
    blocks = isPdf ? await pdfBlocks(data) : await docxBlocks(data);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : '';
    throw new UserError('vorlage.unreadable', { name, reason });
  }
  if (blocks.length === 0) throw new UserError('vorlage.noText', { name });
  const vorlage = analyzeVorlage(name, blocks);
  if (vorlage.parts.length === 0) throw new UserError('vorlage.nothingFound', { name });
  return vorlage;
}
