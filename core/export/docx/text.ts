import type { PrintInline } from '../print-model';
import type { Annotations } from './annotations';
import { TAB, type Emitter, type RunChild, type RunLook } from './emit';
import { xmlSafe, xmlSafeLine } from './xml';

export type RunStyle = RunLook;

const LINE_OR_TAB = /[\r\n\t]/;

function formatOf(inline: PrintInline): RunStyle {
  const format: RunStyle = {};
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
function inlineRuns<C>(
  emit: Emitter<unknown, C>,
  inline: PrintInline,
  base: RunStyle,
  annotations: Annotations<C> | undefined,
): C[] {
  const runs: C[] = [];
  const style = { ...base, ...formatOf(inline) };
  const text = xmlSafe(inline.text);
  // Most text is one line without tabs: one run of it, without splitting (a cold export
  // writes tens of thousands of these).
  if (!inline.change && !LINE_OR_TAB.test(text)) {
    if (text !== '') runs.push(emit.run({ ...style, children: [text] }));
    return runs;
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, index) => {
    const children: RunChild[] = [];
    line.split('\t').forEach((piece, i) => {
      if (i > 0) children.push(TAB);
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
          ? emit.inserted({ ...options, ...revision })
          : emit.deleted({ ...options, ...revision }),
      );
    } else {
      runs.push(emit.run(options));
    }
  });
  return runs;
}

/**
 * The runs of one paragraph; with `annotations`, suggestions become tracked changes and comment
 * threads get their ranges.
 */
export function runsOf<C>(
  emit: Emitter<unknown, C>,
  inlines: readonly PrintInline[],
  base: RunStyle = {},
  annotations?: Annotations<C>,
): C[] {
  const runs = (inline: PrintInline) => inlineRuns(emit, inline, base, annotations);
  return annotations ? annotations.paragraphChildren(inlines, runs) : inlines.flatMap(runs);
}

/** One run of plain text, for labels and values the model gives as strings. */
export function plainRuns<C>(emit: Emitter<unknown, C>, text: string, base: RunStyle = {}): C[] {
  return runsOf(emit, [{ text }], base);
}
