import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGremium } from '../core/body/gremium';
import { parseProtokoll } from '../core/file/format';
import { ensureCliBuilt, ROOT, runCli } from './support/cli';

const LAST = join(ROOT, 'examples/kleinweiler-gemeinderat-2026-10-14.protokoll');
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-body-'));
});

const read = (name: string) => parseProtokoll(readFileSync(join(dir, name), 'utf8'), name);
const readBody = (name: string) => parseGremium(readFileSync(join(dir, name), 'utf8'), name);

describe('protokollant body export / apply and new --body', () => {
  it('exports the body of real minutes as a .gremium file', () => {
    const result = runCli(['body', 'export', LAST, '--out', 'gr'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Gremium „Gemeinderat der Gemeinde Kleinweiler“ gespeichert: 17 Personen, 4 Unterschriften.',
    );
    // The extension is added when the clerk leaves it out.
    const body = readBody('gr.gremium');
    expect(body.body.name).toBe('Gemeinderat der Gemeinde Kleinweiler');
    expect(body.people).toHaveLength(17);
    expect(body.chairId).toBe('p-keller');
    // Exporting again over it is refused without --force (the clerk's shared file).
    const again = runCli(['body', 'export', LAST, '--out', 'gr.gremium'], { cwd: dir });
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('gr.gremium');
  });

  it('new --body: new minutes of the body from its template, dated, with the roster', () => {
    // The clerk edits the shared body file: a member leaves at the end of June, a new one joins.
    const file = JSON.parse(readFileSync(join(dir, 'gr.gremium'), 'utf8'));
    file.gremium.people[1].term = { from: '2019-07-01', until: '2026-06-30' };
    file.gremium.people.push({
      ...file.gremium.people[2],
      id: 'p-neu',
      givenName: 'Nora',
      familyName: 'Neumann',
      term: { from: '2026-07-01', until: '' },
    });
    file.gremium.body.numbering = { minutes: '{n}/{yyyy}', paperRef: 'GR {yyyy}/{nnn}' };
    writeFileSync(join(dir, 'gr.gremium'), JSON.stringify(file));
    chmodSync(join(dir, 'gr.gremium'), 0o640);

    const result = runCli(
      ['new', '--body', 'gr.gremium', '--out', 'neu.protokoll', '--date', '18.11.2026'],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const next = read('neu.protokoll');
    expect(next.templateId).toBe('gemeinderat-sitzung');
    expect(next.meeting.date).toBe('2026-11-18');
    expect(next.body.name).toBe('Gemeinderat der Gemeinde Kleinweiler');
    expect(next.body.numbering?.paperRef).toBe('GR {yyyy}/{nnn}');
    const names = next.people.map((p) => p.familyName);
    expect(names).toContain('Neumann');
    expect(names).not.toContain('Albrecht');
    expect(next.people).toHaveLength(17);
    expect(next.meeting.chairId).toBe('p-keller');
    expect(next.rules.profile).toBe('bw-gemo-38');
  });

  it('new --from --body: the body file leads the follow-up (its roster, its numbering)', () => {
    const result = runCli(
      [
        'new',
        '--from',
        LAST,
        '--body',
        'gr.gremium',
        '--out',
        'folge.protokoll',
        '--date',
        '2026-11-18',
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const next = read('folge.protokoll');
    expect(next.meeting.minutesNumber).toBe('10/2026');
    expect(next.people.map((p) => p.familyName)).toContain('Neumann');
    expect(next.people.map((p) => p.familyName)).not.toContain('Albrecht');
    expect(next.items.map((i) => i.title)).toContain('Genehmigung der Niederschrift Nr. 9/2026');
  });

  it('body apply: into existing minutes, keeping a backup; refuses signed minutes', () => {
    const created = runCli(['new', '--state', 'BW', '--out', 'leer.protokoll'], { cwd: dir });
    expect(created.status).toBe(0);
    const result = runCli(['body', 'apply', 'gr.gremium', '--into', 'leer.protokoll'], {
      cwd: dir,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The minutes have no date yet: nobody's term can rule them out.
    expect(result.stdout).toContain('18 Personen neu, 0 aktualisiert, 0 weitere behalten');
    expect(existsSync(join(dir, 'leer.protokoll.bak'))).toBe(true);
    const applied = read('leer.protokoll');
    expect(applied.body.name).toBe('Gemeinderat der Gemeinde Kleinweiler');
    expect(applied.people).toHaveLength(18);

    const signed = join(dir, 'signiert.protokoll');
    writeFileSync(
      signed,
      readFileSync(join(ROOT, 'examples/stuttgart-va-2018-06-27-top12-signed.protokoll')),
    );
    const before = readFileSync(signed);
    const refused = runCli(['body', 'apply', 'gr.gremium', '--into', 'signiert.protokoll'], {
      cwd: dir,
    });
    expect(refused.status).toBe(1);
    expect(readFileSync(signed)).toEqual(before);
  });

  it('names what is wrong with a bad body file and writes nothing', () => {
    writeFileSync(
      join(dir, 'kaputt.gremium'),
      '{"format": "protokollant/gremium", "schemaVersion": 1, "gremium": {"body": {"kind": "council"}}}',
    );
    const bad = runCli(
      ['new', '--body', 'kaputt.gremium', '--state', 'BW', '--out', 'x.protokoll'],
      {
        cwd: dir,
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(
      'Die Gremium-Datei „kaputt.gremium“ ist fehlerhaft: Gremium › name: Angabe fehlt.',
    );
    expect(existsSync(join(dir, 'x.protokoll'))).toBe(false);
    const minutes = runCli(['body', 'apply', LAST, '--into', 'leer.protokoll'], { cwd: dir });
    expect(minutes.status).toBe(1);
    expect(minutes.stderr).toContain('ist eine Niederschrift, keine Gremium-Datei');
    const english = runCli(
      ['new', '--body', 'kaputt.gremium', '--state', 'BW', '--out', 'x.protokoll', '--lang', 'en'],
      { cwd: dir },
    );
    expect(english.stderr).toContain('The body file “kaputt.gremium” is invalid: body › name');
    expect(runCli(['body', 'frobnicate'], { cwd: dir }).status).toBe(2);
  });

  it('the body file keeps its mode when the app-side writer replaces it', async () => {
    const { writeGremiumFile } = await import('../host/services/gremium');
    const body = readBody('gr.gremium');
    await writeGremiumFile(join(dir, 'gr.gremium'), { ...body, templateId: 'gemeinderat-sitzung' });
    expect(statSync(join(dir, 'gr.gremium')).mode & 0o777).toBe(0o640);
    expect(readBody('gr.gremium')).toEqual(body);
    await expect(writeGremiumFile(join(dir, 'gr.gremium'), { body: {} })).rejects.toThrow(
      /fehlerhaft/,
    );
    expect(readBody('gr.gremium')).toEqual(body);
  });
});
