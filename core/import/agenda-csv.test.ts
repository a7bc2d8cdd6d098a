import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../host/import/decode-bytes';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { agendaFromCsv } from './agenda-csv';
import { decodeImportText } from './decode';

const fixture = (name: string) => {
  const bytes = readFileSync(new URL(`../../test/fixtures/csv/${name}`, import.meta.url));
  return agendaFromCsv(decodeImportText(bytes, name, decodeBytes), name);
};
const refusal = (name: string): string => {
  try {
    fixture(name);
  } catch (error) {
    if (error instanceof UserError) return error.localized('de');
    throw error;
  }
  throw new Error('expected a UserError');
};
const summary = (name: string) =>
  fixture(name).items.map((i) => [i.number, i.title, i.paperRef, i.public]);

describe('agenda from a table', () => {
  it('reads German Excel CSV: BOM, semicolons, CRLF, quotes', () => {
    expect(summary('tagesordnung-semikolon-bom.csv')).toEqual([
      ['1', 'Fragen der Einwohnerinnen und Einwohner', '', true],
      ['2', 'Bebauungsplan "Am Mühlbach"; Aufstellungsbeschluss', '41/2026', true],
      ['3', 'Sanierung der Grundschule – Vergabe der Dachdeckerarbeiten', '42/2026', true],
      ['4', 'Haushaltsplan 2027 – Einbringung', '43/2026', true],
      ['5', 'Grundstücksangelegenheit Flst. Nr. 1187', '44/2026', false],
    ]);
  });

  it('reads commas and English headers with 1/0', () => {
    expect(summary('agenda-comma.csv')).toEqual([
      ['1', 'Opening and approval of the agenda', '', true],
      ['2', 'Kindergarten fees, adjustment 2027', '17/2026', true],
      ['3', 'Staff matter', '', false],
    ]);
  });

  it('reads line breaks inside cells and a column of crosses', () => {
    expect(summary('tagesordnung-zeilenumbrueche.csv')).toEqual([
      ['1', 'Bekanntgaben', '', true],
      ['2', 'Neubau Feuerwehrhaus\n– Baubeschluss –', '17/2026', true],
      ['3', 'Personalangelegenheit', '', false],
      ['4', 'Verschiedenes', '', true],
    ]);
  });

  it('reads Windows-1252 from plain Excel CSV', () => {
    expect(summary('tagesordnung-windows-1252.csv')).toEqual([
      ['1', 'Straßenbeleuchtung Mühlweg', '12/2026', true],
      ['2', 'Gebührensatzung Bücherei', '13/2026', false],
    ]);
  });

  it('names the row and column of every problem', () => {
    expect(refusal('kaputt-top-leer.csv')).toBe('Zeile 4: Spalte „TOP“ ist leer.');
    expect(refusal('kaputt-oeffentlich.csv')).toBe(
      'Zeile 3: „vielleicht“ in Spalte „öffentlich“ ist keine Angabe zur Öffentlichkeit (erwartet: ja/nein, x, 1/0, öffentlich/nichtöffentlich).',
    );
    expect(refusal('kaputt-spalte-fehlt.csv')).toBe(
      'Die Spalte „Betreff“ fehlt (gefundene Spalten: „Nummer“, „Thema des Tages“, „Vorlage“).',
    );
    expect(refusal('kaputt-anfuehrungszeichen.csv')).toBe(
      'Zeile 3: ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen.',
    );
    expect(refusal('kaputt-doppelt.csv')).toBe('Zeile 4: TOP 2 steht schon in Zeile 3.');
  });

  it('knows the usual ways to say public and not public', () => {
    const read = (value: string) =>
      agendaFromCsv(`TOP;Betreff;Sitzungsart\n1;a;${value}\n`, 't.csv').items[0]!.public;
    for (const yes of ['ja', 'J', 'x', '1', 'öffentlich', 'Oeffentlich', 'yes', 'true'])
      expect(read(yes)).toBe(true);
    for (const no of ['nein', 'N', '0', 'nichtöffentlich', 'nicht öffentlich', 'no', 'false'])
      expect(read(no)).toBe(false);
    expect(agendaFromCsv('TOP;Betreff\nTOP 3;a\n', 't.csv').items[0]).toMatchObject({
      number: '3',
      public: true,
    });
  });
});
