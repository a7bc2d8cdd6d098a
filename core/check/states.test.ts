import { describe, expect, it } from 'vitest';
import { paragraph } from '../content/build';
import { validateDocument } from '../file/format';
import type { ProtocolDocument, SignatoryRole } from '../model/schema';
import { PROFILES, stateProfiles } from '../rules/profiles';
import type { StateCode } from '../rules/schema';
import { instantiateTemplate } from '../templates/instantiate';
import { listTemplates } from '../templates/registry';
import { defaultTemplateFor, templateState, templatesByState } from '../templates/states';
import { checkDocument } from './check';
import { decisionDue } from './item-kinds';
import { describeFinding } from './describe';
import { itemContent, testMeeting, vote } from './test-meeting';

/**
 * For every Flächenland: a complete Niederschrift made from the state's own template passes
 * the check without a finding, and one missing a required signatory or a required content
 * fails with the paragraph of that state's law named in the finding.
 */

const SIGNER: Record<SignatoryRole, string[]> = {
  chair: ['p-bm'],
  mayor: ['p-bm'],
  member: ['p-a', 'p-c'],
  clerk: ['p-clerk'],
  other: ['p-e'],
};

/** The roster, attendance and meeting of the test council, in the state's own template. */
function completeMinutes(state: StateCode, templateId?: string): ProtocolDocument {
  const template = templateId
    ? listTemplates().find((t) => t.id === templateId)!
    : defaultTemplateFor(state)!;
  const base = testMeeting();
  const doc = instantiateTemplate(template);
  doc.body = { ...doc.body, name: `${doc.body.name} Prüfhausen`, memberCount: 9 };
  doc.meeting = base.meeting;
  doc.people = base.people;
  doc.attendance = base.attendance;
  const used = new Map<SignatoryRole, number>();
  doc.rules.signatories = doc.rules.signatories.map((slot) => {
    const n = used.get(slot.role) ?? 0;
    used.set(slot.role, n + 1);
    return { ...slot, personId: SIGNER[slot.role][n] ?? '' };
  });
  doc.items = doc.items.map((item, index) => ({
    ...item,
    title: item.title || 'Neubau Feuerwehrhaus',
    content:
      index === 0
        ? itemContent([paragraph('Keine Wortmeldungen.')], [vote({ outcome: 'einstimmig' })])
        : itemContent([paragraph('Keine Wortmeldungen.')], [paragraph('Zur Kenntnis genommen.')]),
  }));
  return validateDocument(doc, state);
}

const lines = (doc: ProtocolDocument) =>
  checkDocument(doc).findings.map((f) => describeFinding(doc, f, 'de'));

/** The paragraph each state's law gives for its signatories and for the resolutions. */
const EXPECTED: Record<StateCode, { signatories: string; outcomes: string; verified: boolean }> = {
  BW: { signatories: '§ 38 GemO BW', outcomes: '§ 38 GemO BW', verified: true },
  BY: { signatories: 'Art. 54 GO Bayern', outcomes: 'Art. 54 Abs. 1 GO Bayern', verified: true },
  BB: { signatories: '§ 42 BbgKVerf', outcomes: '§ 42 BbgKVerf', verified: false },
  HE: { signatories: '§ 61 Abs. 2 HGO', outcomes: '§ 61 Abs. 1 HGO', verified: true },
  MV: { signatories: 'KV M-V', outcomes: 'KV M-V', verified: false },
  NI: { signatories: '§ 68 S. 4 NKomVG', outcomes: '§ 68 S. 2 NKomVG', verified: true },
  NW: { signatories: '§ 52 GO NRW', outcomes: '§ 52 GO NRW', verified: true },
  RP: { signatories: '§ 41 Abs. 1 GemO RP', outcomes: '§ 41 Abs. 1 GemO RP', verified: true },
  SL: { signatories: 'KSVG', outcomes: 'KSVG', verified: false },
  SN: {
    signatories: '§ 40 Abs. 2 SächsGemO',
    outcomes: '§ 40 Abs. 1 SächsGemO',
    verified: true,
  },
  ST: {
    signatories: '§ 58 Abs. 1 S. 4 KVG LSA',
    outcomes: '§ 58 Abs. 1 S. 2 Nr. 4 und 5 KVG LSA',
    verified: true,
  },
  SH: {
    signatories: '§ 41 Abs. 1 S. 3 GO SH',
    outcomes: '§ 41 Abs. 1 S. 2 Nr. 4 und 5 GO SH',
    verified: true,
  },
  TH: { signatories: '§ 42 Abs. 2 ThürKO', outcomes: '§ 42 Abs. 1 ThürKO', verified: true },
};

const states = stateProfiles().map((p) => p.data.state);

describe('rules profiles of the thirteen Flächenländer', () => {
  it('has one profile per Flächenland, each with a template of its own', () => {
    expect([...states].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const state of states) expect(defaultTemplateFor(state)?.form).toBe('meeting');
    expect(templatesByState().map((g) => g.state)).toEqual([...states]);
  });

  it('names a source for every rule; a verified one says where its wording was read', () => {
    for (const { data } of stateProfiles()) {
      const sources = [
        data.minutes,
        ...Object.values(data.requires).map((r) => r.source),
        data.signatories.source,
        ...data.signatories.required.map((r) => r.source),
        data.absence.source,
        data.bias.source,
        data.approval.source,
        ...(data.quorum ? [data.quorum.source] : []),
      ];
      for (const source of sources) {
        expect(source.cite, data.state).toMatch(/\S/);
        // A verified rule names the page it was read on, or says it was checked earlier.
        if (source.verified) expect(source.seenAt + source.note, source.cite).not.toBe('');
        // An unverified one that names no paragraph says why.
        if (!source.verified && !/§|Art\./.test(source.cite)) {
          expect(source.note, source.cite).not.toBe('');
        }
      }
    }
  });

  it("gives every template the signature slots its state's law asks for", () => {
    for (const template of listTemplates()) {
      const profile = PROFILES[template.rules.profile];
      for (const requirement of profile.signatories) {
        const slots = template.rules.signatories.filter((s) => requirement.roles.includes(s.role));
        expect(
          slots.length,
          `${template.id}: ${requirement.roles.join('/')}`,
        ).toBeGreaterThanOrEqual(requirement.count);
      }
      if (profile.signatoriesSetBy === 'geschaeftsordnung') {
        expect(template.rules.signatories.length, template.id).toBeGreaterThan(0);
      }
    }
  });
});

describe.each(states)('completeness check under the law of %s', (state) => {
  const expected = EXPECTED[state];
  const severity = expected.verified ? 'error' : 'warning';

  it('finds nothing in a complete Niederschrift from the state template', () => {
    expect(lines(completeMinutes(state))).toEqual([]);
  });

  it('names the paragraph when a required signatory is missing', () => {
    const doc = completeMinutes(state);
    doc.rules.signatories = doc.rules.signatories.map((s) =>
      s.role === 'clerk' || s.role === 'chair' ? { ...s, personId: '' } : s,
    );
    const { findings } = checkDocument(doc);
    expect(findings.length).toBeGreaterThan(0);
    const signatures = findings.filter((f) => f.field === 'signatories');
    expect(signatures.length).toBeGreaterThan(0);
    for (const finding of signatures) {
      expect(finding.params.law).toBe(expected.signatories);
      expect(describeFinding(doc, finding, 'de')).toContain(`${expected.signatories})`);
      expect(finding.severity).toBe(
        PROFILES[doc.rules.profile].signatoriesSetBy === 'geschaeftsordnung' ? 'error' : severity,
      );
    }
  });

  it('names the paragraph when a resolution is missing', () => {
    const doc = completeMinutes(state);
    // An item that decides (a Bekanntgabe needs no resolution: item-kinds.ts).
    const last = doc.items.findLastIndex((i) => decisionDue(doc, i));
    doc.items[last] = {
      ...doc.items[last]!,
      content: itemContent([paragraph('Aussprache.')], [paragraph('')]),
    };
    const [finding, ...rest] = checkDocument(doc).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      messageKey: 'check.outcomeMissing',
      itemId: doc.items[last]!.id,
      severity,
      params: { law: expected.outcomes },
    });
    expect(describeFinding(doc, finding!, 'de')).toContain(`(${expected.outcomes} verlangt`);
  });
});

describe('what differs between the states', () => {
  it('SH, ST, RP and TH want the place; BW, SN, HE and NI do not', () => {
    const without = (state: StateCode) => {
      const doc = completeMinutes(state);
      doc.meeting.place = '';
      doc.layout.header = doc.layout.header.map((f) =>
        f.key === 'meeting.place' ? { ...f, required: false } : f,
      );
      return lines(doc);
    };
    expect(without('SH')).toEqual([
      'Ort: Ort fehlt (§ 41 Abs. 1 S. 2 Nr. 1 GO SH verlangt die Angabe).',
    ]);
    expect(without('ST')).toEqual([
      'Ort: Ort fehlt (§ 58 Abs. 1 S. 2 Nr. 1 KVG LSA verlangt die Angabe).',
    ]);
    expect(without('RP')).toEqual(['Ort: Ort fehlt (§ 41 Abs. 1 GemO RP verlangt die Angabe).']);
    expect(without('TH')).toEqual(['Ort: Ort fehlt (§ 42 Abs. 1 ThürKO verlangt die Angabe).']);
    for (const state of ['BW', 'SN', 'HE', 'NI'] as const) expect(without(state)).toEqual([]);
  });

  it('asks for attendance in the words of each law', () => {
    const noAttendance = (state: StateCode) => {
      const doc = completeMinutes(state);
      doc.attendance = [];
      return lines(doc);
    };
    expect(noAttendance('SN')).toEqual([
      'Anwesenheit: Die Anwesenheit ist nicht erfasst; § 40 Abs. 1 SächsGemO verlangt die Zahl der anwesenden und die Namen der abwesenden Mitglieder mit dem Grund.',
    ]);
    expect(noAttendance('SH')).toEqual([
      'Anwesenheit: Die Anwesenheit ist nicht erfasst; § 41 Abs. 1 S. 2 Nr. 2 GO SH verlangt die Namen der Teilnehmer.',
    ]);
    expect(noAttendance('TH')).toEqual([
      'Anwesenheit: Die Anwesenheit ist nicht erfasst; § 42 Abs. 1 ThürKO verlangt die Namen der anwesenden und der abwesenden Mitglieder mit dem Grund.',
    ]);
    // Niedersachsen and NRW leave attendance to the Geschäftsordnung.
    expect(noAttendance('NI')).toEqual([]);
    expect(noAttendance('NW')).toEqual([]);
  });

  it('wants a reason for an absence in Thuringia and Saxony, not in Schleswig-Holstein', () => {
    const noReason = (state: StateCode) => {
      const doc = completeMinutes(state);
      doc.attendance = doc.attendance.map((a) => (a.personId === 'p-h' ? { ...a, reason: '' } : a));
      return lines(doc);
    };
    expect(noReason('TH')).toEqual([
      'Anwesenheit: Für GRin Haag ist kein Grund der Abwesenheit angegeben (§ 42 Abs. 1 ThürKO).',
    ]);
    expect(noReason('SN')).toEqual([
      'Anwesenheit: Für GRin Haag ist kein Grund der Abwesenheit angegeben (§ 40 Abs. 1 SächsGemO).',
    ]);
    expect(noReason('SH')).toEqual([]);
  });

  it('Saxony, like BW, wants two members who took part to sign; Hessen only chair and clerk', () => {
    const sn = completeMinutes('SN');
    sn.rules.signatories = sn.rules.signatories.filter((s) => s.role !== 'member');
    expect(lines(sn)).toEqual([
      'Unterzeichnung: Es ist nicht bestimmt, welche 2 Mitglieder, die an der Sitzung teilgenommen haben, unterzeichnen (§ 40 Abs. 2 SächsGemO).',
    ]);
    const he = completeMinutes('HE');
    he.rules.signatories = [
      ...he.rules.signatories,
      { role: 'member', label: 'Gemeindevertreter', personId: '' },
    ];
    expect(lines(he)).toEqual([]);
  });

  it('Niedersachsen: the Geschäftsordnung names the signatories, and each of its slots is checked', () => {
    const doc = completeMinutes('NI');
    expect(doc.rules.signatories.map((s) => s.label)).toEqual([
      'Ratsvorsitzende/r',
      'Bürgermeister/in',
      'Protokollführer/in',
    ]);
    doc.rules.signatories[1]!.personId = '';
    expect(lines(doc)).toEqual([
      'Unterzeichnung: Für „Bürgermeister/in“ ist nicht bestimmt, wer unterzeichnet (die Geschäftsordnung bestimmt die Unterzeichner, § 68 S. 4 NKomVG).',
    ]);
    // A body that signs with two only drops the slot, and is complete.
    doc.rules.signatories = doc.rules.signatories.filter((s) => s.role !== 'mayor');
    expect(lines(doc)).toEqual([]);
  });

  it('an unverified rule is a warning: Mecklenburg-Vorpommern and Saarland', () => {
    for (const state of ['MV', 'SL'] as const) {
      const doc = completeMinutes(state);
      doc.rules.signatories = doc.rules.signatories.filter((s) => s.role !== 'clerk');
      const { findings } = checkDocument(doc);
      expect(findings.map((f) => [f.messageKey, f.severity])).toEqual([
        ['check.signatoryMissing', 'warning'],
      ]);
    }
  });

  it('committee templates follow their state: SH, NI and ST', () => {
    for (const [state, id] of [
      ['SH', 'sh-ausschuss-sitzung'],
      ['NI', 'ni-ausschuss-sitzung'],
      ['ST', 'st-ausschuss-sitzung'],
    ] as const) {
      const doc = completeMinutes(state, id);
      expect(doc.body.kind).toBe('committee');
      expect(templateState(listTemplates().find((t) => t.id === id)!)?.code).toBe(state);
      expect(lines(doc)).toEqual([]);
    }
  });

  it("a new document starts with the state's standing items around one empty item", () => {
    const sh = instantiateTemplate(defaultTemplateFor('SH')!);
    expect(sh.items.map((i) => [i.number, i.title, i.treatment])).toEqual([
      ['1', 'Änderungsanträge zur Tagesordnung', 'Beschluss'],
      ['2', 'Einwohnerfragestunde', 'Fragestunde'],
      ['3', 'Änderungsanträge zur Sitzungsniederschrift der letzten Sitzung', 'Beschluss'],
      ['4', 'Bericht des Bürgermeisters', 'Bericht'],
      ['5', 'Berichte der Ausschussvorsitzenden', 'Bericht'],
      ['6', 'Anfragen der Gemeindevertreterinnen und Gemeindevertreter', 'Anfrage'],
      ['7', '', 'Beschluss'],
      ['8', 'Verschiedenes', 'Bericht'],
    ]);
    const ni = instantiateTemplate(defaultTemplateFor('NI')!);
    expect(ni.items[0]!.title).toBe('Genehmigung des Protokolls der letzten Sitzung');
    expect(new Set(ni.items.map((i) => i.id)).size).toBe(ni.items.length);
  });
});
