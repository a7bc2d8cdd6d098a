import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { ensureCliBuilt, ROOT, runCli } from './support/cli';

const FIXTURES = join(ROOT, 'test/fixtures/roster');
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-roster-'));
  expect(
    runCli(['new', '--template', 'gemeinderat-sitzung', '--out', 'gr.protokoll'], { cwd: dir })
      .status,
  ).toBe(0);
});

const people = (name = 'gr.protokoll') =>
  parseProtokoll(readFileSync(join(dir, name), 'utf8'), name).people;

describe('protokollant roster', () => {
  it('imports an Excel roster (Windows-1252) into minutes, keeping the old file as .bak', () => {
    const result = runCli(
      ['roster', 'import', join(FIXTURES, 'gemeinderat-excel-1252.csv'), '--into', 'gr.protokoll'],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('18 Personen neu, 0 zusammengeführt, 0 doppelte ausgelassen.');
    expect(people()).toHaveLength(18);
    expect(people().map((p) => p.familyName)).toContain('Öztürk');
    expect(
      parseProtokoll(readFileSync(join(dir, 'gr.protokoll.bak'), 'utf8'), 'bak').people,
    ).toEqual([]);
  });

  it('reports duplicates and adds nobody twice; --merge merges them', () => {
    const plain = runCli(
      ['roster', 'import', join(FIXTURES, 'nachtrag-utf8.csv'), '--into', 'gr.protokoll'],
      { cwd: dir },
    );
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain(
      'Doppelt: Jürgen Baumann (Zeile 2) – gleicher Name wie in der Personenliste; zusammenführen ändert: Fraktion',
    );
    expect(plain.stdout).toContain(
      'Doppelt: Hannah Schmid (Zeile 5) – steht in der Datei mehrfach',
    );
    expect(plain.stdout).toContain('1 Personen neu, 0 zusammengeführt, 3 doppelte ausgelassen.');
    expect(plain.stdout).toContain('Mit --merge');
    expect(people()).toHaveLength(19);
    expect(people().find((p) => p.familyName === 'Baumann')!.group).toBe('CDU');

    const merged = runCli(
      [
        'roster',
        'import',
        join(FIXTURES, 'nachtrag-utf8.csv'),
        '--into',
        'gr.protokoll',
        '--merge',
      ],
      { cwd: dir },
    );
    expect(merged.status).toBe(0);
    expect(people()).toHaveLength(19);
    expect(people().find((p) => p.familyName === 'Baumann')!.group).toBe('CDU/FWV');
    expect(people().filter((p) => p.familyName === 'Schmid')).toHaveLength(1);
  });

  it('exports the same CSV back, UTF-8 with BOM or Windows-1252, and reads it in again', () => {
    expect(
      runCli(['roster', 'export', 'gr.protokoll', '--out', 'liste.csv'], { cwd: dir }).status,
    ).toBe(0);
    const utf8 = readFileSync(join(dir, 'liste.csv'));
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.toString('utf8')).toContain('Anrede;Titel;Amtsbezeichnung;Vorname;Name;Fraktion');
    expect(
      runCli(
        [
          'roster',
          'export',
          'gr.protokoll',
          '--out',
          'liste-1252.csv',
          '--encoding',
          'windows-1252',
        ],
        {
          cwd: dir,
        },
      ).status,
    ).toBe(0);
    const cp = readFileSync(join(dir, 'liste-1252.csv'));
    expect(cp.includes(Buffer.from([0xd6]))).toBe(true); // "Ö" of Öztürk in Windows-1252
    // Into fresh minutes: the same 19 people.
    runCli(['new', '--template', 'gemeinderat-sitzung', '--out', 'leer.protokoll'], { cwd: dir });
    const back = runCli(['roster', 'import', 'liste-1252.csv', '--into', 'leer.protokoll'], {
      cwd: dir,
    });
    expect(back.status).toBe(0);
    const strip = (list: ReturnType<typeof people>) => list.map(({ id: _id, ...rest }) => rest);
    expect(strip(people('leer.protokoll'))).toEqual(strip(people()));
  });

  it('imports OParl persons and memberships', () => {
    runCli(['new', '--template', 'gemeinderat-sitzung', '--out', 'oparl.protokoll'], { cwd: dir });
    const result = runCli(
      [
        'roster',
        'import',
        join(FIXTURES, 'gemeinderat-oparl.json'),
        '--into',
        'oparl.protokoll',
        '--date',
        '2026-10-14',
      ],
      { cwd: dir },
    );
    expect(result.status).toBe(0);
    const list = people('oparl.protokoll');
    expect(list.find((p) => p.familyName === 'Conrad')).toMatchObject({
      group: 'GRÜNE',
      kind: 'member',
    });
    expect(list.find((p) => p.familyName === 'Conrad')!.oparlId).toBe(
      'https://ris.beispielstadt.de/oparl/v1.1/person/103',
    );
  });

  it('a broken file: the line is named, the minutes stay as they were', () => {
    const before = readFileSync(join(dir, 'gr.protokoll'), 'utf8');
    const broken = join(dir, 'kaputt.csv');
    writeFileSync(broken, 'Name;stimmberechtigt\nKeller;vielleicht\n');
    const result = runCli(['roster', 'import', broken, '--into', 'gr.protokoll', '--lang', 'en'], {
      cwd: dir,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Line 2');
    expect(readFileSync(join(dir, 'gr.protokoll'), 'utf8')).toBe(before);
    const usage = runCli(['roster', 'import'], { cwd: dir });
    expect(usage.status).toBe(2);
    expect(existsSync(join(dir, 'nothing.csv'))).toBe(false);
  });
});
