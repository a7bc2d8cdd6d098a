import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { parseProtokoll, validateDocument } from '../file/format';
import { instantiateTemplate } from '../templates/instantiate';
import { findTemplate } from '../templates/registry';
import {
  applyGremium,
  documentFromGremium,
  gremiumFromDocument,
  parseGremium,
  parseGremiumBytes,
  serializeGremium,
  templateOfGremium,
  type Gremium,
} from './gremium';

const example = (name: string) =>
  parseProtokoll(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'), name);

const last = example('kleinweiler-gemeinderat-2026-10-14.protokoll');

/** The message a clerk would read, in German and English. */
function messages(run: () => unknown): { de: string; en: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return { de: error.localized('de'), en: error.localized('en') };
    throw error;
  }
  throw new Error('no error');
}

describe('the body file (.gremium)', () => {
  it('round-trips the body of real minutes: name, rules, roster, chair, clerk, signatories', () => {
    const gremium = gremiumFromDocument(last);
    const text = serializeGremium(gremium);
    expect(JSON.parse(text)).toMatchObject({ format: 'protokollant/gremium', schemaVersion: 1 });
    const back = parseGremium(text, 'gr.gremium');
    expect(back).toEqual(gremium);
    expect(back.body.name).toBe('Gemeinderat der Gemeinde Kleinweiler');
    expect(back.profile).toBe('bw-gemo-38');
    expect(back.templateId).toBe('gemeinderat-sitzung');
    expect(back.people).toHaveLength(17);
    expect(back.chairId).toBe('p-keller');
    expect(back.signatories.map((s) => s.personId)).toEqual([
      'p-keller',
      'p-albrecht',
      'p-koch',
      'p-schmid',
    ]);
    // The byte reader takes a BOM as Excel-era editors write it.
    const bom = new TextEncoder().encode(`\ufeff${text}`);
    expect(parseGremiumBytes(bom, 'gr.gremium')).toEqual(gremium);
  });

  it('names what is wrong with a bad file, in German and English', () => {
    const good = JSON.parse(serializeGremium(gremiumFromDocument(last))) as {
      gremium: Gremium;
      schemaVersion: number;
    };
    expect(messages(() => parseGremium('', 'a.gremium')).de).toBe(
      'Die Datei „a.gremium“ ist leer.',
    );
    expect(messages(() => parseGremium('{"format": ', 'a.gremium')).de).toContain(
      'kein gültiges JSON',
    );
    expect(messages(() => parseGremium(JSON.stringify({ x: 1 }), 'a.gremium')).de).toContain(
      'keine Gremium-Datei',
    );
    expect(
      messages(() =>
        parseGremium(
          readFileSync(
            new URL('../../examples/kleinweiler-gemeinderat-2026-10-14.protokoll', import.meta.url),
            'utf8',
          ),
          'gr.protokoll',
        ),
      ).de,
    ).toContain('ist eine Niederschrift, keine Gremium-Datei');
    const newer = { ...good, schemaVersion: 7 };
    expect(messages(() => parseGremium(JSON.stringify(newer), 'a.gremium')).de).toContain(
      'Formatversion 7; diese Version von Protokollant liest bis Version 1',
    );
    const noName = structuredClone(good);
    delete (noName.gremium.people[2] as { familyName?: string }).familyName;
    const missing = messages(() => parseGremium(JSON.stringify(noName), 'a.gremium'));
    expect(missing.de).toBe(
      'Die Gremium-Datei „a.gremium“ ist fehlerhaft: Person 3 › familyName: Angabe fehlt.',
    );
    expect(missing.en).toContain('person 3 › familyName');
    const unknown = structuredClone(good);
    unknown.gremium.chairId = 'p-niemand';
    expect(messages(() => parseGremium(JSON.stringify(unknown), 'a.gremium')).de).toBe(
      'Die Gremium-Datei „a.gremium“ ist fehlerhaft: der Vorsitz nennt die Person „p-niemand“, die nicht in der Personenliste steht.',
    );
    const twice = structuredClone(good);
    twice.gremium.people.push({ ...twice.gremium.people[0]!, familyName: 'Anders' });
    expect(messages(() => parseGremium(JSON.stringify(twice), 'a.gremium')).de).toContain(
      'die Personen-ID „p-keller“ kommt zweimal vor',
    );
    const term = structuredClone(good);
    term.gremium.people[1]!.term = { from: '2024-07-01', until: '2019-06-30' };
    expect(messages(() => parseGremium(JSON.stringify(term), 'a.gremium')).de).toContain(
      'die Amtszeit von Thomas Albrecht endet (2019-06-30) vor ihrem Beginn (2024-07-01)',
    );
  });
});

describe('applyGremium', () => {
  const gremium = gremiumFromDocument(last);

  it('new minutes from the body: template agenda, body roster and signatories, a valid file', () => {
    const template = templateOfGremium(gremium)!;
    expect(template.id).toBe('gemeinderat-sitzung');
    const next = documentFromGremium(gremium, template, '2026-11-18');
    expect(() => validateDocument(next, 'next.protokoll')).not.toThrow();
    expect(next.body).toEqual(last.body);
    expect(next.people).toEqual(last.people);
    expect(next.meeting.chairId).toBe('p-keller');
    expect(next.meeting.clerkId).toBe('p-schmid');
    expect(next.meeting.date).toBe('2026-11-18');
    expect(next.rules.signatories).toEqual(last.rules.signatories);
    expect(next.attendance).toEqual([]);
  });

  it('takes only the people in office on the meeting date', () => {
    const withTerms = structuredClone(gremium);
    withTerms.people[1]!.term = { from: '2019-07-01', until: '2024-06-30' };
    withTerms.people[2]!.term = { from: '2026-12-01', until: '' };
    const template = findTemplate('gemeinderat-sitzung')!;
    const november = documentFromGremium(withTerms, template, '2026-11-18');
    expect(november.people.map((p) => p.familyName)).not.toContain('Albrecht');
    expect(november.people.map((p) => p.familyName)).not.toContain('Baumann');
    // Albrecht signed as a member in the body's defaults: the place stays, with nobody yet.
    expect(november.rules.signatories[1]!.personId).toBe('');
    const december = documentFromGremium(withTerms, template, '2026-12-09');
    expect(december.people.map((p) => p.familyName)).toContain('Baumann');
    // Without a date nobody is left out.
    expect(documentFromGremium(withTerms, template).people).toHaveLength(17);
  });

  it('into open minutes: matches by id, then by name, adds the new, removes nobody', () => {
    const open = instantiateTemplate(findTemplate('gemeinderat-sitzung')!);
    open.people = [
      // Typed by hand before the body existed: same name, another id, an older group.
      { ...last.people[1]!, id: 'p-hand-1', group: 'alt' },
      // A guest of this meeting only.
      {
        id: 'p-gast',
        kind: 'guest',
        formOfAddress: 'Herr',
        honorific: '',
        title: '',
        givenName: 'Max',
        familyName: 'Gast',
        group: '',
        unit: '',
        role: '',
        votingRight: false,
      },
    ];
    open.attendance = [
      {
        personId: 'p-hand-1',
        status: 'excused',
        reason: 'krank',
        arrivedAtItem: '',
        leftAfterItem: '',
      },
    ];
    const result = applyGremium(open, gremium);
    expect(result).toMatchObject({ added: 16, updated: 1, kept: 1 });
    const albrecht = result.document.people.find((p) => p.familyName === 'Albrecht')!;
    expect(albrecht.id).toBe('p-hand-1');
    expect(albrecht.group).toBe('CDU');
    expect(result.document.people.some((p) => p.id === 'p-gast')).toBe(true);
    // The attendance entry still names the same person.
    expect(result.document.attendance[0]!.personId).toBe('p-hand-1');
    // The default member signatory was Albrecht: it now names him by his id in these minutes.
    expect(result.document.rules.signatories[1]!.personId).toBe('p-hand-1');
    expect(result.document.body.name).toBe('Gemeinderat der Gemeinde Kleinweiler');
    expect(() => validateDocument(result.document, 'x')).not.toThrow();
    // Applying again changes nobody's id and adds nobody.
    const again = applyGremium(result.document, gremium);
    expect(again).toMatchObject({ added: 0, updated: 17, kept: 1 });
  });

  it('refuses signed or approved minutes', () => {
    const signed = example('stuttgart-va-2018-06-27-top12-signed.protokoll');
    expect(() => applyGremium(signed, gremium)).toThrow(UserError);
  });
});
