import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { ensureCliBuilt, runCli } from './support/cli';

const FIXTURES = fileURLToPath(new URL('./fixtures/csv/', import.meta.url));
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-import-csv-'));
});

function importCsv(fixture: string, out: string) {
  return runCli(['import', join(FIXTURES, fixture), '--out', out], { cwd: dir });
}
const items = (name: string) =>
  parseProtokoll(readFileSync(join(dir, name), 'utf8'), name).items.map((i) => [
    i.number,
    i.title,
    i.paperRef,
    i.public,
  ]);

describe('protokollant import <CSV>', () => {
  it('semicolons with BOM and CRLF, as German Excel saves', () => {
    const result = importCsv('tagesordnung-semikolon-bom.csv', 'a.protokoll');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('5 Tagesordnungspunkte, 0 Personen übernommen.');
    expect(items('a.protokoll')).toEqual([
      ['1', 'Fragen der Einwohnerinnen und Einwohner', '', true],
      ['2', 'Bebauungsplan "Am Mühlbach"; Aufstellungsbeschluss', '41/2026', true],
      ['3', 'Sanierung der Grundschule – Vergabe der Dachdeckerarbeiten', '42/2026', true],
      ['4', 'Haushaltsplan 2027 – Einbringung', '43/2026', true],
      ['5', 'Grundstücksangelegenheit Flst. Nr. 1187', '44/2026', false],
    ]);
  });

  it('commas with English headers', () => {
    expect(importCsv('agenda-comma.csv', 'b.protokoll').status).toBe(0);
    expect(items('b.protokoll')).toEqual([
      ['1', 'Opening and approval of the agenda', '', true],
      ['2', 'Kindergarten fees, adjustment 2027', '17/2026', true],
      ['3', 'Staff matter', '', false],
    ]);
  });

  it('line breaks inside quoted cells, and Windows-1252', () => {
    expect(importCsv('tagesordnung-zeilenumbrueche.csv', 'c.protokoll').status).toBe(0);
    expect(items('c.protokoll')[1]).toEqual([
      '2',
      'Neubau Feuerwehrhaus\n– Baubeschluss –',
      '17/2026',
      true,
    ]);
    expect(importCsv('tagesordnung-windows-1252.csv', 'd.protokoll').status).toBe(0);
    expect(items('d.protokoll')[0]).toEqual(['1', 'Straßenbeleuchtung Mühlweg', '12/2026', true]);
  });

  it('the imported agenda exports to OParl', () => {
    expect(importCsv('tagesordnung-semikolon-bom.csv', 'e.protokoll').status).toBe(0);
    const result = runCli(['export', 'e.protokoll', '--oparl', 'e.json'], { cwd: dir });
    expect(result.status).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8')).data as Record<
      string,
      unknown
    >[];
    const agenda = data[0]!.agendaItem as Record<string, unknown>[];
    expect(agenda.map((i) => [i.number, i.public])).toEqual([
      ['1', true],
      ['2', true],
      ['3', true],
      ['4', true],
      ['5', false],
    ]);
    const papers = data.filter((o) => String(o.type).endsWith('/Paper')).map((p) => p.reference);
    // The export is the public version: the non-public item's paper stays inside.
    expect(papers).toEqual(['41/2026', '42/2026', '43/2026']);
  });

  it('names the broken row, exits 1 and writes nothing', () => {
    const cases: [string, string][] = [
      ['kaputt-top-leer.csv', 'Zeile 4: Spalte „TOP“ ist leer.'],
      [
        'kaputt-oeffentlich.csv',
        'Zeile 3: „vielleicht“ in Spalte „öffentlich“ ist keine Angabe zur Öffentlichkeit (erwartet: ja/nein, x, 1/0, öffentlich/nichtöffentlich).',
      ],
      [
        'kaputt-spalte-fehlt.csv',
        'Die Spalte „Betreff“ fehlt (gefundene Spalten: „Nummer“, „Thema des Tages“, „Vorlage“).',
      ],
      [
        'kaputt-anfuehrungszeichen.csv',
        'Zeile 3: ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen.',
      ],
      ['kaputt-doppelt.csv', 'Zeile 4: TOP 2 steht schon in Zeile 3.'],
    ];
    const before = readdirSync(dir).sort();
    for (const [fixture, message] of cases) {
      const result = importCsv(fixture, 'kaputt.protokoll');
      expect(result.status, fixture).toBe(1);
      expect(result.stdout, fixture).toBe('');
      expect(result.stderr, fixture).toBe(`${message}\n`);
    }
    expect(existsSync(join(dir, 'kaputt.protokoll'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
    const en = runCli(
      ['import', join(FIXTURES, 'kaputt-top-leer.csv'), '--out', 'k.protokoll', '--lang', 'en'],
      { cwd: dir },
    );
    expect(en.stderr).toBe('Line 4: column “TOP” is empty.\n');
  });
});
