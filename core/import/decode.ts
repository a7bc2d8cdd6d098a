import { UserError } from '../errors';

/**
 * Bytes of an imported file as text. Excel writes CSV as UTF-8 (with or without BOM), as
 * Windows-1252 ("CSV (Trennzeichen-getrennt)" on a German Windows) or as UTF-16 ("Unicode-Text",
 * with a BOM; some tools without). Which one a file is, is decided here, in the pure core; the
 * bytes are turned into text by a decoder the caller passes (the host's is iconv-lite: Node's
 * own TextDecoder maps 0x80–0x9F of Windows-1252 wrongly in some Node builds, turning "€" and
 * "–" into control characters). A file that mixes encodings, or holds bytes that are a
 * character in none of them, is refused with a message that says so and where: never guessed.
 * XLSX (a ZIP file) is refused with a message saying so.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Turns bytes of a known encoding into text (no BOM handling: the BOM is cut off before). */
export type DecodeBytes = (bytes: Uint8Array, encoding: TextEncodingName) => string;

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of the byte order mark to skip (0, 2 or 3). */
  bom: number;
}

/** Bytes that are no character in Windows-1252 (WHATWG leaves them as C1 controls). */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function lineAt(bytes: Uint8Array, offset: number, step = 1, lowFirst = true): number {
  let line = 1;
  for (let i = 0; i < offset; i += step) {
    const isLf =
      step === 1
        ? bytes[i] === 0x0a
        : lowFirst
          ? bytes[i] === 0x0a && bytes[i + 1] === 0
          : bytes[i] === 0 && bytes[i + 1] === 0x0a;
    if (isLf) line++;
  }
  return line;
}

/** Length of a valid UTF-8 sequence starting at i, 0 when there is none there. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number) => {
    const c = bytes[i + k];
    return c !== undefined && c >= 0x80 && c <= 0xbf;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const c1 = bytes[i + 1];
    if (c1 === undefined) return 0;
    if (b === 0xe0 && c1 < 0xa0) return 0; // overlong
    if (b === 0xed && c1 > 0x9f) return 0; // surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const c1 = bytes[i + 1];
    if (c1 === undefined) return 0;
    if (b === 0xf0 && c1 < 0x90) return 0;
    if (b === 0xf4 && c1 > 0x8f) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** First offset (from `start`) that is no valid UTF-8, and the first multi-byte character. */
function scanUtf8(bytes: Uint8Array, start: number): { invalidAt: number; multiAt: number } {
  let invalidAt = -1;
  let multiAt = -1;
  for (let i = start; i < bytes.length;) {
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) {
      if (invalidAt < 0) invalidAt = i;
      i++;
      continue;
    }
    if (n > 1 && multiAt < 0) multiAt = i;
    i += n;
  }
  return { invalidAt, multiAt };
}

/**
 * UTF-16 without a BOM: in text of Latin script every other byte is zero (the high byte of
 * "A" is 0x00). At least 70 % of the high bytes zero, and no low byte zero, is UTF-16; plain
 * UTF-8 or 1252 text has no NUL at all.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  const half = sample.length / 2;
  if (zeroOdd >= 0.7 * half && zeroEven === 0) return 'utf-16le';
  if (zeroEven >= 0.7 * half && zeroOdd === 0) return 'utf-16be';
  return null;
}

/** Which encoding the bytes are in; refuses mixed and unknown encodings with where and why. */
export function detectTextEncoding(bytes: Uint8Array, file: string): DetectedEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkUtf16(bytes, 'utf-16le', 2, file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkUtf16(bytes, 'utf-16be', 2, file);
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return checkUtf16(bytes, utf16, 0, file);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const { invalidAt, multiAt } = scanUtf8(bytes, bom);
  if (invalidAt < 0) return { encoding: 'utf-8', bom };
  const byte = bytes[invalidAt]!;
  if (bom > 0) {
    throw new UserError('import.encoding.bomMixed', {
      file,
      line: lineAt(bytes, invalidAt),
      byte: hex(byte),
    });
  }
  if (multiAt >= 0) {
    throw new UserError('import.encoding.mixed', {
      file,
      utf8Line: lineAt(bytes, multiAt),
      line: lineAt(bytes, invalidAt),
    });
  }
  for (let i = invalidAt; i < bytes.length; i++) {
    if (UNDEFINED_IN_1252.has(bytes[i]!)) {
      throw new UserError('import.encoding.unknown', {
        file,
        line: lineAt(bytes, i),
        byte: hex(bytes[i]!),
      });
    }
  }
  return { encoding: 'windows-1252', bom: 0 };
}

function checkUtf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  bom: number,
  file: string,
): DetectedEncoding {
  if ((bytes.length - bom) % 2 !== 0) {
    throw new UserError('import.encoding.utf16Odd', { file });
  }
  return { encoding, bom };
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

export function decodeImportText(bytes: Uint8Array, file: string, decode: DecodeBytes): string {
  if (bytes.length === 0) throw new UserError('import.empty', { file });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new UserError('import.notText', { file });
  }
  // Binary files are full of NUL and other control bytes: refuse before guessing an encoding
  // (UTF-16 has its NULs, and is told apart first).
  const { encoding, bom } = detectOrBinary(bytes, file);
  let text = decode(bytes.subarray(bom), encoding);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (hasControlCharacters(text.slice(0, 4096))) {
    throw new UserError('import.notText', { file });
  }
  if (text.trim() === '') throw new UserError('import.empty', { file });
  return text;
}

function detectOrBinary(bytes: Uint8Array, file: string): DetectedEncoding {
  const head = bytes.subarray(0, 4096);
  const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe || unmarkedUtf16(bytes) !== null;
  if (!utf16) {
    for (const b of head) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) {
        throw new UserError('import.notText', { file });
      }
    }
  }
  return detectTextEncoding(bytes, file);
}

/** NUL and the other C0 controls that text files do not hold (tab and line breaks excepted). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return true;
    // C1 controls: what a wrong Windows-1252 table makes of "€" and "–".
    if (c >= 0x80 && c <= 0x9f) return true;
  }
  return false;
}
