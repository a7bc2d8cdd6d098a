import { ProtocolError } from '../errors';

/**
 * Bytes of an imported file as text. Excel writes CSV as UTF-8 (with or without BOM), as
 * Windows-1252 ("CSV (Trennzeichen-getrennt)" on a German Windows) or as UTF-16 ("Unicode-Text");
 * all of them are read. XLSX (a ZIP file) is refused with a message saying so.
 */
export function decodeImportText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ProtocolError('import.empty', { file });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new ProtocolError('import.notText', { file });
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Binary files decode to text full of control characters; refuse rather than guess.
  if (hasControlCharacters(text.slice(0, 4096))) {
    throw new ProtocolError('import.notText', { file });
  }
  if (text.trim() === '') throw new ProtocolError('import.empty', { file });
  return text;
}

/** NUL and the other C0 controls that text files do not hold (tab and line breaks excepted). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return true;
  }
  return false;
}
