import type { PrintBlock, PrintCell, PrintInline } from '../print-model';
import { escapeHtml } from './escape';

/** Inline text with its formatting; "\n" is a line break, "\t" a tab. */
export function inlineHtml(inline: PrintInline): string {
  let html = escapeHtml(inline.text)
    .replace(/\t/g, '<span class="tab">\t</span>')
    .replace(/\r?\n/g, '<br>');
  if (inline.superscript) html = `<sup>${html}</sup>`;
  else if (inline.subscript) html = `<sub>${html}</sub>`;
  if (inline.strike) html = `<s>${html}</s>`;
  if (inline.underline) html = `<u>${html}</u>`;
  if (inline.italic) html = `<em>${html}</em>`;
  if (inline.bold) html = `<strong>${html}</strong>`;
  // A suggested change: underlined and coloured when inserted, struck through when deleted,
  // with its author and time for whoever reads the HTML (datetime, title).
  if (inline.change) {
    const tag = inline.change.kind === 'insert' ? 'ins' : 'del';
    const datetime = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?$/.test(inline.change.date)
      ? ` datetime="${escapeHtml(inline.change.date)}"`
      : '';
    html = `<${tag} class="change"${datetime} title="${escapeHtml(inline.change.author)}">${html}</${tag}>`;
  }
  return html;
}

export function inlinesHtml(inlines: readonly PrintInline[]): string {
  return inlines.map(inlineHtml).join('');
}

/**
 * Headings inside an item's text sit below the item's own heading: the part title and the
 * public/non-public headings are h1, TOP headings h2, so text headings start at h3.
 */
function contentHeadingTag(level: 1 | 2 | 3): 'h3' | 'h4' {
  return level <= 2 ? 'h3' : 'h4';
}

const ROLE_CLASS = { sectionTitle: 'section-title', vote: 'vote', finding: 'finding' } as const;

function cellHtml(cell: PrintCell, inHead: boolean, context: BlockContext): string {
  const tag = cell.header ? 'th' : 'td';
  const span = cell.colSpan > 1 ? ` colspan="${Math.trunc(cell.colSpan)}"` : '';
  const scope = cell.header ? ` scope="${inHead ? 'col' : 'row'}"` : '';
  const inner = blocksHtml(cell.blocks, {
    bulletLevel: context.bulletLevel,
    headings: context.headings,
  });
  return `<${tag}${span}${scope}>${inner}</${tag}>`;
}

/** Bullets of unordered lists by how many unordered lists they sit in (as the DOCX). */
const BULLETS = ['•', '–', '▪'];

/**
 * The headings of one item's text so far: a level-3 heading (h4) only follows an h3, so the
 * tags never skip a level (PDF/UA, and a screen reader's heading list), however the text is
 * styled.
 */
export interface HeadingState {
  h3: boolean;
}

/** Where a block sits: inside how many unordered lists, and the list label it opens with. */
interface BlockContext {
  bulletLevel: number;
  /** The label ("1.", "•") of the list item this block is the first of. */
  label?: string;
  headings?: HeadingState;
}

/**
 * A list item's number or bullet is an element of its own (not CSS generated content), set in
 * the margin before the item's first line: so a screen reader, and the PDF's tags (Lbl), have
 * it as text, and "Punkt 2" keeps its anchor.
 */
export function labelHtml(label: string): string {
  return `<span class="lbl">${escapeHtml(label)}</span>`;
}

export function blockHtml(block: PrintBlock, context: BlockContext = { bulletLevel: 0 }): string {
  const label = context.label === undefined ? '' : labelHtml(context.label);
  switch (block.kind) {
    case 'paragraph': {
      const cls = block.role ? ` class="${ROLE_CLASS[block.role]}"` : '';
      // An empty paragraph keeps its line, as in the editor and in Word.
      const body = inlinesHtml(block.inlines);
      return `<p${cls}>${label}${body === '' ? '<br>' : body}</p>`;
    }
    case 'heading': {
      // Styled as the DOCX's heading of the same level ("h-2": Heading 2), tagged one lower.
      let tag = contentHeadingTag(block.level);
      if (context.headings) {
        if (tag === 'h4' && !context.headings.h3) tag = 'h3';
        if (tag === 'h3') context.headings.h3 = true;
      }
      return `<${tag} class="h-${block.level}">${label}${escapeHtml(block.text)}</${tag}>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${Math.trunc(block.start)}"` : '';
      const bulletLevel = context.bulletLevel + (block.ordered ? 0 : 1);
      const bullet = BULLETS[Math.min(context.bulletLevel, BULLETS.length - 1)]!;
      const items = block.items
        .map((item, index) => {
          const itemLabel = block.ordered ? `${Math.trunc(block.start) + index}.` : bullet;
          const inner = blocksHtml(item, {
            bulletLevel,
            label: itemLabel,
            headings: context.headings,
          });
          return `<li>${inner}</li>`;
        })
        .join('');
      return `${label ? `<p>${label}</p>` : ''}<${tag}${start}>${items}</${tag}>`;
    }
    case 'table': {
      // Leading rows of header cells repeat on every page the table runs over.
      let headRows = 0;
      while (
        headRows < block.rows.length - 1 &&
        block.rows[headRows]!.length > 0 &&
        block.rows[headRows]!.every((c) => c.header)
      )
        headRows++;
      const rows = block.rows.map(
        (row, index) =>
          `<tr>${row.map((c) => cellHtml(c, index < headRows, context)).join('')}</tr>`,
      );
      const head = headRows > 0 ? `<thead>${rows.slice(0, headRows).join('')}</thead>` : '';
      return `${label ? `<p>${label}</p>` : ''}<table class="content-table">${head}<tbody>${rows.slice(headRows).join('')}</tbody></table>`;
    }
    case 'quote':
      return `${label ? `<p>${label}</p>` : ''}<blockquote>${blocksHtml(block.blocks, { bulletLevel: context.bulletLevel, headings: context.headings })}</blockquote>`;
  }
}

/** Blocks in order; a list item's label goes into the first of them. */
export function blocksHtml(
  blocks: readonly PrintBlock[],
  context: BlockContext = { bulletLevel: 0 },
): string {
  const { label, bulletLevel, headings } = context;
  const html = blocks.map((block, index) =>
    blockHtml(
      block,
      index === 0 && label !== undefined
        ? { bulletLevel, label, headings }
        : { bulletLevel, headings },
    ),
  );
  // An empty item still shows its number.
  return blocks.length === 0 && label !== undefined ? `<p>${labelHtml(label)}</p>` : html.join('');
}
