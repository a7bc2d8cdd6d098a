import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { ensureCliBuilt, runCli } from './support/cli';
import { docxPart, textOf } from './support/docx';

const FIXTURES = fileURLToPath(new URL('./fixtures/oparl/', import.meta.url));
const B = 'https://ris.beispielstadt.de/oparl/v1.1';
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-import-oparl-'));
});

const importFile = (source: string, out: string, ...extra: string[]) =>
  runCli(['import', source, '--out', out, ...extra], { cwd: dir });
const read = (name: string) => parseProtokoll(readFileSync(join(dir, name), 'utf8'), name);

describe('protokollant import <OParl>', () => {
  it('imports the same meeting from a Meeting, an object list and an array', () => {
    const documents = ['meeting.json', 'list.json', 'array.json'].map((fixture) => {
      const out = `aus-${fixture.replace('.json', '')}.protokoll`;
      const result = importFile(join(FIXTURES, fixture), out);
      expect(result.stderr, fixture).toBe('');
      expect(result.status, fixture).toBe(0);
      expect(result.stdout).toMatch(
        /^5 Tagesordnungspunkte, 10 Personen übernommen\.\n.+ geschrieben \(/,
      );
      return read(out);
    });
    const [first, ...rest] = documents;
    for (const doc of rest) {
      expect(doc.items).toEqual(first!.items);
      expect(doc.people).toEqual(first!.people);
      expect(doc.attendance).toEqual(first!.attendance);
      expect(doc.meeting).toEqual(first!.meeting);
    }
    const doc = first!;
    expect(doc.templateId).toBe('gemeinderat-sitzung');
    expect(doc.form).toBe('meeting');
    expect(doc.body).toMatchObject({
      name: 'Gemeinderat der Stadt Beispielstadt',
      shortName: 'Der Gemeinderat',
      memberCount: 9,
    });
    expect(doc.meeting).toMatchObject({ date: '2026-03-18', start: '18:00', end: '20:45' });
    expect(doc.items.map((i) => `${i.number} ${i.paperRef} ${i.public ? 'ö' : 'nö'}`)).toEqual([
      '1  ö',
      '2 17/2026 ö',
      '3 18/2026 ö',
      '4  ö',
      '5 19/2026 nö',
    ]);
    expect(doc.attendance.filter((a) => a.status === 'absent')).toHaveLength(2);
  });

  it('exports the imported meeting again as OParl and as DOCX, and the OParl reads back', () => {
    const out = 'wieder.protokoll';
    expect(importFile(join(FIXTURES, 'list.json'), out).status).toBe(0);
    // The internal transfer: the round trip carries the non-public item (TOP 5) too.
    const result = runCli(
      ['export', out, '--oparl', 'wieder.json', '--include-nonpublic', '--docx', 'wieder.docx'],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const oparl = JSON.parse(readFileSync(join(dir, 'wieder.json'), 'utf8')) as {
      data: Record<string, unknown>[];
    };
    const meeting = oparl.data[0]!;
    expect(meeting.id).toBe(`${B}/meeting/41`);
    expect((meeting.agendaItem as Record<string, unknown>[]).map((i) => i.id)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `${B}/agendaitem/${4100 + n}`),
    );
    const docx = textOf(docxPart(readFileSync(join(dir, 'wieder.docx')), 'word/document.xml'));
    expect(docx).toContain('Sanierung der Sporthalle Nord – Baubeschluss');
    expect(docx).toContain('17/2026');

    expect(
      runCli(['import', 'wieder.json', '--out', 'zweimal.protokoll'], { cwd: dir }).status,
    ).toBe(0);
    const again = read('zweimal.protokoll');
    const before = read(out);
    expect(again.items.map((i) => [i.number, i.title, i.paperRef, i.public])).toEqual(
      before.items.map((i) => [i.number, i.title, i.paperRef, i.public]),
    );
    expect(again.people.map((p) => [p.honorific, p.familyName, p.group])).toEqual(
      before.people.map((p) => [p.honorific, p.familyName, p.group]),
    );
    expect(again.attendance).toEqual(before.attendance);
  });

  it('puts generated ids under --oparl-base, and refuses a base that is no http(s) URL', () => {
    const out = 'basis.protokoll';
    expect(
      runCli(['new', '--template', 'gemeinderat-sitzung', '--out', out], { cwd: dir }).status,
    ).toBe(0);
    const result = runCli(
      [
        'export',
        out,
        '--oparl',
        'basis-export.json',
        '--oparl-base',
        'https://ris.kleinweiler.de/oparl/',
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    const oparl = JSON.parse(readFileSync(join(dir, 'basis-export.json'), 'utf8')) as {
      data: { id: string }[];
    };
    for (const object of oparl.data) {
      expect(object.id).toMatch(/^https:\/\/ris\.kleinweiler\.de\/oparl\/[^/]+\/[a-z]+/);
    }
    const bad = runCli(['export', out, '--oparl', 'x.json', '--oparl-base', 'ftp://x'], {
      cwd: dir,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(
      '--oparl-base „ftp://x“ ist keine http(s)-Adresse (z. B. https://ris.beispielstadt.de/oparl).',
    );
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('takes the per-item template when asked', () => {
    expect(
      importFile(
        join(FIXTURES, 'array.json'),
        'je-top.protokoll',
        '--template',
        'stuttgart-ausschuss-top',
      ).status,
    ).toBe(0);
    const doc = read('je-top.protokoll');
    expect(doc.form).toBe('per-item');
    expect(doc.items).toHaveLength(5);
  });

  it('skips a dangling reference with a note on stderr, and still writes the minutes', () => {
    const objects = JSON.parse(readFileSync(join(FIXTURES, 'array.json'), 'utf8')) as {
      id: string;
    }[];
    const broken = join(dir, 'ohne-beratung.json');
    writeFileSync(broken, JSON.stringify(objects.filter((o) => o.id !== `${B}/consultation/903`)));
    const result = importFile(broken, 'ohne-beratung.protokoll');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('5 Tagesordnungspunkte');
    expect(result.stderr.trim()).toBe(
      `Hinweis: AgendaItem ${B}/agendaitem/4103: Consultation ${B}/consultation/903 steht nicht in der Datei und wurde übersprungen (consultation).`,
    );
    const doc = read('ohne-beratung.protokoll');
    expect(doc.items).toHaveLength(5);
    expect(doc.items[2]!.paperRef).toBe('');

    const en = runCli(['import', broken, '--out', 'neu.protokoll', '--lang', 'en'], { cwd: dir });
    expect(en.stderr.trim()).toBe(
      `Note: AgendaItem ${B}/agendaitem/4103: Consultation ${B}/consultation/903 is not in the file and was skipped (consultation).`,
    );
    expect(existsSync(join(dir, 'neu.protokoll'))).toBe(true);
  });

  it('refuses a file that is no OParl, and a call without --out', () => {
    const notOparl = join(dir, 'liste.json');
    writeFileSync(notOparl, '{"agenda": [1, 2]}');
    const result = importFile(notOparl, 'x.protokoll');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Die Datei „liste.json“ enthält keine OParl-Objekte (erwartet: eine Sitzung, eine Liste mit „data“ oder ein Array von Objekten).',
    );
    expect(existsSync(join(dir, 'x.protokoll'))).toBe(false);
    const noOut = runCli(['import', join(FIXTURES, 'array.json')], { cwd: dir });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr.trim()).toBe('Die Angabe --out fehlt.');
    const badTemplate = importFile(
      join(FIXTURES, 'array.json'),
      'y.protokoll',
      '--template',
      'gibtsnicht',
    );
    expect(badTemplate.status).toBe(2);
    expect(badTemplate.stderr).toMatch(/^Die Vorlage „gibtsnicht“ gibt es nicht\. Vorhanden: /);
  });
});
