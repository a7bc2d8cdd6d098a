/**
 * A zip writer for the DOCX package, with the compression given by the platform. docx zips
 * with fflate, deflate in JavaScript; on a cold start (the CLI) that code runs before the
 * JIT has optimised it and was the largest single cost of an export after the XML itself.
 * The host hands in Node's zlib, the same DEFLATE at the same level, in native code.
 */
export interface ZipCodec {
  /** Raw DEFLATE (no zlib header), as zip method 8 stores it. */
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/**
 * A part whose raw DEFLATE was made ahead (an embedded font face: package-xml.ts), zipped as
 * it is instead of deflating `data` again.
 */
export interface PreDeflated {
  data: Uint8Array;
  deflated: Uint8Array;
}

export type PartBytes = Uint8Array | PreDeflated;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
/** Zip's limits without its 64-bit extension, which a Niederschrift never comes near. */
const MAX_SIZE = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** MS-DOS date and time, as zip headers carry them (local time, two-second steps). */
function dosTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/**
 * The zip file of the given parts, in their order: each deflated, or stored when deflating
 * does not make it smaller (as zip tools do).
 */
export function zipPackage(
  files: Iterable<readonly [string, PartBytes]>,
  codec: ZipCodec,
  when: Date,
): Uint8Array {
  const { time, date } = dosTime(when);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, part] of files) {
    const name = encoder.encode(path);
    const data = part instanceof Uint8Array ? part : part.data;
    const deflated = part instanceof Uint8Array ? codec.deflateRaw(data) : part.deflated;
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    if (data.length > MAX_SIZE || offset > MAX_SIZE) throw new Error('zip too large');
    const crc = codec.crc32(data) >>> 0;
    const flags = /[^\x20-\x7e]/.test(path) ? UTF8_NAME : 0;
    const method = stored ? 0 : 8;

    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, LOCAL_HEADER, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, flags, true);
    l.setUint16(8, method, true);
    l.setUint16(10, time, true);
    l.setUint16(12, date, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true);
    local.set(name, 30);

    const entry = new Uint8Array(46 + name.length);
    const c = new DataView(entry.buffer);
    c.setUint32(0, CENTRAL_HEADER, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, method, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    entry.set(name, 46);

    chunks.push(local, body);
    central.push(entry);
    offset += local.length + body.length;
    if (++count > MAX_ENTRIES) throw new Error('zip has too many parts');
  }
  const centralSize = central.reduce((n, e) => n + e.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, END_OF_CENTRAL, true);
  e.setUint16(8, count, true);
  e.setUint16(10, count, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE), as zip wants it; for the store-only codec, where speed does not matter. */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A codec that does not compress: every part is stored (its "deflated" form is never smaller).
 * For callers without the platform's DEFLATE (tests in the core); the host hands in zlib.
 */
export const STORE_ONLY: ZipCodec = { deflateRaw: (data) => data, crc32 };
