import type { IPropertiesOptions } from 'docx';
import { FONT_FAMILY, type FontSet } from '../fonts';
import type { PrintBlock, PrintDocument } from '../print-model';

type EmbeddedFont = NonNullable<IPropertiesOptions['fonts']>[number];

/**
 * docx types font data as Node's Buffer but only reads it as a Uint8Array (it XORs the first
 * 32 bytes and copies the rest), so the core's platform-free bytes are all it needs.
 */
const fontData = (bytes: Uint8Array) => bytes as unknown as EmbeddedFont['data'];

function blocksUseItalic(blocks: readonly PrintBlock[]): boolean {
  return blocks.some((block) => {
    switch (block.kind) {
      case 'paragraph':
        return block.inlines.some((inline) => inline.italic === true);
      case 'heading':
        return false;
      case 'list':
        return block.items.some(blocksUseItalic);
      case 'table':
        return block.rows.some((row) => row.some((cell) => blocksUseItalic(cell.blocks)));
      case 'quote':
        return blocksUseItalic(block.blocks);
    }
  });
}

/** Whether any text of the document is set in italics (plain or bold). */
export function usesItalic(print: PrintDocument): boolean {
  return print.parts.some((part) =>
    part.sections.some((section) => section.items.some((item) => blocksUseItalic(item.blocks))),
  );
}

/**
 * The Arimo faces to embed: regular and bold always (body text, title, headings), the two
 * italic faces only when some text is italic. Each face costs about 320 KB before zipping and
 * most of the export's time in deflating it, so a Niederschrift without italics carries half.
 */
export function embeddedFonts(print: PrintDocument, fonts: FontSet): EmbeddedFont[] {
  const italic = usesItalic(print);
  return [
    {
      name: FONT_FAMILY,
      data: fontData(fonts.regular),
      bold: fontData(fonts.bold),
      ...(italic ? { italic: fontData(fonts.italic), boldItalic: fontData(fonts.boldItalic) } : {}),
    },
  ];
}
