import type { AttendanceEntry, AttendanceSummary } from '../../attendance/summary';
import { HEADER_TABLE, mmToTwip, ptToHalfPoints, SIGNATURE, TYPE } from '../house-layout';
import {
  signatoryLines,
  signOffLine,
  type PrintAgendaEntry,
  type PrintCertification,
  type PrintCorrection,
  type PrintItem,
  type PrintPart,
  type PrintSignatory,
  type PrintSignOff,
} from '../print-model';
import { t, type Lang } from '../../i18n/catalog';
import type { PrintedHeaderRow } from '../../model/fields';
import type { Annotations } from './annotations';
import { NONE, THIN, type BlockWriter } from './blocks';
import { TAB, type Emitter, type ParagraphSpec, type TableBordersSpec } from './emit';
import { STYLE } from './styles';
import { plainRuns, type RunStyle } from './text';
import { xmlSafe, xmlSafeLine } from './xml';

/** A row of a label | value table; a value of several lines prints one line each. */
interface LabelledRow {
  label: string;
  lines: string[];
}

interface LabelledTableOptions {
  /** Keep the table with what follows it, not only its rows together (a header). */
  keepWithNext: boolean;
  /** A thin rule under the table, closing off a header. */
  ruleBelow: boolean;
}

const NO_BORDERS: TableBordersSpec = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/**
 * The parts of one Niederschrift around its items' text: kicker, title, header table,
 * attendance, findings, the public / non-public sections with their items, signatures.
 */
export class PartWriter<B, C> {
  private readonly labelWidth = mmToTwip(HEADER_TABLE.labelColumnMm);
  private readonly emit: Emitter<B, C>;

  constructor(
    private readonly blocks: BlockWriter<B, C>,
    private readonly textWidth: number,
    private readonly lang: Lang,
    private readonly annotations?: Annotations<C>,
  ) {
    this.emit = blocks.emit;
  }

  /** One run of plain text. */
  private plain(text: string, base: RunStyle = {}): C[] {
    return plainRuns(this.emit, text, base);
  }

  /**
   * Told as each item's XML is written (docx: an ItemMark before it; the string writer: as it
   * starts the item): the export's progress.
   */
  reached?: (item: PrintItem) => void;
  /** Told as each item's paragraphs are built (the first pass of a long export). */
  building?: (item: PrintItem) => void;

  part(part: PrintPart, signOff: PrintSignOff | null = null): B[] {
    const out: B[] = [];
    if (part.kicker)
      out.push(this.emit.paragraph({ style: STYLE.kicker, children: this.plain(part.kicker) }));
    // Comments whose marked text is gone sit on the title when the items have no heading.
    const headless = part.sections.flatMap((s) => s.items.filter((i) => !i.heading));
    out.push(
      this.emit.paragraph({
        heading: 'Title',
        children: this.anchored(
          headless.map((i) => i.id),
          this.plain(part.title),
        ),
      }),
    );
    if (part.header.length > 0) {
      out.push(...this.header(part.header, true));
      // Room between the header's rule and what follows. The print HTML mirrors this
      // paragraph (its .spacer), so both formats break pages alike: change them together.
      out.push(this.spacer());
    }
    if (part.agenda && part.agenda.length > 0) out.push(...this.agenda(part.agenda));
    if (part.attendance) out.push(...this.attendance(part.attendance));
    for (const finding of part.findings) {
      out.push(this.emit.paragraph({ style: STYLE.finding, children: this.plain(finding) }));
    }
    // The text before the signatures keeps with them: a signature never stands alone on a page.
    const closes = part.signatories.length > 0 || !!part.certification;
    const lastItem = part.sections[part.sections.length - 1]?.items.at(-1);
    for (const section of part.sections) {
      if (section.heading) {
        out.push(
          this.emit.paragraph({
            heading: 'Heading1',
            // The non-public part on pages of its own: the public pages can go out alone.
            ...(section.newPage ? { pageBreakBefore: true } : {}),
            children: this.plain(section.heading),
          }),
        );
      }
      for (const item of section.items) {
        this.building?.(item);
        const mark = this.reached ? this.emit.itemMark(item, this.reached) : null;
        if (mark) out.push(mark);
        out.push(...this.item(item, closes && item === lastItem));
      }
    }
    if (part.certification) out.push(...this.certification(part.certification));
    if (part.signatories.length > 0) {
      out.push(...this.signatures(part.signatories, signOff !== null));
      if (signOff) {
        out.push(
          this.emit.paragraph({
            style: STYLE.signOff,
            children: this.plain(signOffLine(signOff, this.lang)),
          }),
        );
      }
    }
    return out;
  }

  /**
   * Corrections after sign-off, each after the signatures and apart from the signed text: its
   * heading with the day, what it concerns, its text, where it was decided, who wrote it, and
   * its own signatures.
   */
  corrections(corrections: readonly PrintCorrection[]): B[] {
    const out: B[] = [];
    const labelled = (label: string, value: string) =>
      this.emit.paragraph({
        keepNext: true,
        children: [...this.plain(`${label} `, { bold: true }), ...this.plain(xmlSafeLine(value))],
      });
    for (const correction of corrections) {
      out.push(
        this.emit.paragraph({
          heading: 'Heading1',
          children: this.plain(t(this.lang, 'print.correction.heading', { date: correction.date })),
        }),
      );
      if (correction.concerns.trim()) {
        out.push(labelled(t(this.lang, 'print.correction.concerns'), correction.concerns));
      }
      for (const line of xmlSafe(correction.text).split(/\r\n?|\n/)) {
        out.push(this.emit.paragraph({ children: this.plain(line) }));
      }
      if (correction.decidedIn.trim()) {
        out.push(labelled(t(this.lang, 'print.correction.decidedIn'), correction.decidedIn));
      }
      out.push(
        this.emit.paragraph({
          style: STYLE.signatureRole,
          children: this.plain(
            t(this.lang, 'print.correction.recorded', {
              author: correction.author,
              date: correction.createdAt,
            }),
          ),
        }),
      );
      if (correction.signatories.length > 0) {
        out.push(...this.signatures(correction.signatories, false));
      } else {
        out.push(
          this.emit.paragraph({
            style: STYLE.signOff,
            children: this.plain(t(this.lang, 'print.correction.unsigned')),
          }),
        );
      }
    }
    return out;
  }

  private spacer(): B {
    return this.emit.paragraph({ style: STYLE.tableText, children: [] });
  }

  /** Wraps a heading's runs in the comments of items whose marked text is gone. */
  private anchored(itemIds: readonly string[], runs: C[]): C[] {
    if (!this.annotations || itemIds.length === 0) return runs;
    const { before, after } = this.annotations.orphans(itemIds);
    return [...before, ...runs, ...after];
  }

  /** The Tagesordnung: "TOP n" and the Betreff, one line each, non-public ones marked. */
  private agenda(entries: readonly PrintAgendaEntry[]): B[] {
    const rows: LabelledRow[] = entries.map((e) => ({
      label: `TOP ${e.number}`,
      lines: [
        e.public
          ? e.title
          : e.title
            ? `${e.title} (${t(this.lang, 'print.agenda.closed')})`
            : t(this.lang, 'print.agenda.closed'),
      ],
    }));
    return [
      this.emit.paragraph({
        heading: 'Heading1',
        children: this.plain(t(this.lang, 'print.agenda.heading')),
      }),
      this.labelledTable(rows, { keepWithNext: false, ruleBelow: false }),
      this.spacer(),
    ];
  }

  /** An extract's certification: the sentence, place and date, the clerk's line to sign. */
  private certification(certification: PrintCertification): B[] {
    return [
      this.emit.paragraph({
        keepNext: true,
        keepLines: true,
        spacing: { before: mmToTwip(6) },
        children: this.plain(t(this.lang, 'print.extract.certification')),
      }),
      this.emit.paragraph({
        keepNext: true,
        keepLines: true,
        children: this.plain(xmlSafeLine(certification.placeAndDate)),
      }),
      ...this.signatures([certification.signatory], false),
    ];
  }

  private item(item: PrintItem, keepLastWithNext = false): B[] {
    const out: B[] = [];
    if (item.heading) {
      out.push(
        this.emit.paragraph({
          heading: 'Heading2',
          children: this.anchored([item.id], this.plain(item.heading)),
        }),
      );
    }
    if (item.header.length > 0) out.push(...this.header(item.header, false));
    out.push(...this.blocks.blocks(item.blocks, { depth: 0 }, keepLastWithNext));
    return out;
  }

  /**
   * A header table. Its Betreff leaves the table for a Heading 2 paragraph laid out like a row
   * (label, then the value at the value column): Word's navigation pane and a screen reader
   * list headings, and headings inside tables are not shown there.
   */
  private header(rows: readonly PrintedHeaderRow[], ruleBelow: boolean): B[] {
    const subject = rows.find((r) => r.field.key === 'item.title' && r.value.trim() !== '');
    const rest = rows.filter((r) => r !== subject);
    const out: B[] = [];
    if (rest.length > 0) {
      out.push(
        this.labelledTable(headerRows(rest), {
          keepWithNext: true,
          ruleBelow: ruleBelow && !subject,
        }),
      );
    }
    if (subject) {
      const lines = xmlSafe(subject.value).split(/\r\n?|\n/);
      const size = ptToHalfPoints(TYPE.bodyPt);
      const look = { bold: false, size, sizeComplexScript: size };
      out.push(
        this.emit.paragraph({
          // The built-in heading, drawn like the table rows around it (direct formatting).
          heading: 'Heading2',
          keepNext: true,
          spacing: { before: 0, after: ruleBelow ? 120 : 60 },
          tabStops: [{ type: 'left', position: this.labelWidth }],
          indent: { left: this.labelWidth, hanging: this.labelWidth },
          ...(ruleBelow ? { border: { bottom: { ...THIN, space: 4 } } } : {}),
          children: [
            ...this.plain(subject.label, { ...look, bold: HEADER_TABLE.labelBold }),
            this.emit.run({ children: [TAB], ...look }),
            ...lines.flatMap((line, i) => [
              ...(i > 0 ? [this.emit.run({ break: 1, ...look })] : []),
              ...this.plain(line, look),
            ]),
          ],
        }),
      );
    }
    return out;
  }

  private attendance(summary: AttendanceSummary): B[] {
    const l = (key: Parameters<typeof t>[1]) => t(this.lang, key);
    const top = summary.atItem;
    const entries = (list: AttendanceEntry[]) =>
      list.map((e) =>
        e.note
          ? t(this.lang, 'print.attendance.entryWithNote', { name: e.name, note: e.note })
          : e.name,
      );
    const rows: LabelledRow[] = [
      { label: l('print.attendance.chair'), lines: summary.chair ? [summary.chair] : [] },
      { label: l('print.attendance.members'), lines: entries(summary.members) },
      { label: l('print.attendance.excluded'), lines: entries(summary.excluded) },
      { label: l('print.attendance.absent'), lines: entries(summary.absent) },
      { label: l('print.attendance.staff'), lines: entries(summary.staff) },
      { label: l('print.attendance.guests'), lines: entries(summary.guests) },
      { label: l('print.attendance.clerk'), lines: summary.clerk ? [summary.clerk] : [] },
    ].filter((row) => row.lines.length > 0);
    return [
      this.emit.paragraph({
        heading: 'Heading1',
        children: this.plain(
          top
            ? t(this.lang, 'print.attendance.headingAtItem', { top })
            : l('print.attendance.heading'),
        ),
      }),
      this.labelledTable(rows, { keepWithNext: false, ruleBelow: false }),
      this.emit.paragraph({
        style: STYLE.finding,
        spacing: { before: 120 },
        children: this.plain(
          t(this.lang, top ? 'print.attendance.countAtItem' : 'print.attendance.count', {
            present: summary.presentCount,
            total: summary.memberTotal,
            top,
          }),
        ),
      }),
    ];
  }

  /** Two borderless columns, label | value; a row without a label shows its value alone. */
  private labelledTable(rows: LabelledRow[], options: LabelledTableOptions): B {
    const valueWidth = this.textWidth - this.labelWidth;
    const last = rows.length - 1;
    const cellParagraphs = (lines: string[], keepNext: boolean, bold: boolean) =>
      (lines.length > 0 ? lines : ['']).map((line) =>
        this.emit.paragraph({
          style: STYLE.tableText,
          keepNext,
          children: this.plain(xmlSafeLine(line), bold ? { bold: true } : {}),
        }),
      );
    return this.emit.table({
      width: { size: this.textWidth, type: 'dxa' },
      columnWidths: [this.labelWidth, valueWidth],
      layout: 'fixed',
      borders: options.ruleBelow ? { ...NO_BORDERS, bottom: THIN } : NO_BORDERS,
      margins: { left: 0, right: mmToTwip(2) },
      rows: rows.map((row, index) => {
        // Keeping every paragraph with the next holds the rows together; the last row of a
        // header keeps with the text after it, so a header never ends a page alone.
        const keepNext = options.keepWithNext || index < last;
        return {
          cantSplit: true,
          children: [
            {
              width: { size: this.labelWidth, type: 'dxa' },
              children: cellParagraphs(
                row.label ? [row.label] : [],
                keepNext,
                HEADER_TABLE.labelBold,
              ),
            },
            {
              width: { size: valueWidth, type: 'dxa' },
              children: cellParagraphs(row.lines, keepNext, false),
            },
          ],
        };
      }),
    });
  }

  /**
   * Room to sign, a line, the name and the role, two signatories side by side; never split. A
   * place signed electronically carries, where the handwriting would go, that it was signed
   * and when, and under its role the key's fingerprint; the others keep their empty line.
   * `keepWithNext` holds the block to the verification line under it.
   */
  private signatures(signatories: readonly PrintSignatory[], keepWithNext: boolean): B[] {
    const line = mmToTwip(SIGNATURE.lineWidthMm);
    const gap = Math.max(0, this.textWidth - 2 * line);
    const pairs: (PrintSignatory | undefined)[][] = [];
    for (let i = 0; i < signatories.length; i += 2)
      pairs.push([signatories[i], signatories[i + 1]]);
    // Every paragraph of a row but the last keeps with the next: Word and LibreOffice then
    // keep the rows together, and the rows cannot split.
    const cell = (signatory: PrintSignatory | undefined, keepNext: boolean) => {
      const paragraph = (style: string, text: string, extra: Partial<ParagraphSpec<C>> = {}) =>
        this.emit.paragraph({ style, keepNext, ...extra, children: this.plain(text) });
      const styles = {
        name: STYLE.signature,
        role: STYLE.signatureRole,
        key: STYLE.signatureKey,
      } as const;
      const children = signatory
        ? signatoryLines(signatory, this.lang).map((entry) =>
            entry.kind === 'line'
              ? // The signature line: empty to sign on, or the note of the electronic signature.
                paragraph(entry.text ? STYLE.signatureRole : STYLE.signature, entry.text, {
                  spacing: { before: mmToTwip(SIGNATURE.spaceAboveMm) },
                  border: {
                    bottom: { style: 'single', size: 6, color: '000000', space: 1 },
                  },
                })
              : paragraph(styles[entry.kind], xmlSafeLine(entry.text)),
          )
        : [paragraph(STYLE.signature, '')];
      return { width: { size: line, type: 'dxa' as const }, children };
    };
    const gapCell = (keepNext: boolean) => ({
      width: { size: gap, type: 'dxa' as const },
      children: [this.emit.paragraph({ style: STYLE.signature, keepNext })],
    });
    return [
      // The space before the block keeps with it, so the block moves to the next page whole.
      this.emit.paragraph({
        style: STYLE.signature,
        keepNext: true,
        spacing: { before: mmToTwip(5) },
      }),
      this.emit.table({
        width: { size: 2 * line + gap, type: 'dxa' },
        columnWidths: [line, gap, line],
        layout: 'fixed',
        borders: NO_BORDERS,
        margins: { left: 0, right: 0 },
        rows: pairs.map(([left, right], index) => {
          const keepNext = keepWithNext || index < pairs.length - 1;
          return {
            cantSplit: true,
            children: [cell(left, keepNext), gapCell(keepNext), cell(right, keepNext)],
          };
        }),
      }),
    ];
  }
}

function headerRows(rows: readonly PrintedHeaderRow[]): LabelledRow[] {
  return rows.map((row) => ({ label: row.label, lines: row.value.split(/\r?\n/) }));
}
