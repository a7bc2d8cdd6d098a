import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../host/import/decode-bytes';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { addPerson, emptyPerson } from '../model/ops/people';
import { findTemplate } from '../templates/registry';
import { instantiateTemplate } from '../templates/instantiate';
import { rosterFromCsv, rosterToCsv } from './csv';
import { applyRosterImport, planRosterImport, readRoster } from './import';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/roster/${name}`, import.meta.url)));
const blank = () => instantiateTemplate(findTemplate('gemeinderat-sitzung')!);

describe('roster from a CSV as Excel writes it', () => {
  it('reads Windows-1252 with semicolons, quotes and umlauts', () => {
    const entries = readRoster(fixture('gemeinderat-excel-1252.csv'), 'gr.csv', decodeBytes);
    expect(entries).toHaveLength(18);
    expect(entries[0]).toMatchObject({
      fields: { formOfAddress: 'Herr', givenName: 'Thomas', familyName: 'Keller', kind: 'member' },
      chair: true,
      source: 'Zeile 2',
    });
    expect(entries[6]!.fields).toMatchObject({
      title: 'Prof. Dr.',
      familyName: 'Fuchs',
      group: 'Freie Wähler',
      votingRight: true,
    });
    expect(entries[13]!.fields.familyName).toBe('Maier; geb. Müller');
    expect(entries[15]!.fields.familyName).toBe('Öztürk');
    expect(entries.filter((e) => e.chair)).toHaveLength(1);
  });

  it('says which line and column is wrong', () => {
    const bad = (text: string) => {
      try {
        rosterFromCsv(text, 'x.csv');
        return null;
      } catch (error) {
        return error instanceof UserError ? error.localized('de') : String(error);
      }
    };
    expect(bad('Vorname;Fraktion\nMax;SPD\n')).toMatch(/Spalte „Name“ fehlt/);
    expect(bad('Name;stimmberechtigt\nKeller;vielleicht\n')).toBe(
      'Zeile 2: „vielleicht“ in Spalte „stimmberechtigt“ ist keine Angabe zum Stimmrecht (erwartet: ja/nein, x, 1/0).',
    );
    expect(bad('Name;Art\nKeller;Chef\n')).toMatch(
      /^Zeile 2: „Chef“ in Spalte „Art“ ist keine Art/,
    );
    expect(bad('Name;Vorname\n;Max\n')).toMatch(/^Zeile 2: Spalte „Name“ ist leer/);
  });

  it('export and import give the same people back', () => {
    const doc = applyRosterImport(
      blank(),
      planRosterImport(
        blank(),
        readRoster(fixture('gemeinderat-excel-1252.csv'), 'gr.csv', decodeBytes),
      ),
      { merge: false },
    ).document;
    const csv = rosterToCsv(doc.people);
    expect(csv.split('\r\n')[0]).toBe(
      'Anrede;Titel;Amtsbezeichnung;Vorname;Name;Fraktion;Dienststelle;Funktion;Art;stimmberechtigt;OParl-ID',
    );
    expect(csv).toContain('"Maier; geb. Müller"');
    const again = rosterFromCsv(csv, 'back.csv').map((e) => e.fields);
    const { id: _unused, ...first } = doc.people[0]!;
    expect(again[0]).toEqual(first);
    expect(again.map((f) => f.familyName)).toEqual(doc.people.map((p) => p.familyName));
  });

  it('keeps a formula out of Excel', () => {
    const doc = addPerson(blank(), { ...emptyPerson('guest'), familyName: '=HYPERLINK("x")' });
    expect(doc.ok && rosterToCsv(doc.document.people)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('roster from OParl', () => {
  it('members of the body with their faction; past memberships and others as guests', () => {
    const entries = readRoster(
      fixture('gemeinderat-oparl.json'),
      'gr.json',
      decodeBytes,
      '2026-10-14',
    );
    const byName = new Map(entries.map((e) => [e.fields.familyName, e]));
    expect(byName.get('Keller')).toMatchObject({
      chair: true,
      fields: { kind: 'member', honorific: 'BM', votingRight: true },
    });
    expect(byName.get('Albrecht')!.fields).toMatchObject({
      kind: 'member',
      group: 'CDU',
      title: 'Dr.',
      honorific: 'GRin',
      votingRight: true,
    });
    // A membership listed apart from its person, referenced by id.
    expect(byName.get('Dietz')!.fields).toMatchObject({ kind: 'member', group: 'SPD' });
    // Left the council at the end of 2025.
    expect(byName.get('Altmann')!.fields.kind).toBe('guest');
    expect(byName.get('Schmid')!.fields.kind).toBe('guest');
    expect(byName.get('Albrecht')!.oparlId).toBe(
      'https://ris.beispielstadt.de/oparl/v1.1/person/101',
    );
  });
});

describe('duplicates are reported and merged on request, never added twice', () => {
  const base = () =>
    applyRosterImport(
      blank(),
      planRosterImport(
        blank(),
        readRoster(fixture('gemeinderat-excel-1252.csv'), 'gr.csv', decodeBytes),
      ),
      { merge: false },
    ).document;

  it('the first import sets the chair; a second import of the same file adds nobody', () => {
    const doc = base();
    expect(doc.people).toHaveLength(18);
    expect(doc.people.find((p) => p.id === doc.meeting.chairId)?.familyName).toBe('Keller');
    const plan = planRosterImport(
      doc,
      readRoster(fixture('gemeinderat-excel-1252.csv'), 'gr.csv', decodeBytes),
    );
    expect(plan.added).toEqual([]);
    expect(plan.duplicates).toHaveLength(18);
    const again = applyRosterImport(doc, plan, { merge: true });
    expect(again.document.people).toHaveLength(18);
    expect(again).toMatchObject({ added: 0, merged: 18, skipped: 0 });
  });

  it('an update: new people added, changes named and merged only when asked', () => {
    const doc = base();
    const plan = planRosterImport(
      doc,
      readRoster(fixture('nachtrag-utf8.csv'), 'n.csv', decodeBytes),
    );
    expect(plan.added.map((e) => e.fields.familyName)).toEqual(['Schmid']);
    expect(plan.added[0]!.fields).toMatchObject({
      kind: 'staff',
      unit: 'Hauptamt',
      votingRight: false,
    });
    expect(
      plan.duplicates.map((d) => [
        d.entry.fields.familyName,
        d.reason,
        d.existing?.familyName ?? null,
        d.changes,
      ]),
    ).toEqual([
      ['Baumann', 'name', 'Baumann', ['group']],
      ['Albrecht', 'name', 'Albrecht', []],
      ['Schmid', 'name', null, []],
    ]);
    const skipped = applyRosterImport(doc, plan, { merge: false });
    expect(skipped).toMatchObject({ added: 1, merged: 0, skipped: 3 });
    expect(skipped.document.people.find((p) => p.familyName === 'Baumann')!.group).toBe('CDU');
    const merged = applyRosterImport(doc, plan, { merge: true });
    expect(merged).toMatchObject({ added: 1, merged: 2, skipped: 1 });
    const baumann = merged.document.people.find((p) => p.familyName === 'Baumann')!;
    expect(baumann.group).toBe('CDU/FWV');
    // Same person, same id: attendance and mentions still point to him.
    expect(baumann.id).toBe(doc.people.find((p) => p.familyName === 'Baumann')!.id);
    // An empty cell never erases: the Anrede of the first list stays.
    expect(baumann.formOfAddress).toBe('Herr');
    expect(merged.document.people.filter((p) => p.familyName === 'Schmid')).toHaveLength(1);
  });

  it('the same OParl id is the same person, whatever the name says now', () => {
    const doc = applyRosterImport(
      blank(),
      planRosterImport(
        blank(),
        readRoster(fixture('gemeinderat-oparl.json'), 'gr.json', decodeBytes),
      ),
      { merge: false },
    ).document;
    const renamed = readRoster(fixture('gemeinderat-oparl.json'), 'gr.json', decodeBytes).map(
      (e) =>
        e.fields.familyName === 'Conrad'
          ? { ...e, fields: { ...e.fields, familyName: 'Conrad-Weiß' } }
          : e,
    );
    const plan = planRosterImport(doc, renamed);
    expect(plan.added).toEqual([]);
    const conrad = plan.duplicates.find((d) => d.entry.fields.familyName === 'Conrad-Weiß')!;
    expect(conrad).toMatchObject({ reason: 'oparlId', changes: ['familyName'] });
  });

  it('the person dialog refuses a second person of the same name', () => {
    const doc = base();
    const result = addPerson(doc, {
      ...emptyPerson('member'),
      givenName: ' thomas ',
      familyName: 'KELLER',
    });
    expect(result).toMatchObject({
      ok: false,
      reason: 'meeting.people.sameName',
      params: { name: 'Thomas Keller' },
    });
  });
});
