import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../fonts';
import { fontLineHeightEm } from './font-metrics';
import { FontFormatError, TrueTypeFont } from './font-subset';

const arimo = (face: keyof typeof FONT_FILES) =>
  new Uint8Array(
    readFileSync(
      new URL(
        `../../../node_modules/@expo-google-fonts/arimo/${FONT_FILES[face]}`,
        import.meta.url,
      ),
    ),
  );
const cps = (text: string) => [...text].map((c) => c.codePointAt(0)!);

/** The table tags of a font, in directory order. */
function tags(font: Uint8Array): string[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) =>
    String.fromCharCode(...font.subarray(12 + i * 16, 16 + i * 16)),
  );
}

describe('TrueType subsetting', () => {
  const full = new TrueTypeFont(arimo('regular'));

  it('keeps the glyphs of the given characters, numbered anew, and nothing else', () => {
    const text = 'Niederschrift Nr. 233 – Seite 1 von 5 ÄÖÜäöüß€„“';
    const subset = new TrueTypeFont(full.subset(cps(text)));
    const distinct = new Set(cps(text).map((cp) => full.glyphOf(cp)));
    // .notdef plus one glyph per distinct character (Arimo builds none of these from parts
    // that are not themselves in the set… or adds them: never fewer).
    expect(subset.numGlyphs).toBeGreaterThanOrEqual(distinct.size + 1);
    expect(subset.numGlyphs).toBeLessThan(distinct.size + 20);
    for (const cp of cps(text)) expect(subset.glyphOf(cp)).not.toBe(0);
    expect(subset.glyphOf('Ω'.codePointAt(0)!)).toBe(0);
    expect(subset.glyphOf('x'.codePointAt(0)!)).toBe(0);
  });

  it('keeps the components of composite glyphs', () => {
    // "Ä" is a composite in Arimo (A and the dieresis): .notdef, Ä, A and the dieresis.
    const subset = new TrueTypeFont(full.subset(cps('Ä')));
    expect(subset.glyphOf('Ä'.codePointAt(0)!)).not.toBe(0);
    expect(subset.numGlyphs).toBe(4);
    // "A" itself is not mapped: it is only a part of "Ä".
    expect(subset.glyphOf('A'.codePointAt(0)!)).toBe(0);
  });

  it('writes a font with the tables a renderer needs, line metrics intact, small', () => {
    const bytes = full.subset(cps('Protokoll'));
    expect(tags(bytes)).toEqual(
      expect.arrayContaining([
        'OS/2',
        'cmap',
        'glyf',
        'head',
        'hhea',
        'hmtx',
        'loca',
        'maxp',
        'name',
        'post',
      ]),
    );
    expect(tags(bytes)).not.toContain('GSUB');
    expect(tags(bytes)).not.toContain('GPOS');
    expect(tags(bytes)).toEqual([...tags(bytes)].sort());
    expect(fontLineHeightEm(bytes)).toBe(fontLineHeightEm(arimo('regular')));
    expect(bytes.length).toBeLessThan(12_000);
    // The whole file sums to the magic number once head's adjustment is in.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let sum = 0;
    for (let i = 0; i + 4 <= bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it('maps characters beyond the BMP when the font has them', () => {
    const subset = new TrueTypeFont(full.subset(cps('A😀')));
    expect(subset.glyphOf(65)).not.toBe(0);
    // Arimo has no emoji: nothing to map, and nothing breaks.
    expect(subset.glyphOf('😀'.codePointAt(0)!)).toBe(0);
  });

  it('refuses what is not a TrueType font', () => {
    expect(() => new TrueTypeFont(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toThrow(
      FontFormatError,
    );
    const truncated = arimo('bold').slice(0, 2000);
    expect(() => new TrueTypeFont(truncated)).toThrow(FontFormatError);
  });
});
