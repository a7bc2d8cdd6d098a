import type {
  BorderSpec,
  CellSpec,
  Emitter,
  ParagraphSpec,
  RowSpec,
  RunLook,
  RunSpec,
  RevisionSpec,
  TableSpec,
  WidthSpec,
} from './emit';

/**
 * The body of word/document.xml written directly as strings, byte for byte as the docx library
 * writes the same options (element order, attribute order, escaping; emit.test.ts compares
 * the two). docx builds an object per element and serialises the tree, which was half of a
 * cold CLI export; this is a tenth of that.
 *
 * The one thing this writer cannot know is a list's w:numId: docx hands those out when the
 * document is compiled. A list's paragraphs carry a placeholder (`numIdPlaceholder`) that
 * render.ts replaces once docx has numbered the lists; it holds a character XML forbids and
 * text never carries (xml.ts drops it), so no text can be taken for one.
 */

const MARK = '\u0001';

/** The placeholder of a list's numId, replaced after docx has numbered the lists. */
export const numIdPlaceholder = (reference: string, instance: number): string =>
  `${MARK}${reference}-${instance}${MARK}`;

// eslint-disable-next-line no-control-regex -- the placeholder's mark is a control on purpose
export const NUM_ID_PLACEHOLDER = /\u0001([^\u0001]*)\u0001/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** docx's escaping of text and attribute values: markup characters, and controls dropped. */
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
export const escape = (value: string): string => value.replace(ESCAPED, (c) => ESCAPES[c] ?? '');

const attr = (name: string, value: string | number | undefined): string =>
  value === undefined ? '' : ` ${name}="${typeof value === 'string' ? escape(value) : value}"`;

const onOff = (name: string, value: boolean | undefined): string =>
  value === undefined ? '' : value ? `<${name}/>` : `<${name} w:val="false"/>`;

function border(name: string, spec: BorderSpec): string {
  return (
    `<${name}${attr('w:val', spec.style)}${attr('w:color', spec.color)}` +
    `${attr('w:sz', spec.size)}${attr('w:space', spec.space)}/>`
  );
}

function width(name: string, spec: WidthSpec): string {
  return `<${name} w:type="${spec.type}" w:w="${spec.size}"/>`;
}

function runProperties(look: RunLook): string {
  let out = onOff('w:b', look.bold);
  if (look.bold !== undefined) out += onOff('w:bCs', look.bold);
  out += onOff('w:i', look.italics);
  if (look.italics !== undefined) out += onOff('w:iCs', look.italics);
  out += onOff('w:strike', look.strike);
  if (look.size !== undefined) out += `<w:sz w:val="${look.size}"/>`;
  const complex = look.sizeComplexScript ?? look.size;
  if (complex) out += `<w:szCs w:val="${complex}"/>`;
  if (look.underline) out += '<w:u w:val="single"/>';
  if (look.subScript) out += '<w:vertAlign w:val="subscript"/>';
  if (look.superScript) out += '<w:vertAlign w:val="superscript"/>';
  return out ? `<w:rPr>${out}</w:rPr>` : '';
}

function runContent(spec: RunSpec, textElement: 'w:t' | 'w:delText'): string {
  let out = runProperties(spec);
  for (let i = 0; i < (spec.break ?? 0); i++) out += '<w:br/>';
  for (const child of spec.children ?? []) {
    out +=
      typeof child === 'string'
        ? `<${textElement} xml:space="preserve">${escape(child)}</${textElement}>`
        : '<w:tab/>';
  }
  return out;
}

const element = (name: string, content: string): string =>
  content ? `<${name}>${content}</${name}>` : `<${name}/>`;

function revision(spec: RevisionSpec): string {
  return `${attr('w:id', spec.id)}${attr('w:author', spec.author)}${attr('w:date', spec.date)}`;
}

function paragraphProperties(
  spec: ParagraphSpec<string>,
  numId: (s: ParagraphSpec<string>) => string,
): string {
  let out = '';
  if (spec.heading) out += `<w:pStyle w:val="${spec.heading}"/>`;
  if (spec.style) out += `<w:pStyle${attr('w:val', spec.style)}/>`;
  out += onOff('w:keepNext', spec.keepNext);
  out += onOff('w:keepLines', spec.keepLines);
  if (spec.pageBreakBefore) out += '<w:pageBreakBefore/>';
  if (spec.numbering) {
    out += `<w:numPr><w:ilvl w:val="${spec.numbering.level}"/><w:numId w:val="${numId(spec)}"/></w:numPr>`;
  }
  if (spec.border?.bottom) out += `<w:pBdr>${border('w:bottom', spec.border.bottom)}</w:pBdr>`;
  if (spec.tabStops && spec.tabStops.length > 0) {
    out += `<w:tabs>${spec.tabStops.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>`;
  }
  if (spec.spacing) {
    out += `<w:spacing${attr('w:after', spec.spacing.after)}${attr('w:before', spec.spacing.before)}/>`;
  }
  if (spec.indent) {
    out += `<w:ind${attr('w:left', spec.indent.left)}${attr('w:hanging', spec.indent.hanging)}/>`;
  }
  if (spec.run) out += runProperties(spec.run);
  return out ? `<w:pPr>${out}</w:pPr>` : '';
}

function cell(spec: CellSpec<string>): string {
  let properties = width('w:tcW', spec.width);
  if (spec.columnSpan) properties += `<w:gridSpan w:val="${spec.columnSpan}"/>`;
  if (spec.shading) {
    const { fill, color, type } = spec.shading;
    properties += `<w:shd${attr('w:fill', fill)}${attr('w:color', color)}${attr('w:val', type)}/>`;
  }
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${spec.children.join('')}</w:tc>`;
}

function row(spec: RowSpec<string>): string {
  let properties = '';
  if (spec.cantSplit !== undefined) {
    properties += spec.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>';
  }
  if (spec.tableHeader !== undefined) {
    properties += spec.tableHeader ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>';
  }
  return `<w:tr>${properties ? `<w:trPr>${properties}</w:trPr>` : ''}${spec.children.map(cell).join('')}</w:tr>`;
}

function table(spec: TableSpec<string>): string {
  const b = spec.borders;
  let properties = width('w:tblW', spec.width);
  if (spec.indent) properties += width('w:tblInd', spec.indent);
  properties +=
    '<w:tblBorders>' +
    border('w:top', b.top) +
    border('w:left', b.left) +
    border('w:bottom', b.bottom) +
    border('w:right', b.right) +
    border('w:insideH', b.insideHorizontal) +
    border('w:insideV', b.insideVertical) +
    '</w:tblBorders>';
  properties += `<w:tblLayout w:type="${spec.layout}"/>`;
  const m = spec.margins;
  if (m && (m.left !== undefined || m.right !== undefined)) {
    properties +=
      '<w:tblCellMar>' +
      (m.left !== undefined ? `<w:left w:type="dxa" w:w="${m.left}"/>` : '') +
      (m.right !== undefined ? `<w:right w:type="dxa" w:w="${m.right}"/>` : '') +
      '</w:tblCellMar>';
  }
  const grid = spec.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr>${properties}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${spec.rows.map(row).join('')}</w:tbl>`;
}

/** A list used in the body: docx must number it (in this order) before the body is spliced in. */
export interface ListUse {
  reference: string;
  instance: number;
}

/**
 * The string emitter. `lists` collects every list instance in the order its first paragraph
 * was written, which is the order docx numbers them in.
 *
 * With `firstNumId` (the writer without docx, package-xml.ts) a list's numId is written
 * directly: docx hands them out in that same order, from 2 on (1 is its own bullet list).
 * Without it, lists carry placeholders that render-docx.ts fills in from docx's numbering.
 */
export class XmlEmitter implements Emitter<string, string> {
  readonly lists: ListUse[] = [];
  private readonly numIds = new Map<string, string>();

  constructor(private readonly firstNumId?: number) {}

  private numId = (spec: ParagraphSpec<string>): string => {
    const { reference, instance } = spec.numbering!;
    const key = `${reference}-${instance}`;
    let numId = this.numIds.get(key);
    if (numId === undefined) {
      numId =
        this.firstNumId === undefined
          ? numIdPlaceholder(reference, instance)
          : String(this.firstNumId + this.lists.length);
      this.numIds.set(key, numId);
      this.lists.push({ reference, instance });
    }
    return numId;
  };

  paragraph(spec: ParagraphSpec<string>): string {
    return element('w:p', paragraphProperties(spec, this.numId) + (spec.children ?? []).join(''));
  }

  table(spec: TableSpec<string>): string {
    return table(spec);
  }

  run(spec: RunSpec): string {
    return element('w:r', runContent(spec, 'w:t'));
  }

  inserted(spec: RunSpec & RevisionSpec): string {
    return `<w:ins${revision(spec)}>${this.run(spec)}</w:ins>`;
  }

  deleted(spec: RunSpec & RevisionSpec): string {
    return `<w:del${revision(spec)}>${element('w:r', runContent(spec, 'w:delText'))}</w:del>`;
  }

  commentStart(id: number): string {
    return `<w:commentRangeStart w:id="${id}"/>`;
  }

  commentEnd(id: number): string {
    return `<w:commentRangeEnd w:id="${id}"/>`;
  }

  commentReference(id: number): string {
    return `<w:r><w:commentReference w:id="${id}"/></w:r>`;
  }

  itemMark(
    item: Parameters<Emitter<string, string>['itemMark']>[0],
    reached: (i: typeof item) => void,
  ): null {
    // The XML of the item is written right after this: the item is reached now.
    reached(item);
    return null;
  }
}
