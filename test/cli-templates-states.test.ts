import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import { ensureCliBuilt, runCli } from './support/cli';

/**
 * The command line picks the state first: `templates` lists them by state under their law,
 * `new --state` starts from the state's council template with its standing items, a template
 * of another state is refused, and `check` names the state's paragraph.
 */

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-states-'));
});

const read = (name: string) => parseProtokoll(readFileSync(join(dir, name), 'utf8'), name);

describe('protokollant templates and new by state', () => {
  it('lists every template under its state and law; --state narrows to one', () => {
    const all = runCli(['templates']);
    expect(all.status).toBe(0);
    const headings = all.stdout.split('\n').filter((line) => line !== '' && !line.startsWith(' '));
    expect(headings).toHaveLength(13);
    expect(headings).toContain('Schleswig-Holstein (SH) – § 41 GO SH');
    expect(headings).toContain('Niedersachsen (NI) – § 68 NKomVG');
    expect(headings[0]).toBe('Baden-Württemberg (BW) – § 38 GemO BW');

    const sh = runCli(['templates', '--state', 'sh']);
    expect(sh.stdout.trim().split('\n')).toEqual([
      'Schleswig-Holstein (SH) – § 41 GO SH',
      '  sh-gemeindevertretung-sitzung\tGemeindevertretung – Niederschrift der ganzen Sitzung (Schleswig-Holstein)',
      '  sh-ausschuss-sitzung\tAusschuss – Niederschrift der ganzen Sitzung (Schleswig-Holstein)',
    ]);
  });

  it('new --state SH starts from the Gemeindevertretung template with its standing items', () => {
    const result = runCli(['new', '--state', 'SH', '--out', 'sh.protokoll'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const doc = read('sh.protokoll');
    expect(doc.templateId).toBe('sh-gemeindevertretung-sitzung');
    expect(doc.rules.profile).toBe('sh-go');
    expect(doc.items.map((i) => i.title)).toEqual([
      'Änderungsanträge zur Tagesordnung',
      'Einwohnerfragestunde',
      'Änderungsanträge zur Sitzungsniederschrift der letzten Sitzung',
      'Bericht des Bürgermeisters',
      'Berichte der Ausschussvorsitzenden',
      'Anfragen der Gemeindevertreterinnen und Gemeindevertreter',
      '',
      'Verschiedenes',
    ]);
    expect(doc.rules.signatories.map((s) => s.label)).toEqual([
      'Vorsitzende/r der Gemeindevertretung',
      'Protokollführer/in',
    ]);
  });

  it('refuses a template of another state and an unknown state, in words', () => {
    const other = runCli(
      ['new', '--state', 'SH', '--template', 'ni-rat-sitzung', '--out', 'x.protokoll'],
      { cwd: dir },
    );
    expect(other.status).toBe(2);
    expect(other.stderr).toContain(
      'Die Vorlage „ni-rat-sitzung“ folgt dem Recht von NI, nicht von SH.',
    );
    const unknown = runCli(['new', '--state', 'XY', '--out', 'x.protokoll'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Das Bundesland „XY“ kenne ich nicht. Möglich: BW, BY, BB,');
  });

  it("check names the state's paragraph: a Hessian file without its clerk's signature", () => {
    expect(runCli(['new', '--state', 'HE', '--out', 'he.protokoll'], { cwd: dir }).status).toBe(0);
    const doc = read('he.protokoll');
    doc.meeting = {
      ...doc.meeting,
      date: '2026-05-06',
      start: '19:00',
      end: '20:00',
      place: 'Bürgerhaus',
      chairId: 'p-chair',
      clerkId: 'p-clerk',
      convenedProperly: true,
      quorate: true,
    };
    const person = (id: string, familyName: string, kind: 'member' | 'staff') => ({
      id,
      kind,
      formOfAddress: 'Frau',
      honorific: '',
      title: '',
      givenName: '',
      familyName,
      group: '',
      unit: '',
      role: '',
      votingRight: kind === 'member',
    });
    doc.people = [person('p-chair', 'Vogt', 'member'), person('p-clerk', 'Kurz', 'staff')];
    doc.attendance = doc.people.map((p) => ({
      personId: p.id,
      status: 'present' as const,
      reason: '',
      arrivedAtItem: '',
      leftAfterItem: '',
    }));
    doc.rules.signatories = doc.rules.signatories.map((s) =>
      s.role === 'chair' ? { ...s, personId: 'p-chair' } : s,
    );
    doc.items = doc.items.map((item) => ({ ...item, title: item.title || 'Haushalt' }));
    writeFileSync(join(dir, 'he.protokoll'), serializeProtokoll(doc));
    const result = runCli(['check', 'he.protokoll'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'Unterzeichnung: Es ist nicht bestimmt, wer als Schriftführung unterzeichnet (§ 61 Abs. 2 HGO).',
    );
    expect(result.stdout).toContain('(§ 61 Abs. 1 HGO verlangt Abstimmungsergebnisse');
  });
});
