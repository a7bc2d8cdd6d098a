import type { NumberingDefinition } from 'docx';
import type { PrintDocument } from '../print-model';
import type { Lang } from '../../i18n/catalog';
import { itemReporter, type ItemProgress } from '../progress';
import { Annotations } from './annotations';
import { BlockWriter } from './blocks';
import type { CommentSpec } from './emit';
import { XmlEmitter, type ListUse } from './emit-xml';
import { TEXT_WIDTH } from './page';
import { PartWriter } from './part';

/** The body of word/document.xml as strings, one list of blocks per section (Niederschrift). */
export interface XmlBodies {
  sections: string[][];
  /** The lists each section uses, in the order docx numbers them. */
  sectionLists: ListUse[][];
  /** Every list in that order. */
  lists: readonly ListUse[];
  /** The list definitions (abstract numberings), in the order they were first used. */
  numbering: NumberingDefinition[];
  comments: readonly CommentSpec[];
}

/**
 * Writes each section's body with the string emitter. `firstNumId` as in XmlEmitter: given, the
 * lists' numIds are written as numbers; else as placeholders docx's numbering fills in.
 */
export function writeXmlBodies(
  print: PrintDocument,
  lang: Lang,
  onItem: ItemProgress | undefined,
  firstNumId?: number,
): XmlBodies {
  const emit = new XmlEmitter(firstNumId);
  const annotations = new Annotations(emit, print);
  const blocks = new BlockWriter(emit, TEXT_WIDTH, annotations);
  const parts = new PartWriter(blocks, TEXT_WIDTH, lang, annotations);
  // One pass writes each item's XML: only the 'write' progress.
  if (onItem) parts.reached = itemReporter(print, onItem, 'write');
  const last = print.parts.length - 1;
  const sections: string[][] = [];
  const sectionLists: ListUse[][] = [];
  for (const [index, part] of print.parts.entries()) {
    const listsBefore = emit.lists.length;
    sections.push([
      ...parts.part(part, print.signOff),
      ...(index === last ? parts.corrections(print.corrections) : []),
    ]);
    sectionLists.push(emit.lists.slice(listsBefore));
  }
  return {
    sections,
    sectionLists,
    lists: emit.lists,
    numbering: blocks.numbering.config,
    comments: annotations.comments(),
  };
}

/**
 * A section's body with its section properties: docx puts those into the section's last
 * paragraph when it ends with one, else into an empty paragraph of their own (as here).
 */
export function withSectionProperties(
  body: readonly string[],
  properties: string | undefined,
): string {
  if (!properties) return body.join('');
  const last = body[body.length - 1] ?? '';
  const head = body.slice(0, -1).join('');
  if (!last.startsWith('<w:p>') && last !== '<w:p/>') {
    return `${head}${last}<w:p><w:pPr>${properties}</w:pPr></w:p>`;
  }
  if (last === '<w:p/>') return `${head}<w:p><w:pPr>${properties}</w:pPr></w:p>`;
  if (last.startsWith('<w:p><w:pPr>')) {
    const end = last.indexOf('</w:pPr>');
    return `${head}${last.slice(0, end)}${properties}${last.slice(end)}`;
  }
  return `${head}<w:p><w:pPr>${properties}</w:pPr>${last.slice('<w:p>'.length)}`;
}
