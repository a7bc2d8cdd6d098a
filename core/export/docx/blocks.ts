import { ptToHalfPoints, TYPE } from '../house-layout';
import type { PrintBlock, PrintCell, PrintInline } from '../print-model';
import type { Annotations } from './annotations';
import { ListNumbering } from './numbering';
import { RULE_COLOR, STYLE } from './styles';
import { plainRuns, runsOf } from './text';
import type { BorderSpec, CellSpec, Emitter, HeadingStyle } from './emit';

const PARAGRAPH_AFTER = Math.round(TYPE.paragraphAfterPt * 20);

const HEADINGS: Record<1 | 2 | 3, HeadingStyle> = {
  1: 'Heading1',
  2: 'Heading2',
  3: 'Heading3',
};

const ROLE_STYLE = {
  sectionTitle: STYLE.sectionTitle,
  vote: STYLE.vote,
  finding: STYLE.finding,
} as const;

export const THIN: BorderSpec = { style: 'single', size: 4, color: RULE_COLOR };
export const NONE: BorderSpec = { style: 'none', size: 0, color: 'auto' };

/** Where a block sits: inside a list item (its level) or a table cell (its style). */
interface Place {
  /** Nesting depth of the next list. */
  depth: number;
  /** Left indent of plain paragraphs (inside a list item: the item's text position). */
  indent?: number;
  inCell?: boolean;
  headerCell?: boolean;
  /** Inside the last item of a list that ends an outer list: its end closes the outer list. */
  closing?: boolean;
}

/**
 * Turns print-model blocks into DOCX paragraphs and tables. One instance per document, since
 * it hands out the numbering of every list in it.
 */
export class BlockWriter<B, C> {
  readonly numbering = new ListNumbering();

  constructor(
    readonly emit: Emitter<B, C>,
    private readonly textWidth: number,
    private readonly annotations?: Annotations<C>,
  ) {}

  /**
   * `keepLastWithNext`: the last block, when a paragraph, keeps with what follows (the closing
   * text of minutes with the signature block).
   */
  blocks(
    blocks: readonly PrintBlock[],
    place: Place = { depth: 0 },
    keepLastWithNext = false,
  ): B[] {
    return blocks.flatMap((block, index) =>
      keepLastWithNext && index === blocks.length - 1 && block.kind === 'paragraph'
        ? [this.paragraph(block.inlines, place, block.role, true)]
        : this.block(block, place),
    );
  }

  private block(block: PrintBlock, place: Place): B[] {
    switch (block.kind) {
      case 'paragraph':
        return [this.paragraph(block.inlines, place, block.role)];
      case 'heading':
        return [
          this.emit.paragraph({
            heading: HEADINGS[block.level],
            children: plainRuns(this.emit, block.text),
          }),
        ];
      case 'list':
        return this.list(block, place);
      case 'table':
        // A paragraph after every table: Word merges two adjacent tables into one and wants a
        // cell to end in a paragraph, and the text after a table needs room from its border.
        return [this.table(block.rows, place), this.tableGap()];
      case 'quote':
        return block.blocks.flatMap((inner) =>
          inner.kind === 'paragraph'
            ? [
                this.emit.paragraph({
                  style: STYLE.quote,
                  children: runsOf(this.emit, inner.inlines, {}, this.annotations),
                }),
              ]
            : this.block(inner, place),
        );
    }
  }

  private paragraph(
    inlines: readonly PrintInline[],
    place: Place,
    role?: keyof typeof ROLE_STYLE,
    keepNext = false,
  ): B {
    const style = role ? ROLE_STYLE[role] : place.inCell ? STYLE.tableText : undefined;
    return this.emit.paragraph({
      ...(style ? { style } : {}),
      ...(keepNext ? { keepNext: true, keepLines: true } : {}),
      ...(place.indent !== undefined ? { indent: { left: place.indent } } : {}),
      children: runsOf(
        this.emit,
        inlines,
        place.headerCell ? { bold: true } : {},
        this.annotations,
      ),
    });
  }

  private list(block: PrintBlock & { kind: 'list' }, place: Place): B[] {
    const numbering = this.numbering.open(block.ordered, block.start, place.depth);
    const style = block.ordered ? STYLE.listNumber : STYLE.listBullet;
    const closing = place.depth === 0 || place.closing === true;
    const out: B[] = [];
    for (const [index, item] of block.items.entries()) {
      const [first, ...rest] = item;
      const last = index === block.items.length - 1;
      // The number belongs to the item's first paragraph; an item that opens with something
      // else gets an empty numbered paragraph, so the count of the items stays right.
      const lead = first?.kind === 'paragraph' ? first : undefined;
      const further = lead ? rest : item;
      // List items sit closer than paragraphs; the list as a whole keeps the paragraph gap.
      const closesList = closing && last && further.length === 0;
      out.push(
        this.emit.paragraph({
          style,
          numbering: { ...numbering, custom: true },
          ...(closesList ? { spacing: { after: PARAGRAPH_AFTER } } : {}),
          children: lead
            ? runsOf(
                this.emit,
                lead.inlines,
                place.headerCell ? { bold: true } : {},
                this.annotations,
              )
            : [],
        }),
      );
      out.push(
        ...this.blocks(further, {
          ...place,
          depth: place.depth + 1,
          indent: ListNumbering.textIndent(numbering.level),
          closing: closing && last,
        }),
      );
    }
    return out;
  }

  private table(rows: readonly (readonly PrintCell[])[], place: Place): B {
    const columns = Math.max(1, ...rows.map((row) => row.reduce((n, c) => n + c.colSpan, 0)));
    const width = this.textWidth - (place.indent ?? 0);
    const column = Math.floor(width / columns);
    // Header rows at the top repeat on every page the table runs over (not when all are).
    const headerRows = Math.max(
      0,
      rows.findIndex((row) => !row.every((cell) => cell.header)),
    );
    return this.emit.table({
      width: { size: column * columns, type: 'dxa' },
      columnWidths: Array.from({ length: columns }, () => column),
      layout: 'fixed',
      ...(place.indent ? { indent: { size: place.indent, type: 'dxa' } } : {}),
      borders: {
        top: THIN,
        bottom: THIN,
        left: THIN,
        right: THIN,
        insideHorizontal: THIN,
        insideVertical: THIN,
      },
      rows: rows.map((row, index) => ({
        cantSplit: true,
        tableHeader: index < headerRows,
        children: row.map((cell) => this.cell(cell, column)),
      })),
    });
  }

  private cell(cell: PrintCell, column: number): CellSpec<B> {
    const content = this.blocks(cell.blocks, {
      depth: 0,
      inCell: true,
      headerCell: cell.header,
    });
    return {
      width: { size: column * cell.colSpan, type: 'dxa' },
      ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
      ...(cell.header ? { shading: { type: 'clear', fill: 'F2F2F2', color: 'auto' } } : {}),
      // A cell must hold a paragraph, even an empty one.
      children: content.length > 0 ? content : [this.emit.paragraph({ style: STYLE.tableText })],
    };
  }

  private tableGap(): B {
    return this.emit.paragraph({
      style: STYLE.tableText,
      spacing: { before: 0, after: 0 },
      run: { size: ptToHalfPoints(TYPE.smallPt) },
      children: [],
    });
  }
}
