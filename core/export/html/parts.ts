import type { AttendanceEntry, AttendanceSummary } from '../attendance';
import type { MessageKey } from '../../i18n/catalog';
import type { PrintedHeaderRow } from '../../model/fields';
import type { PrintItem, PrintPart, PrintSignatory } from '../print-model';
import { blocksHtml } from './blocks';
import { escapeHtml } from './escape';
import type { PrintText } from './texts';

/**
 * One Niederschrift (a part of the print document) as HTML: title, header table, attendance,
 * findings, the items, signatures, in the order and with the texts of the DOCX. Headings are
 * chosen for the PDF outline: the part title, the attendance and the public / non-public parts
 * are h1, every TOP an h2.
 */

function fieldRow(label: string, valueHtml: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${valueHtml}</td></tr>`;
}

/** A value of several lines prints one line each, as in the DOCX. */
function linesHtml(value: string): string {
  return value
    .split(/\r?\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
}

/**
 * The header table. In the per-item form the row holding the item's subject (Betreff) is the
 * TOP's heading, so that the PDF outline has an entry per TOP without an extra visible line.
 */
function headerTable(
  rows: readonly PrintedHeaderRow[],
  cls: string,
  subjectHeading: boolean,
): string {
  if (rows.length === 0) return '';
  const body = rows
    .map((row) => {
      const value = linesHtml(row.value);
      const isSubject = subjectHeading && row.field.key === 'item.title' && row.value.trim() !== '';
      return fieldRow(row.label, isSubject ? `<h2>${value}</h2>` : value);
    })
    .join('');
  return `<table class="fields ${cls}"><tbody>${body}</tbody></table>`;
}

function namesHtml(entries: readonly (AttendanceEntry | string)[], text: PrintText): string {
  const items = entries.map((e) => {
    const line =
      typeof e === 'string'
        ? e
        : e.note
          ? text('print.attendance.entryWithNote', { name: e.name, note: e.note })
          : e.name;
    return `<li>${escapeHtml(line)}</li>`;
  });
  return `<ul class="names">${items.join('')}</ul>`;
}

/** Who was there: a heading, one row per group of people, then the count of members present. */
function attendanceHtml(attendance: AttendanceSummary, text: PrintText): string {
  const groups: [MessageKey, readonly (AttendanceEntry | string)[]][] = [
    ['print.attendance.chair', attendance.chair ? [attendance.chair] : []],
    ['print.attendance.members', attendance.members],
    ['print.attendance.absent', attendance.absent],
    ['print.attendance.staff', attendance.staff],
    ['print.attendance.guests', attendance.guests],
    ['print.attendance.clerk', attendance.clerk ? [attendance.clerk] : []],
  ];
  const rows = groups
    .filter(([, entries]) => entries.length > 0)
    .map(([key, entries]) => fieldRow(text(key), namesHtml(entries, text)));
  const count = text('print.attendance.count', {
    present: attendance.presentCount,
    total: attendance.memberTotal,
  });
  return (
    `<section class="attendance"><h1>${escapeHtml(text('print.attendance.heading'))}</h1>` +
    (rows.length > 0 ? `<table class="fields"><tbody>${rows.join('')}</tbody></table>` : '') +
    `<p class="finding count">${escapeHtml(count)}</p></section>`
  );
}

function itemHtml(item: PrintItem): string {
  const heading = item.heading ? `<h2>${escapeHtml(item.heading)}</h2>` : '';
  return (
    `<section class="item">${heading}` +
    `${headerTable(item.header, 'item-fields', false)}${blocksHtml(item.blocks)}</section>`
  );
}

/** Room to sign, a line, the name and the role; two side by side; never split. */
function signaturesHtml(signatories: readonly PrintSignatory[]): string {
  if (signatories.length === 0) return '';
  const blocks = signatories
    .map(
      (s) =>
        `<div class="signature"><div class="rule"></div>` +
        (s.name ? `<p class="name">${escapeHtml(s.name)}</p>` : '') +
        `<p class="role">${escapeHtml(s.label)}</p></div>`,
    )
    .join('');
  return `<section class="signatures">${blocks}</section>`;
}

export function partHtml(part: PrintPart, text: PrintText, pageName?: string): string {
  const perItem = part.sections.every((s) => s.heading === '');
  const kicker = part.kicker ? `<p class="kicker">${escapeHtml(part.kicker)}</p>` : '';
  const title = `<h1 class="doc-title">${escapeHtml(part.title)}</h1>`;
  // The DOCX closes its header with an empty paragraph; the spacer stands for it.
  const header =
    part.header.length > 0
      ? `${headerTable(part.header, 'doc-header', perItem)}<div class="spacer"></div>`
      : '';
  const attendance = part.attendance ? attendanceHtml(part.attendance, text) : '';
  const findings = part.findings.map((f) => `<p class="finding">${escapeHtml(f)}</p>`).join('');
  const sections = part.sections
    .map((section) => {
      const heading = section.heading ? `<h1>${escapeHtml(section.heading)}</h1>` : '';
      return `${heading}${section.items.map(itemHtml).join('')}`;
    })
    .join('');
  return (
    `<article class="part${pageName ? ` ${pageName}` : ''}">${kicker}${title}${header}${attendance}${findings}` +
    `${sections}${signaturesHtml(part.signatories)}</article>`
  );
}
