import iconv from 'iconv-lite';
import type { DecodeBytes } from '../../core/import/decode';

/**
 * The host's text decoder for imported files: iconv-lite, whose Windows-1252 table is the
 * WHATWG one in every Node version (Node's own TextDecoder is not, in some builds). The core
 * decides which encoding a file is in (core/import/decode.ts); this only turns the bytes into
 * text. iconv-lite needs Node's Buffer, so it lives here and not in the pure core.
 */
export const decodeBytes: DecodeBytes = (bytes, encoding) =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: false,
  });
