import type { AttendanceEntry, AttendanceSummary } from '../../attendance/summary';
import type { MessageKey } from '../../i18n/catalog';
import type { PrintedHeaderRow } from '../../model/fields';
import {
  signatoryLines,
  signOffLine,
  type PrintAgendaEntry,
  type PrintBlock,
  type PrintCertification,
  type PrintCorrection,
  type PrintItem,
  type PrintPart,
  type PrintSignatory,
  type PrintSignOff,
} from '../print-model';
import { blocksHtml } from './blocks';
import { escapeHtml } from './escape';
import { printLangOf, type PrintText } from './texts';

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
    ['print.attendance.excluded', attendance.excluded],
    ['print.attendance.absent', attendance.absent],
    ['print.attendance.staff', attendance.staff],
    ['print.attendance.guests', attendance.guests],
    ['print.attendance.clerk', attendance.clerk ? [attendance.clerk] : []],
  ];
  const rows = groups
    .filter(([, entries]) => entries.length > 0)
    .map(([key, entries]) => fieldRow(text(key), namesHtml(entries, text)));
  const top = attendance.atItem;
  const count = text(top ? 'print.attendance.countAtItem' : 'print.attendance.count', {
    present: attendance.presentCount,
    total: attendance.memberTotal,
    top,
  });
  const heading = top
    ? text('print.attendance.headingAtItem', { top })
    : text('print.attendance.heading');
  return (
    `<section class="attendance"><h1>${escapeHtml(heading)}</h1>` +
    (rows.length > 0 ? `<table class="fields"><tbody>${rows.join('')}</tbody></table>` : '') +
    `<p class="finding count">${escapeHtml(count)}</p></section>`
  );
}

/** The Tagesordnung after the header: "TOP n" | Betreff, non-public items marked. */
function agendaHtml(entries: readonly PrintAgendaEntry[], text: PrintText): string {
  if (entries.length === 0) return '';
  const rows = entries.map((e) =>
    fieldRow(
      `TOP ${e.number}`,
      escapeHtml(
        e.public
          ? e.title
          : e.title
            ? `${e.title} (${text('print.agenda.closed')})`
            : text('print.agenda.closed'),
      ),
    ),
  );
  return (
    `<section class="agenda"><h1>${escapeHtml(text('print.agenda.heading'))}</h1>` +
    `<table class="fields"><tbody>${rows.join('')}</tbody></table><div class="spacer"></div></section>`
  );
}

/** An extract's certification: the sentence, place and date, the clerk's line to sign. */
function certificationHtml(certification: PrintCertification, text: PrintText): string {
  return (
    `<div class="sign-block certification"><p class="certify">${escapeHtml(text('print.extract.certification'))}</p>` +
    `<p class="certify-place">${escapeHtml(certification.placeAndDate)}</p>` +
    `${signaturesHtml([certification.signatory], text, null).replace(/^<div class="sign-block">|<\/div>$/g, '')}</div>`
  );
}

/**
 * An item. `closing` is what ends the minutes (signatures, certification): it goes in one
 * unbreakable box with the item's last block, so a signature never stands alone on a page.
 */
function itemHtml(item: PrintItem, closing = ''): string {
  const heading = item.heading ? `<h2>${escapeHtml(item.heading)}</h2>` : '';
  // The item's text headings follow its h2 without skipping a level.
  const context = { bulletLevel: 0, headings: { h3: false } };
  const body =
    closing && item.blocks.length > 0
      ? `${blocksHtml(item.blocks.slice(0, -1), context)}<div class="closing">${blocksHtml(item.blocks.slice(-1), context)}${closing}</div>`
      : `${blocksHtml(item.blocks, context)}${closing}`;
  return (
    `<section class="item">${heading}` +
    `${headerTable(item.header, 'item-fields', false)}${body}</section>`
  );
}

/**
 * Room to sign, a line, the name and the role; two side by side; never split. A place signed
 * electronically says so, and when, where the handwriting would go, and carries its key's
 * fingerprint under the role (the lines of the DOCX). The verification line stays with them.
 */
function signaturesHtml(
  signatories: readonly PrintSignatory[],
  text: PrintText,
  signOff: PrintSignOff | null,
): string {
  if (signatories.length === 0) return '';
  const lang = printLangOf(text);
  const blocks = signatories
    .map((s) => {
      const lines = signatoryLines(s, lang).map((line) => {
        const body = escapeHtml(line.text).replace(/\n/g, '<br>');
        switch (line.kind) {
          case 'line':
            return `<div class="rule">${body ? `<p class="signed-note">${body}</p>` : ''}</div>`;
          case 'name':
            return `<p class="name">${body}</p>`;
          case 'role':
            return `<p class="role">${body}</p>`;
          case 'key':
            return `<p class="role key">${body}</p>`;
        }
      });
      return `<div class="signature${s.signed ? ' signed' : ''}">${lines.join('')}</div>`;
    })
    .join('');
  const line = signOff ? `<p class="sign-off">${escapeHtml(signOffLine(signOff, lang))}</p>` : '';
  return `<div class="sign-block"><section class="signatures">${blocks}</section>${line}</div>`;
}

/** A correction after sign-off, as in the DOCX: after the signatures, with its own. */
function correctionHtml(correction: PrintCorrection, text: PrintText): string {
  // One line each, as in the DOCX.
  const labelled = (label: string, value: string) =>
    `<p class="labelled"><strong>${escapeHtml(label)}</strong> ${escapeHtml(value.replace(/[\r\n\t]+/g, ' '))}</p>`;
  const lines = correction.text
    .split(/\r\n?|\n/)
    .map((line) => `<p>${line === '' ? '<br>' : escapeHtml(line)}</p>`)
    .join('');
  const signatures =
    correction.signatories.length > 0
      ? signaturesHtml(correction.signatories, text, null)
      : `<p class="sign-off">${escapeHtml(text('print.correction.unsigned'))}</p>`;
  return (
    `<section class="correction"><h1>${escapeHtml(text('print.correction.heading', { date: correction.date }))}</h1>` +
    (correction.concerns.trim()
      ? labelled(text('print.correction.concerns'), correction.concerns)
      : '') +
    lines +
    (correction.decidedIn.trim()
      ? labelled(text('print.correction.decidedIn'), correction.decidedIn)
      : '') +
    `<p class="recorded">${escapeHtml(text('print.correction.recorded', { author: correction.author, date: correction.createdAt }))}</p>` +
    `${signatures}</section>`
  );
}

/** Whether any text of the part is a suggested change. */
function hasChanges(blocks: readonly PrintBlock[]): boolean {
  return blocks.some((block) => {
    switch (block.kind) {
      case 'paragraph':
        return block.inlines.some((i) => i.change !== undefined);
      case 'heading':
        return false;
      case 'list':
        return block.items.some(hasChanges);
      case 'table':
        return block.rows.some((row) => row.some((cell) => hasChanges(cell.blocks)));
      case 'quote':
        return hasChanges(block.blocks);
    }
  });
}

/** How suggested changes look, shown above a text that has any, in the look it explains. */
function changesLegend(text: PrintText): string {
  const inserted = `<span class="ins">${escapeHtml(text('print.changes.inserted'))}</span>`;
  const deleted = `<span class="del">${escapeHtml(text('print.changes.deleted'))}</span>`;
  // The catalog text is escaped first, so only the two styled words are markup.
  const legend = escapeHtml(text('print.changes.legend', { inserted: '\uE010', deleted: '\uE011' }))
    .replace('\uE010', inserted)
    .replace('\uE011', deleted);
  return `<p class="changes-legend" role="note">${legend}</p>`;
}

export interface PartHtmlOptions {
  /** The named page of a part whose footer differs from the first part's. */
  pageName?: string | undefined;
  signOff?: PrintSignOff | null;
  corrections?: readonly PrintCorrection[];
  /** Told as each item is written (the progress of a long export). */
  reached?: (item: PrintItem) => void;
}

export function partHtml(part: PrintPart, text: PrintText, options: PartHtmlOptions = {}): string {
  const { pageName, signOff = null, corrections = [] } = options;
  const perItem = part.sections.every((s) => s.heading === '');
  const kicker = part.kicker ? `<p class="kicker">${escapeHtml(part.kicker)}</p>` : '';
  const title = `<h1 class="doc-title">${escapeHtml(part.title)}</h1>`;
  // The DOCX closes its header with an empty paragraph; the spacer stands for it.
  const header =
    part.header.length > 0
      ? `${headerTable(part.header, 'doc-header', perItem)}<div class="spacer"></div>`
      : '';
  const legend = part.sections.some((s) => s.items.some((i) => hasChanges(i.blocks)))
    ? changesLegend(text)
    : '';
  const attendance = part.attendance ? attendanceHtml(part.attendance, text) : '';
  const agenda = agendaHtml(part.agenda ?? [], text);
  const closing =
    (part.certification ? certificationHtml(part.certification, text) : '') +
    signaturesHtml(part.signatories, text, signOff);
  const lastItem = part.sections[part.sections.length - 1]?.items.at(-1);
  const findings = part.findings.map((f) => `<p class="finding">${escapeHtml(f)}</p>`).join('');
  const sections = part.sections
    .map((section) => {
      const heading = section.heading
        ? `<h1${section.newPage ? ' class="new-page"' : ''}>${escapeHtml(section.heading)}</h1>`
        : '';
      const items = section.items.map((i) => {
        options.reached?.(i);
        return itemHtml(i, i === lastItem ? closing : '');
      });
      return `${heading}${items.join('')}`;
    })
    .join('');
  return (
    `<article class="part${pageName ? ` ${pageName}` : ''}">${kicker}${title}${header}${legend}${agenda}${attendance}${findings}` +
    `${sections}${lastItem ? '' : closing}` +
    `${corrections.map((c) => correctionHtml(c, text)).join('')}</article>`
  );
}
