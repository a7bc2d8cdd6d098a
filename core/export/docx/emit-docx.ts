import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type FileChild,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Emitter, ParagraphSpec, RunSpec, TableSpec } from './emit';
import { ItemMark } from './item-mark';

export type DocxBlock = Paragraph | Table | FileChild;

function runOptions(spec: RunSpec): IRunOptions {
  const { children, ...rest } = spec;
  return {
    ...rest,
    ...(children ? { children: children.map((c) => (typeof c === 'string' ? c : new Tab())) } : {}),
  };
}

/**
 * The reference emitter: docx's own objects, which docx turns into XML. The export used only
 * this until issue 17; the fast path (emit-xml.ts) is held to its bytes by emit.test.ts.
 */
export const docxEmitter: Emitter<DocxBlock, ParagraphChild> = {
  paragraph: (spec: ParagraphSpec<ParagraphChild>) =>
    new Paragraph({ ...spec, children: spec.children ? [...spec.children] : undefined }),
  table: (spec: TableSpec<DocxBlock>) =>
    new Table({
      ...spec,
      columnWidths: [...spec.columnWidths],
      rows: spec.rows.map(
        (row) =>
          new TableRow({
            ...row,
            children: row.children.map(
              (cell) =>
                new TableCell({ ...cell, children: [...cell.children] as (Paragraph | Table)[] }),
            ),
          }),
      ),
    }),
  run: (spec) => new TextRun(runOptions(spec)),
  inserted: (spec) =>
    new InsertedTextRun({ ...runOptions(spec), id: spec.id, author: spec.author, date: spec.date }),
  deleted: (spec) =>
    new DeletedTextRun({ ...runOptions(spec), id: spec.id, author: spec.author, date: spec.date }),
  commentStart: (id) => new CommentRangeStart(id),
  commentEnd: (id) => new CommentRangeEnd(id),
  commentReference: (id) => new TextRun({ children: [new CommentReference(id)] }),
  itemMark: (item, reached) => new ItemMark(item, reached),
};
