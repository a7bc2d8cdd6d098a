import type { AttendanceEntry, AttendanceSummary } from '../attendance';
import type { PrintedHeaderRow } from '../../model/fields';
import type { PrintItem, PrintPart, PrintSignatory } from '../print-model';
import { blocksHtml } from './blocks';
import { escapeHtml } from './escape';
import type { PrintText } from './texts';
import type { MessageKey } from '../../i18n/catalog';

/**
 * One Niederschrift (a part of the print document) as HTML: title, header table, attendance,
 * findings, the items, signatures. Headings are chosen for the PDF outline: the part title and
 * the public/non-public parts are h1, every TOP an h2.
 */

function fieldRow(label: string, valueHtml: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${valueHtml}</td></tr>`;
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
      const value = escapeHtml(row.value);
      const isSubject = subjectHeading && row.field.key === 'item.title' && row.value.trim() !== '';
      return fieldRow(row.label, isSubject ? `<h2>${value}</h2>` : value);
    })
    .join('');
  return `<table class="fields ${cls}"><tbody>${body}</tbody></table>`;
}

function namesHtml(entries: readonly AttendanceEntry[], text: PrintText): string {
  const long = entries.length > 12 ? ' long' : '';
  const items = entries.map((e) => {
    const line = e.note
      ? text('print.attendance.entryWithNote', { name: e.name, note: e.note })
      : e.name;
    return `<li>${escapeHtml(line)}</li>`;
  });
  return `<ul class="names${long}">${items.join('')}</ul>`;
}

/**
 * Who was there. Chair and clerk are left out when the header table already names them.
 * The heading is a bold line, not an h-element: the outline lists the parts and TOPs only.
 */
function attendanceHtml(
  attendance: AttendanceSummary,
  header: readonly PrintedHeaderRow[],
  text: PrintText,
): string {
  const shown = new Set(header.filter((r) => r.value !== '').map((r) => r.field.key));
  const rows: string[] = [];
  const person = (key: MessageKey, name: string) =>
    rows.push(fieldRow(text(key), escapeHtml(name)));
  const names = (key: MessageKey, entries: readonly AttendanceEntry[]) => {
    if (entries.length > 0) rows.push(fieldRow(text(key), namesHtml(entries, text)));
  };
  if (attendance.chair && !shown.has('meeting.chair'))
    person('print.attendance.chair', attendance.chair);
  names('print.attendance.members', attendance.members);
  names('print.attendance.absent', attendance.absent);
  names('print.attendance.staff', attendance.staff);
  names('print.attendance.guests', attendance.guests);
  if (attendance.clerk && !shown.has('meeting.clerk'))
    person('print.attendance.clerk', attendance.clerk);
  const count = text('print.attendance.count', {
    present: attendance.presentCount,
    total: attendance.memberTotal,
  });
  return (
    `<section class="attendance"><p class="block-title">${escapeHtml(text('print.attendance.heading'))}</p>` +
    `<p>${escapeHtml(count)}</p>` +
    (rows.length > 0 ? `<table class="fields"><tbody>${rows.join('')}</tbody></table>` : '') +
    `</section>`
  );
}

function itemHtml(item: PrintItem): string {
  const heading = item.heading ? `<h2>${escapeHtml(item.heading)}</h2>` : '';
  return (
    `<section class="item" data-item="${escapeHtml(item.id)}">${heading}` +
    `${headerTable(item.header, 'item-fields', false)}${blocksHtml(item.blocks)}</section>`
  );
}

function signaturesHtml(signatories: readonly PrintSignatory[]): string {
  if (signatories.length === 0) return '';
  const blocks = signatories
    .map(
      (s) =>
        `<div class="signature"><div class="line">` +
        `<p class="name">${s.name ? escapeHtml(s.name) : '<br>'}</p>` +
        `<p class="role">${escapeHtml(s.label)}</p></div></div>`,
    )
    .join('');
  return `<section class="signatures" aria-label="Unterschriften">${blocks}</section>`;
}

export function partHtml(part: PrintPart, text: PrintText): string {
  const perItem = part.sections.every((s) => s.heading === '');
  const kicker = part.kicker ? `<p class="kicker">${escapeHtml(part.kicker)}</p>` : '';
  const title = `<h1 class="doc-title">${escapeHtml(part.title)}</h1>`;
  const header = headerTable(part.header, 'doc-header', perItem);
  const attendance = part.attendance ? attendanceHtml(part.attendance, part.header, text) : '';
  const findings =
    part.findings.length > 0
      ? `<div class="findings">${part.findings.map((f) => `<p>${escapeHtml(f)}</p>`).join('')}</div>`
      : '';
  const sections = part.sections
    .map((section) => {
      const heading = section.heading ? `<h1>${escapeHtml(section.heading)}</h1>` : '';
      return `${heading}${section.items.map(itemHtml).join('')}`;
    })
    .join('');
  return (
    `<article class="part">${kicker}${title}${header}${attendance}${findings}` +
    `${sections}${signaturesHtml(part.signatories)}</article>`
  );
}
