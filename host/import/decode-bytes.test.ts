import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors';
import { decodeImportText, detectTextEncoding } from '../../core/import/decode';
import { decodeBytes } from './decode-bytes';

/**
 * Real bytes as German Excel and other tools write them. The text under test holds the
 * characters Node's TextDecoder gets wrong in 1252 (€ „ “ –) and the German letters (ß Ä).
 */
const TEXT = 'TOP;Betreff\r\n1;„Straße“ – Ä 5 €\r\n';

// The same text in Windows-1252, byte by byte (€ 0x80, „ 0x84, “ 0x93, – 0x96, ß 0xDF, Ä 0xC4).
const CP1252 = new Uint8Array([
  ...ascii('TOP;Betreff\r\n1;'),
  0x84,
  ...ascii('Stra'),
  0xdf,
  ...ascii('e'),
  0x93,
  0x20,
  0x96,
  0x20,
  0xc4,
  ...ascii(' 5 '),
  0x80,
  ...ascii('\r\n'),
]);
// UTF-8, written out: „ E2 80 9E, “ E2 80 9C, – E2 80 93, € E2 82 AC, ß C3 9F, Ä C3 84.
const UTF8 = new Uint8Array([
  ...ascii('TOP;Betreff\r\n1;'),
  ...[0xe2, 0x80, 0x9e],
  ...ascii('Stra'),
  ...[0xc3, 0x9f],
  ...ascii('e'),
  ...[0xe2, 0x80, 0x9c],
  0x20,
  ...[0xe2, 0x80, 0x93],
  0x20,
  ...[0xc3, 0x84],
  ...ascii(' 5 '),
  ...[0xe2, 0x82, 0xac],
  ...ascii('\r\n'),
]);

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}
function utf16(text: string, bigEndian: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = [code & 0xff, code >> 8];
    out.push(...(bigEndian ? pair.reverse() : pair));
  }
  return out;
}
const decode = (bytes: Uint8Array | number[]) =>
  decodeImportText(
    bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
    'liste.csv',
    decodeBytes,
  );

function refusal(bytes: Uint8Array | number[]): UserError {
  try {
    decode(bytes);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decoding imported tables', () => {
  it('the test bytes are what they claim (UTF-8 by the platform encoder)', () => {
    expect([...UTF8]).toEqual([...new TextEncoder().encode(TEXT)]);
  });

  it('reads Windows-1252 as German Excel writes it: € „ “ – ß Ä', () => {
    expect(detectTextEncoding(CP1252, 'x').encoding).toBe('windows-1252');
    expect(decode(CP1252)).toBe(TEXT);
  });

  it('reads UTF-8 with and without BOM', () => {
    expect(decode(UTF8)).toBe(TEXT);
    expect(decode([0xef, 0xbb, 0xbf, ...UTF8])).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE, with and without BOM', () => {
    expect(decode([0xff, 0xfe, ...utf16(TEXT, false)])).toBe(TEXT);
    expect(decode([0xfe, 0xff, ...utf16(TEXT, true)])).toBe(TEXT);
    expect(detectTextEncoding(new Uint8Array(utf16(TEXT, false)), 'x').encoding).toBe('utf-16le');
    expect(decode(utf16(TEXT, false))).toBe(TEXT);
    expect(decode(utf16(TEXT, true))).toBe(TEXT);
  });

  it('refuses a UTF-8 BOM followed by 1252 bytes, naming the line', () => {
    const error = refusal([0xef, 0xbb, 0xbf, ...CP1252]);
    expect(error.code).toBe('import.encoding.bomMixed');
    expect(error.localized('de')).toBe(
      '„liste.csv“ beginnt mit der Kennung für UTF-8 (BOM), Zeile 2 enthält aber ein Byte (0x84), das kein UTF-8 ist – vermutlich Windows-1252. Bitte die Datei einheitlich speichern (in Excel: „CSV UTF-8“).',
    );
  });

  it('refuses a file that mixes UTF-8 and 1252 lines', () => {
    const mixed = [...UTF8, ...CP1252.subarray(13)]; // line 3 appended in 1252
    const error = refusal(mixed);
    expect(error.code).toBe('import.encoding.mixed');
    expect(error.localized('en')).toContain('line 2 is UTF-8, line 3 is not');
  });

  it('refuses bytes that are a character in no supported encoding', () => {
    const error = refusal([...ascii('TOP;Betreff\n1;Stra'), 0x81, 0xe4, ...ascii('e\n')]);
    expect(error.code).toBe('import.encoding.unknown');
    expect(error.localized('de')).toContain('Zeile 2 enthält das Byte 0x81');
  });

  it('refuses UTF-16 with a byte missing', () => {
    expect(refusal([0xff, 0xfe, ...utf16('TOP;Betreff', false), 0x41]).code).toBe(
      'import.encoding.utf16Odd',
    );
  });
});
