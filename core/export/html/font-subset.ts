/**
 * A TrueType subsetter: keeps the glyphs of the given characters (and the glyphs they are
 * built from), numbers them anew and writes a small, valid font. The print page embeds its
 * fonts as data: URLs; the whole of Arimo is 1.3 MB for four faces, the characters of a
 * Niederschrift need a few dozen kilobytes, and a page header or footer (a document of its
 * own, decoded again for every page) a few.
 *
 * Layout tables (GSUB, GPOS, GDEF, kern) are left out: their glyph numbers would no longer
 * fit, and the exports do not use them (no ligatures in Arimo's default features; no kerning,
 * as Word and LibreOffice do not kern the DOCX either, and the PDF must break lines as the
 * DOCX does). Hinting tables are kept as they are.
 */

/** Tables copied unchanged (those not listed and not rebuilt are dropped). */
const KEPT = ['OS/2', 'cvt ', 'fpgm', 'gasp', 'name', 'prep'];

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export class FontFormatError extends Error {}

interface Table {
  offset: number;
  length: number;
}

/** A parsed font: enough of it to subset quickly, many times. */
export class TrueTypeFont {
  private readonly view: DataView;
  private readonly tables = new Map<string, Table>();
  readonly numGlyphs: number;
  private readonly longLoca: boolean;
  private readonly numberOfHMetrics: number;
  private readonly cmapLookup: (codePoint: number) => number;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = this.u32(0);
    if (version !== 0x00010000 && version !== 0x74727565) {
      throw new FontFormatError('not a TrueType font');
    }
    const count = this.u16(4);
    for (let i = 0; i < count; i++) {
      const record = 12 + i * 16;
      const tag = String.fromCharCode(
        this.u8(record),
        this.u8(record + 1),
        this.u8(record + 2),
        this.u8(record + 3),
      );
      const table = { offset: this.u32(record + 8), length: this.u32(record + 12) };
      if (table.offset + table.length > bytes.byteLength) {
        throw new FontFormatError(`table ${tag} runs past the end`);
      }
      this.tables.set(tag, table);
    }
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cmap', 'post']) {
      if (!this.tables.has(tag)) throw new FontFormatError(`no ${tag} table`);
    }
    this.numGlyphs = this.u16(this.table('maxp').offset + 4);
    this.longLoca = this.i16(this.table('head').offset + 50) === 1;
    this.numberOfHMetrics = this.u16(this.table('hhea').offset + 34);
    if (this.numberOfHMetrics === 0) throw new FontFormatError('no horizontal metrics');
    this.cmapLookup = this.readCmap();
  }

  private u8 = (at: number): number => this.view.getUint8(at);
  private u16 = (at: number): number => this.view.getUint16(at);
  private i16 = (at: number): number => this.view.getInt16(at);
  private u32 = (at: number): number => this.view.getUint32(at);

  private table(tag: string): Table {
    const table = this.tables.get(tag);
    if (!table) throw new FontFormatError(`no ${tag} table`);
    return table;
  }

  /** The glyph of a character, 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number {
    const glyph = this.cmapLookup(codePoint);
    return glyph < this.numGlyphs ? glyph : 0;
  }

  /** Reads the best Unicode cmap subtable: full repertoire (format 12) or BMP (format 4). */
  private readCmap(): (codePoint: number) => number {
    const cmap = this.table('cmap').offset;
    const count = this.u16(cmap + 2);
    let format4 = -1;
    let format12 = -1;
    for (let i = 0; i < count; i++) {
      const record = cmap + 4 + i * 8;
      const platform = this.u16(record);
      const encoding = this.u16(record + 2);
      const sub = cmap + this.u32(record + 4);
      const format = this.u16(sub);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      if (format === 12 && format12 < 0) format12 = sub;
      if (format === 4 && format4 < 0) format4 = sub;
    }
    if (format12 >= 0) {
      const groups = this.u32(format12 + 12);
      return (cp) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const group = format12 + 16 + mid * 12;
          const start = this.u32(group);
          const end = this.u32(group + 4);
          if (cp < start) hi = mid - 1;
          else if (cp > end) lo = mid + 1;
          else return this.u32(group + 8) + (cp - start);
        }
        return 0;
      };
    }
    if (format4 >= 0) {
      const segX2 = this.u16(format4 + 6);
      const ends = format4 + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const rangeOffsets = deltas + segX2;
      return (cp) => {
        if (cp > 0xffff) return 0;
        for (let i = 0; i < segX2; i += 2) {
          if (cp > this.u16(ends + i)) continue;
          const start = this.u16(starts + i);
          if (cp < start) return 0;
          const delta = this.u16(deltas + i);
          const rangeOffset = this.u16(rangeOffsets + i);
          if (rangeOffset === 0) return (cp + delta) & 0xffff;
          const at = rangeOffsets + i + rangeOffset + (cp - start) * 2;
          const glyph = this.u16(at);
          return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
        return 0;
      };
    }
    throw new FontFormatError('no Unicode cmap');
  }

  private glyphRange(glyph: number): { start: number; end: number } {
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf');
    const at = (index: number) =>
      this.longLoca ? this.u32(loca + index * 4) : this.u16(loca + index * 2) * 2;
    const start = at(glyph);
    const end = at(glyph + 1);
    if (end < start || end > glyf.length) throw new FontFormatError(`bad glyph ${glyph}`);
    return { start: glyf.offset + start, end: glyf.offset + end };
  }

  /** Offsets of the component glyph numbers of a composite glyph (empty for simple glyphs). */
  private components(glyph: number): { at: number; glyph: number }[] {
    const { start, end } = this.glyphRange(glyph);
    if (end - start < 10 || this.i16(start) >= 0) return [];
    const out: { at: number; glyph: number }[] = [];
    let at = start + 10;
    for (;;) {
      if (at + 4 > end) throw new FontFormatError(`bad composite glyph ${glyph}`);
      const flags = this.u16(at);
      out.push({ at: at + 2, glyph: this.u16(at + 2) });
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
    return out;
  }

  private metrics(glyph: number): { advance: number; lsb: number } {
    const hmtx = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    if (glyph < n)
      return { advance: this.u16(hmtx + glyph * 4), lsb: this.i16(hmtx + glyph * 4 + 2) };
    return {
      advance: this.u16(hmtx + (n - 1) * 4),
      lsb: this.i16(hmtx + n * 4 + (glyph - n) * 2),
    };
  }

  /** A font with the glyphs of these characters only (plus .notdef), numbered anew. */
  subset(codePoints: Iterable<number>): Uint8Array {
    const mapped = new Map<number, number>();
    for (const cp of codePoints) {
      const glyph = this.glyphOf(cp);
      if (glyph !== 0) mapped.set(cp, glyph);
    }
    // .notdef first, then every glyph a kept glyph is built from.
    const keep = new Set<number>([0, ...mapped.values()]);
    const queue = [...keep];
    while (queue.length > 0) {
      for (const component of this.components(queue.pop()!)) {
        if (component.glyph >= this.numGlyphs) throw new FontFormatError('bad component');
        if (!keep.has(component.glyph)) {
          keep.add(component.glyph);
          queue.push(component.glyph);
        }
      }
    }
    const order = [...keep].sort((a, b) => a - b);
    const newId = new Map(order.map((old, index) => [old, index]));

    // glyf and loca (long offsets), composite references renumbered.
    const pieces: Uint8Array[] = [];
    const loca = new DataView(new ArrayBuffer((order.length + 1) * 4));
    let size = 0;
    order.forEach((old, index) => {
      loca.setUint32(index * 4, size);
      const { start, end } = this.glyphRange(old);
      const data = this.bytes.slice(start, end);
      const view = new DataView(data.buffer);
      for (const c of this.components(old)) view.setUint16(c.at - start, newId.get(c.glyph)!);
      const padded = new Uint8Array((data.length + 3) & ~3);
      padded.set(data);
      pieces.push(padded);
      size += padded.length;
    });
    loca.setUint32(order.length * 4, size);
    const glyf = concat(pieces, size);

    const hmtx = new DataView(new ArrayBuffer(order.length * 4));
    order.forEach((old, index) => {
      const { advance, lsb } = this.metrics(old);
      hmtx.setUint16(index * 4, advance);
      hmtx.setInt16(index * 4 + 2, lsb);
    });

    const copy = (tag: string): Uint8Array => {
      const t = this.table(tag);
      return this.bytes.slice(t.offset, t.offset + t.length);
    };
    const head = copy('head');
    new DataView(head.buffer).setInt16(50, 1); // long loca
    new DataView(head.buffer).setUint32(8, 0); // checkSumAdjustment, set below
    const hhea = copy('hhea');
    new DataView(hhea.buffer).setUint16(34, order.length);
    const maxp = copy('maxp');
    new DataView(maxp.buffer).setUint16(4, order.length);
    // post version 3: no glyph names (they would need renumbering, and nothing reads them).
    const post = copy('post').slice(0, 32);
    new DataView(post.buffer).setUint32(0, 0x00030000);

    const tables = new Map<string, Uint8Array>([
      ['cmap', buildCmap(new Map([...mapped].map(([cp, old]) => [cp, newId.get(old)!])))],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', new Uint8Array(hmtx.buffer)],
      ['loca', new Uint8Array(loca.buffer)],
      ['maxp', maxp],
      ['post', post],
    ]);
    for (const tag of KEPT) if (this.tables.has(tag)) tables.set(tag, copy(tag));
    return writeFont(tables);
  }
}

function concat(pieces: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * A cmap with a format 4 subtable (Windows, BMP), which every reader takes, and a format 12
 * one (Windows, full repertoire) when a character lies beyond the BMP.
 */
function buildCmap(map: Map<number, number>): Uint8Array {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const bmp = entries.filter(([cp]) => cp <= 0xffff);
  // Runs of consecutive characters with consecutive glyphs make one segment each.
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [cp, glyph] of bmp) {
    const last = segments[segments.length - 1];
    if (last && cp === last.end + 1 && glyph - cp === last.delta) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: glyph - cp });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const segCount = segments.length;
  const format4 = new DataView(new ArrayBuffer(16 + segCount * 8));
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  format4.setUint16(0, 4);
  format4.setUint16(2, format4.byteLength);
  format4.setUint16(6, segCount * 2);
  format4.setUint16(8, searchRange);
  format4.setUint16(10, Math.log2(searchRange / 2));
  format4.setUint16(12, segCount * 2 - searchRange);
  segments.forEach((s, i) => {
    format4.setUint16(14 + i * 2, s.end);
    format4.setUint16(16 + segCount * 2 + i * 2, s.start);
    format4.setUint16(16 + segCount * 4 + i * 2, s.delta & 0xffff);
    format4.setUint16(16 + segCount * 6 + i * 2, 0);
  });
  const subtables: [number, Uint8Array][] = [[1, new Uint8Array(format4.buffer)]];
  if (entries.length > bmp.length) {
    const format12 = new DataView(new ArrayBuffer(16 + entries.length * 12));
    format12.setUint16(0, 12);
    format12.setUint32(4, format12.byteLength);
    format12.setUint32(12, entries.length);
    entries.forEach(([cp, glyph], i) => {
      format12.setUint32(16 + i * 12, cp);
      format12.setUint32(20 + i * 12, cp);
      format12.setUint32(24 + i * 12, glyph);
    });
    subtables.push([10, new Uint8Array(format12.buffer)]);
  }
  const header = 4 + subtables.length * 8;
  const size = header + subtables.reduce((n, [, t]) => n + t.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint16(2, subtables.length);
  let at = header;
  subtables.forEach(([encoding, table], i) => {
    view.setUint16(4 + i * 8, 3);
    view.setUint16(6 + i * 8, encoding);
    view.setUint32(8 + i * 8, at);
    out.set(table, at);
    at += table.length;
  });
  return out;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The sfnt container: table directory sorted by tag, tables 4-byte aligned, checksums set. */
function writeFont(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const directory = 12 + count * 16;
  let size = directory;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, Math.log2(searchRange / 16));
  view.setUint16(10, count * 16 - searchRange);
  let at = directory;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, data.length);
    out.set(data, at);
    if (tag === 'head') headAt = at;
    at += (data.length + 3) & ~3;
  });
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
