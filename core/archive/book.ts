import { publicView } from '../publication/public';
import type { ProtocolDocument } from '../model/schema';
import { formatDate } from '../style/dates';
import { byDateAndNumber, itemRecords } from './records';

/**
 * The Beschlussbuch: every resolution across a folder of minutes, in order of date, minutes
 * number and TOP. Non-public resolutions are left out unless asked for: the register is often
 * handed out, and what was decided behind closed doors must not reach it by accident: without
 * them the rows come from each file's public view (core/publication/public.ts), the one place that
 * decides what may be published.
 */
export interface BookRow {
  date: string;
  minutesNumber: string;
  top: string;
  paperRef: string;
  title: string;
  text: string;
  result: string;
  public: boolean;
  file: string;
}

export interface Book {
  rows: BookRow[];
  /** Non-public resolutions left out. */
  nonPublicLeftOut: number;
}

export interface BookSource {
  /** The file as shown to the user (relative to the archive folder). */
  file: string;
  document: ProtocolDocument;
}

export function beschlussbuch(
  sources: readonly BookSource[],
  options: { includeNonPublic: boolean },
): Book {
  let nonPublicLeftOut = 0;
  const records = sources.flatMap(({ file, document }) => {
    if (options.includeNonPublic) return itemRecords(document, file);
    const kept = publicView(document, { nonPublic: 'omit' });
    const keptIds = new Set(kept.items.map((i) => i.id));
    nonPublicLeftOut += itemRecords(
      { ...document, items: document.items.filter((i) => !keptIds.has(i.id)) },
      file,
    ).filter((r) => r.resolution).length;
    return itemRecords(kept, file);
  });
  records.sort(byDateAndNumber);
  const rows: BookRow[] = [];
  for (const r of records) {
    if (!r.resolution) continue;
    rows.push({
      date: r.date,
      minutesNumber: r.minutesNumber,
      top: r.top,
      paperRef: r.paperRef,
      title: r.title,
      text: r.resolution.text,
      result: r.resolution.result,
      public: r.public,
      file: r.file,
    });
  }
  return { rows, nonPublicLeftOut };
}

export const BOOK_COLUMNS = [
  'Datum',
  'Niederschrift Nr.',
  'TOP',
  'Drucksache',
  'Betreff',
  'Beschluss',
  'Ergebnis',
] as const;

export function bookCells(row: BookRow): string[] {
  return [
    formatDate(row.date),
    row.minutesNumber,
    row.public ? row.top : `${row.top} (nichtöffentlich)`,
    row.paperRef,
    row.title,
    row.text,
    row.result,
  ];
}

/** A cell as Excel reads it back; a leading = + - @ is kept text, not run as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Semicolons and CRLF as German Excel writes; the caller adds the encoding (UTF-8 BOM). */
export function bookToCsv(book: Book): string {
  const lines = [
    BOOK_COLUMNS.join(';'),
    ...book.rows.map((r) => bookCells(r).map(csvCell).join(';')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A print page of the register (A4 landscape), for the PDF. */
export function bookToHtml(book: Book, title: string): string {
  const head = BOOK_COLUMNS.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = book.rows
    .map(
      (r) =>
        `<tr>${bookCells(r)
          .map((c) => `<td>${escapeHtml(c).replace(/\n/g, '<br>')}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: A4 landscape; margin: 15mm; }
body { font-family: Arimo, Arial, sans-serif; font-size: 9pt; }
h1 { font-size: 14pt; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #555; padding: 3pt; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
tr { break-inside: avoid; }
</style></head><body><h1>${escapeHtml(title)}</h1>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>`;
}
