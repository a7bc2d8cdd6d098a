import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../host/import/decode-bytes';
import type { UserError } from '../errors';
import { detectDelimiter, parseCsv } from './csv';
import { decodeImportText } from './decode';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('CSV as Excel writes it', () => {
  it('detects the separator from the header line', () => {
    expect(detectDelimiter('TOP;Betreff;Drucksache\n1;a,b;c')).toBe(';');
    expect(detectDelimiter('No,Title,Paper\n1;2;3')).toBe(',');
    expect(detectDelimiter('TOP\tBetreff\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('TOP')).toBe(';');
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(cells('a;"b;c";"d ""e"""\r\n1;"zwei\r\nZeilen";3\r\n')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['1', 'zwei\nZeilen', '3'],
    ]);
    expect(cells('a;b\r1;2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('counts lines of the file, also across line breaks inside cells', () => {
    const { records } = parseCsv('TOP;Betreff\n1;"a\nb\nc"\n\n3;d\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 6]);
  });

  it('keeps text after a closing quote and quotes inside unquoted cells, as Excel does', () => {
    expect(cells('"a"b;c"d')).toEqual([['ab', 'c"d']]);
  });

  it('names the line where a quote is never closed', () => {
    try {
      parseCsv('TOP;Betreff\n1;a\n2;"b\n3;c\n');
      expect.unreachable();
    } catch (error) {
      expect((error as UserError).localized('de')).toBe(
        'Zeile 3: ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen.',
      );
    }
  });
});

describe('decoding imported files', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('reads UTF-8 with and without BOM, Windows-1252 and UTF-16', () => {
    const utf8 = new TextEncoder().encode('öffentlich');
    expect(
      decodeImportText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.csv', decodeBytes),
    ).toBe('öffentlich');
    expect(decodeImportText(utf8, 'a.csv', decodeBytes)).toBe('öffentlich');
    expect(decodeImportText(bytes(0xf6, 0x66, 0x66), 'a.csv', decodeBytes)).toBe('öff');
    expect(decodeImportText(bytes(0xff, 0xfe, 0x54, 0, 0xf6, 0), 'a.csv', decodeBytes)).toBe('Tö');
  });

  it('refuses empty, Excel (XLSX) and binary files', () => {
    const code = (b: Uint8Array) => {
      try {
        decodeImportText(b, 'x', decodeBytes);
      } catch (error) {
        return (error as UserError).code;
      }
      return 'none';
    };
    expect(code(bytes())).toBe('import.empty');
    expect(code(bytes(0x20, 0x0a))).toBe('import.empty');
    expect(code(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toBe('import.notText');
    expect(code(bytes(0x41, 0x00, 0x01, 0x02))).toBe('import.notText');
  });
});
