import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { t } from '../i18n/catalog';
import { findTemplate } from '../templates/registry';
import { documentFromAgenda } from './agenda';
import { agendaFromCsv } from './agenda-csv';
import { agendaFromOparl } from './oparl';

const B = 'https://ris.beispielstadt.de/oparl/v1.1';
const text = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/oparl/${name}`, import.meta.url), 'utf8');
const array = () => JSON.parse(text('array.json')) as Record<string, unknown>[];

function refusal(json: unknown): string {
  try {
    agendaFromOparl(typeof json === 'string' ? json : JSON.stringify(json), 'sitzung.json');
  } catch (error) {
    if (error instanceof UserError) return error.localized('de');
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('OParl import', () => {
  it('reads the same meeting from the three shapes', () => {
    const [a, b, c] = ['array.json', 'list.json', 'meeting.json'].map((n) =>
      agendaFromOparl(text(n), n),
    );
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('takes the agenda with paper references through Consultation → Paper', () => {
    const agenda = agendaFromOparl(text('array.json'), 'array.json');
    expect(agenda.items.map((i) => [i.number, i.title, i.paperRef, i.public])).toEqual([
      ['1', 'Fragen der Einwohnerinnen und Einwohner', '', true],
      ['2', 'Sanierung der Sporthalle Nord – Baubeschluss', '17/2026', true],
      ['3', 'Kindergartenbedarfsplanung 2026/2027', '18/2026', true],
      ['4', 'Bekanntgaben und Anfragen', '', true],
      ['5', 'Grundstücksangelegenheit Gewann Lehen', '19/2026', false],
    ]);
    expect(agenda.items[1]!.oparlId).toBe(`${B}/agendaitem/4102`);
  });

  it('takes date, times, place and the body', () => {
    const agenda = agendaFromOparl(text('list.json'), 'list.json');
    expect(agenda.meeting).toMatchObject({
      date: '2026-03-18',
      start: '18:00',
      end: '20:45',
      place: 'Großer Sitzungssaal, Rathaus Beispielstadt, Marktplatz 1',
    });
    expect(agenda.body).toEqual({
      name: 'Gemeinderat der Stadt Beispielstadt',
      shortName: 'Der Gemeinderat',
      kind: 'council',
      memberCount: 9,
      oparlId: `${B}/organization/1`,
    });
  });

  it('takes the roster from memberships active on the meeting day and attendance from participants', () => {
    const agenda = agendaFromOparl(text('meeting.json'), 'meeting.json');
    const people = agenda.people.map((p) => [
      p.formOfAddress,
      p.honorific,
      p.title,
      p.givenName,
      p.familyName,
      p.group,
      p.kind,
      p.votingRight,
    ]);
    expect(people).toEqual([
      ['Frau', '', 'Dr.', 'Anna', 'Weber', '', 'member', true],
      ['Herr', 'StR', '', 'Thomas', 'Albrecht', 'CDU', 'member', true],
      ['Frau', 'StRin', '', 'Claudia', 'Brandt', 'CDU', 'member', true],
      ['Herr', 'StR', '', 'Murat', 'Çelik', 'SPD', 'member', true],
      ['Frau', 'StRin', 'Prof. Dr.', 'Heike', 'Dorn', 'SPD', 'member', true],
      ['Herr', 'StR', '', 'Markus', 'Engel', 'GRÜNE', 'member', true],
      ['Frau', 'StRin', '', 'Jana', 'Fischer', 'GRÜNE', 'member', true],
      ['Herr', 'StR', '', 'Stefan', 'Groß', 'FW', 'member', true],
      ['Frau', 'StRin', '', 'Lea', 'Hofmann', 'FW', 'member', true],
      ['Herr', '', '', 'Klaus', 'Lutz', '', 'guest', false],
    ]);
    // Rainer Alt's membership ended before the meeting.
    expect(agenda.people.some((p) => p.familyName === 'Alt')).toBe(false);
    expect(agenda.meeting!.chairId).toBe('p-1');
    const status = Object.fromEntries(
      agenda.attendance.map((a) => [
        agenda.people.find((p) => p.id === a.personId)!.familyName,
        a.status,
      ]),
    );
    expect(status).toMatchObject({
      Weber: 'present',
      Brandt: 'absent',
      Groß: 'absent',
      Lutz: 'present',
    });
    expect(agenda.attendance.every((a) => a.reason === '')).toBe(true);
  });

  it('gives a valid Niederschrift from a template', () => {
    const doc = documentFromAgenda(
      agendaFromOparl(text('array.json'), 'a.json'),
      findTemplate('gemeinderat-sitzung')!,
      'a.json',
    );
    expect(doc.items).toHaveLength(5);
    expect(doc.items[1]).toMatchObject({
      id: 'top-2',
      number: '2',
      paperRef: '17/2026',
      treatment: 'Beschluss',
    });
    expect(doc.rules.signatories.find((s) => s.role === 'chair')!.personId).toBe('p-1');
    expect(doc.meeting.chairId).toBe('p-1');
  });

  it('skips dangling references with a warning that names what was left out', () => {
    const warnings = (objects: unknown) => {
      const agenda = agendaFromOparl(JSON.stringify(objects), 'sitzung.json');
      return { agenda, said: (agenda.warnings ?? []).map((w) => t('de', w.code, w.params)) };
    };
    const noConsultation = warnings(array().filter((o) => o.id !== `${B}/consultation/902`));
    expect(noConsultation.said).toEqual([
      `AgendaItem ${B}/agendaitem/4102: Consultation ${B}/consultation/902 steht nicht in der Datei und wurde übersprungen (consultation).`,
    ]);
    expect(noConsultation.agenda.items).toHaveLength(5);
    expect(noConsultation.agenda.items[1]!.paperRef).toBe('');
    const noPaper = warnings(array().filter((o) => o.id !== `${B}/paper/301`));
    expect(noPaper.said).toEqual([
      `Consultation ${B}/consultation/902: Paper ${B}/paper/301 steht nicht in der Datei und wurde übersprungen (paper).`,
    ]);
    const noPerson = warnings(array().filter((o) => o.id !== `${B}/person/109`));
    expect(noPerson.said).toContain(
      `Meeting ${B}/meeting/41: Person ${B}/person/109 steht nicht in der Datei und wurde übersprungen (participant).`,
    );
    const noParty = warnings(array().filter((o) => o.id !== `${B}/organization/12`));
    expect(noParty.said).toEqual(
      ['503', '504'].map(
        (m) =>
          `Membership ${B}/membership/${m}: Organization ${B}/organization/12 steht nicht in der Datei und wurde übersprungen (onBehalfOf).`,
      ),
    );
    // Nothing missing, nothing said.
    expect(warnings(array()).said).toEqual([]);
  });

  it('refuses a meeting none of whose agenda items is in the file', () => {
    const objects = array().filter((o) => o.type !== 'https://schema.oparl.org/1.1/AgendaItem');
    expect(refusal(objects)).toBe(`Die Sitzung ${B}/meeting/41 hat keine Tagesordnungspunkte.`);
  });

  it('names objects of the wrong type and fields of the wrong kind', () => {
    const wrong = array().map((o) =>
      o.id === `${B}/agendaitem/4103` ? { ...o, consultation: `${B}/paper/301` } : o,
    );
    expect(refusal(wrong)).toBe(
      `AgendaItem ${B}/agendaitem/4103: consultation verweist auf ${B}/paper/301, das ist aber ein Paper.`,
    );
    const badPublic = array().map((o) =>
      o.id === `${B}/agendaitem/4101` ? { ...o, public: 'ja' } : o,
    );
    expect(refusal(badPublic)).toBe(
      `AgendaItem ${B}/agendaitem/4101: das Feld „public“ ist ungültig (erwartet: true/false).`,
    );
    const badStart = array().map((o) =>
      o.type === 'https://schema.oparl.org/1.1/Meeting' ? { ...o, start: '18.03.2026 18:00' } : o,
    );
    expect(refusal(badStart)).toBe(
      `Meeting ${B}/meeting/41: das Feld „start“ ist ungültig (erwartet: date-time (ISO 8601)).`,
    );
  });

  it('refuses what is not one meeting', () => {
    expect(refusal('{"data": []}')).toMatch(/enthält keine OParl-Objekte/);
    expect(refusal('[1]')).toBe('Eintrag 1 ist kein OParl-Objekt.');
    expect(refusal([{ type: 'https://schema.oparl.org/1.1/Paper' }])).toBe(
      'Ein Paper (Eintrag 1) hat keine „id“.',
    );
    expect(refusal(array().filter((o) => !String(o.type).endsWith('/Meeting')))).toBe(
      'Die Datei „sitzung.json“ enthält keine Sitzung (Meeting).',
    );
    const two = [...array(), { ...array()[0]!, id: `${B}/meeting/42` }];
    expect(refusal(two)).toBe(
      `Die Datei „sitzung.json“ enthält 2 Sitzungen (${B}/meeting/41, ${B}/meeting/42); bitte eine Datei mit einer Sitzung importieren.`,
    );
    expect(refusal('{"data": [')).toMatch(/^Die Datei „sitzung.json“ ist kein gültiges JSON: /);
    const clash = [...array(), { id: `${B}/paper/301`, type: 'https://schema.oparl.org/1.1/File' }];
    expect(refusal(clash)).toBe(
      `Die id ${B}/paper/301 steht sowohl für ein Paper als auch für ein File.`,
    );
  });

  it('converts times given in UTC to the wall clock in Germany', () => {
    const utc = array().map((o) =>
      String(o.type).endsWith('/Meeting')
        ? { ...o, start: '2026-07-01T16:30:00Z', end: '2026-07-01T19:00:00.000Z' }
        : o,
    );
    expect(agendaFromOparl(JSON.stringify(utc), 'x.json').meeting).toMatchObject({
      date: '2026-07-01',
      start: '18:30',
      end: '21:00',
    });
  });
});

describe('imports throw nothing but UserError', () => {
  const onlyUserErrors = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
  };

  it('OParl: any JSON, and the fixture with any field replaced by any value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        onlyUserErrors(() => agendaFromOparl(JSON.stringify(value), 'x.json')),
      ),
      { numRuns: 300 },
    );
    const objects = array();
    fc.assert(
      fc.property(
        fc.nat(objects.length - 1),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.jsonValue({ maxDepth: 3 }),
        (index, key, value) => {
          const copy = structuredClone(objects);
          const target = copy[index]!;
          const keys = Object.keys(target);
          target[keys[key.length % keys.length]!] = value;
          onlyUserErrors(() => agendaFromOparl(JSON.stringify(copy), 'x.json'));
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => onlyUserErrors(() => agendaFromOparl(s, 'x.json'))),
      { numRuns: 200 },
    );
  });

  it('CSV: any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'Ä',
            ';',
            ',',
            '"',
            '\n',
            '\r',
            ' ',
            'x',
            '1',
            'TOP',
            'Betreff',
            'öffentlich',
          ),
        }),
        (s) => onlyUserErrors(() => agendaFromCsv(s, 'x.csv')),
      ),
      { numRuns: 500 },
    );
  });
});
