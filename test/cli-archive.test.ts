import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, ROOT, runCli } from './support/cli';

let dir: string;
let archive: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-archive-'));
  archive = join(dir, 'gemeinderat');
  mkdirSync(join(archive, '2018'), { recursive: true });
  copyFileSync(
    join(ROOT, 'examples/kleinweiler-gemeinderat-2026-10-14.protokoll'),
    join(archive, 'gr-2026-10-14.protokoll'),
  );
  copyFileSync(
    join(ROOT, 'examples/stuttgart-va-2018-06-27-top12.protokoll'),
    join(archive, '2018', 'va-233.protokoll'),
  );
  writeFileSync(join(archive, 'kaputt.protokoll'), '{"format": "etwas anderes"}');
});

describe('protokollant search', () => {
  it('answers "what did we decide on 288/2018?" in one search: file, date, TOP, line', () => {
    const result = runCli(['search', archive, '288/2018'], { cwd: dir });
    expect(result.status).toBe(0);
    const [line] = result.stdout.trim().split('\n');
    expect(line!.split('\t').slice(0, 3)).toEqual([
      join('2018', 'va-233.protokoll'),
      '27.06.2018',
      'TOP 12',
    ]);
    expect(line).toContain('288/2018');
    // The broken file is named, not silently left out.
    expect(result.stderr).toContain('kaputt.protokoll übersprungen');
  });

  it('finds words in the text, speakers and resolutions, by prefix', () => {
    const words = runCli(['search', archive, 'Mühlbach', 'Bebauungs'], { cwd: dir });
    expect(words.status).toBe(0);
    expect(words.stdout).toContain('gr-2026-10-14.protokoll\t14.10.2026\tTOP 3\t');
    const vote = runCli(['search', archive, 'einmütig'], { cwd: dir });
    expect(vote.stdout).toMatch(/va-233\.protokoll\t27\.06\.2018\tTOP 12\t.*einmütig/);
  });

  it('exits 1 when nothing is found, 2 without a query', () => {
    const none = runCli(['search', archive, 'Xylophonorchester'], { cwd: dir });
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain(
      'Nichts gefunden für „Xylophonorchester“ (3 Niederschriften durchsucht).',
    );
    expect(runCli(['search', archive], { cwd: dir }).status).toBe(2);
    expect(runCli(['search', join(dir, 'nope'), 'x'], { cwd: dir }).status).toBe(1);
  });
});

describe('protokollant beschlussbuch', () => {
  it('CSV, DOCX and PDF of every public resolution; non-public only when asked', () => {
    const result = runCli(
      ['beschlussbuch', archive, '--csv', 'bb.csv', '--docx', 'bb.docx', '--pdf', 'bb.pdf'],
      { cwd: dir },
    );
    expect(result.stderr).toContain('kaputt.protokoll übersprungen');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nichtöffentliche Beschlüsse nicht aufgenommen');
    const csv = readFileSync(join(dir, 'bb.csv'), 'utf8').replace(/^\ufeff/, '');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('Datum;Niederschrift Nr.;TOP;Drucksache;Betreff;Beschluss;Ergebnis');
    // In order of date: Stuttgart 2018 first.
    expect(rows[1]).toMatch(/^27\.06\.2018;233;12;288\/2018;/);
    expect(rows[1]).toContain('einmütig');
    const mühlbach = rows.find((r) => r.includes('Am Mühlbach'))!;
    expect(mühlbach).toMatch(/^14\.10\.2026;9\/2026;3;/);
    expect(mühlbach).toContain('Ja 9, Nein 2, Enthaltung 1');
    expect(csv).not.toContain('Grundstücksangelegenheit');

    const docx = execFileSync('unzip', ['-p', join(dir, 'bb.docx'), 'word/document.xml'], {
      encoding: 'utf8',
    });
    expect(docx).toContain('Am Mühlbach');
    expect(docx).not.toContain('Grundstücksangelegenheit');
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'bb.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(pdf).toContain('Beschlussbuch');
    expect(pdf).toContain('288/2018');
    expect(pdf).not.toContain('Grundstücksangelegenheit');

    const all = runCli(['beschlussbuch', archive, '--csv', 'alle.csv', '--include-nonpublic'], {
      cwd: dir,
    });
    expect(all.status).toBe(0);
    expect(readFileSync(join(dir, 'alle.csv'), 'utf8')).toContain('(nichtöffentlich)');
  });

  it('asks for a format and writes nothing for a bad call', () => {
    expect(runCli(['beschlussbuch', archive], { cwd: dir }).status).toBe(2);
  });
});
