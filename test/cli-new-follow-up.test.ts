import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { ensureCliBuilt, ROOT, runCli } from './support/cli';

const LAST = join(ROOT, 'examples/kleinweiler-gemeinderat-2026-10-14.protokoll');
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-new-from-'));
});

const read = (name: string) => parseProtokoll(readFileSync(join(dir, name), 'utf8'), name);

describe('protokollant new --from (Folgesitzung)', () => {
  it('writes the next minutes of the body: number, roster, standing items', () => {
    const result = runCli(
      ['new', '--from', LAST, '--out', 'next.protokoll', '--date', '18.11.2026'],
      {
        cwd: dir,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Folgesitzung Nr. 10/2026: 17 Personen und 4 Tagesordnungspunkte übernommen.',
    );
    const next = read('next.protokoll');
    const last = parseProtokoll(readFileSync(LAST, 'utf8'), 'last');
    expect(next.meeting.minutesNumber).toBe('10/2026');
    expect(next.meeting.date).toBe('2026-11-18');
    expect(next.people).toEqual(last.people);
    expect(next.rules.signatories).toEqual(last.rules.signatories);
    expect(next.attendance).toEqual([]);
    expect(next.items.map((i) => i.title)).toContain('Genehmigung der Niederschrift Nr. 9/2026');
    expect(next.signatures).toEqual([]);
  });

  it('the next one of that: a chain of meetings numbers on', () => {
    expect(
      runCli(
        ['new', '--from', 'next.protokoll', '--out', 'third.protokoll', '--date', '2026-12-09'],
        {
          cwd: dir,
        },
      ).status,
    ).toBe(0);
    expect(read('third.protokoll').meeting.minutesNumber).toBe('11/2026');
    expect(read('third.protokoll').items[1]!.title).toBe(
      'Genehmigung der Niederschrift Nr. 10/2026',
    );
  });

  it('refuses a wrong date, --template with --from, and overwriting the input; writes nothing', () => {
    const bad = runCli(['new', '--from', LAST, '--out', 'x.protokoll', '--date', '31.02.2026'], {
      cwd: dir,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date erwartet ein Datum');
    const both = runCli(
      ['new', '--from', LAST, '--template', 'gemeinderat-sitzung', '--out', 'x.protokoll'],
      { cwd: dir },
    );
    expect(both.status).toBe(2);
    const same = runCli(['new', '--from', 'next.protokoll', '--out', 'next.protokoll'], {
      cwd: dir,
    });
    expect(same.status).toBe(2);
    expect(existsSync(join(dir, 'x.protokoll'))).toBe(false);
    const missing = runCli(
      ['new', '--from', 'nope.protokoll', '--out', 'y.protokoll', '--lang', 'en'],
      {
        cwd: dir,
      },
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(/at .*\.js/);
    expect(existsSync(join(dir, 'y.protokoll'))).toBe(false);
  });
});
