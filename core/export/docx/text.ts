import {
  DeletedTextRun,
  InsertedTextRun,
  Tab,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { PrintInline } from '../print-model';
import type { Annotations } from './annotations';
import { xmlSafe, xmlSafeLine } from './xml';

export type RunStyle = Omit<IRunOptions, 'children' | 'text' | 'break'>;

function formatOf(inline: PrintInline): RunStyle {
  const format: { -readonly [K in keyof RunStyle]: RunStyle[K] } = {};
  if (inline.bold) format.bold = true;
  if (inline.italic) format.italics = true;
  if (inline.underline) format.underline = {};
  if (inline.strike) format.strike = true;
  if (inline.subscript) format.subScript = true;
  else if (inline.superscript) format.superScript = true;
  return format;
}

/**
 * The runs of one inline. A "\n" in the text is a line break inside the paragraph (a w:br,
 * which Word and LibreOffice both honour), a tab a real w:tab, so the text stays text. A
 * suggested change becomes a tracked change of Word's (w:ins, w:del) with its author and time,
 * which Word and LibreOffice show, accept and reject as their own.
 */
function inlineRuns(
  inline: PrintInline,
  base: RunStyle,
  annotations: Annotations | undefined,
): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const style = { ...base, ...formatOf(inline) };
  const lines = xmlSafe(inline.text).replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, index) => {
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((piece, i) => {
      if (i > 0) children.push(new Tab());
      if (piece !== '') children.push(piece);
    });
    if (children.length === 0 && index === 0) return;
    const options = { ...style, children, ...(index > 0 ? { break: 1 } : {}) };
    const change = inline.change;
    if (change && annotations) {
      const revision = {
        id: annotations.changeId(),
        author: xmlSafeLine(change.author),
        date: xmlSafeLine(change.date),
      };
      runs.push(
        change.kind === 'insert'
          ? new InsertedTextRun({ ...options, ...revision })
          : new DeletedTextRun({ ...options, ...revision }),
      );
    } else {
      runs.push(new TextRun(options));
    }
  });
  return runs;
}

/**
 * The runs of one paragraph; with `annotations`, suggestions become tracked changes and comment
 * threads get their ranges.
 */
export function runsOf(
  inlines: readonly PrintInline[],
  base: RunStyle = {},
  annotations?: Annotations,
): ParagraphChild[] {
  const runs = (inline: PrintInline) => inlineRuns(inline, base, annotations);
  return annotations ? annotations.paragraphChildren(inlines, runs) : inlines.flatMap(runs);
}

/** One run of plain text, for labels and values the model gives as strings. */
export function plainRuns(text: string, base: RunStyle = {}): ParagraphChild[] {
  return runsOf([{ text }], base);
}
