/**
 * The line height a font asks for (ascender + descender + line gap of its hhea table, in em).
 * Word's and LibreOffice's "multiple" line spacing multiplies this, while CSS line-height
 * multiplies the font size; the print CSS converts with it, so lines sit as in the DOCX.
 */
export function fontLineHeightEm(font: Uint8Array): number | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (view.byteLength < 12) return null;
  const tables = view.getUint16(4);
  const find = (tag: string): number | null => {
    for (let i = 0; i < tables; i++) {
      const record = 12 + i * 16;
      if (record + 16 > view.byteLength) return null;
      const name = String.fromCharCode(
        view.getUint8(record),
        view.getUint8(record + 1),
        view.getUint8(record + 2),
        view.getUint8(record + 3),
      );
      if (name === tag) return view.getUint32(record + 8);
    }
    return null;
  };
  const head = find('head');
  const hhea = find('hhea');
  if (head === null || hhea === null) return null;
  if (head + 20 > view.byteLength || hhea + 10 > view.byteLength) return null;
  const unitsPerEm = view.getUint16(head + 18);
  if (unitsPerEm === 0) return null;
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const lineGap = view.getInt16(hhea + 8);
  const em = (ascender - descender + lineGap) / unitsPerEm;
  return em > 0.5 && em < 3 ? em : null;
}
