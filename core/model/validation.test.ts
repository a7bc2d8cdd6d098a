import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../scripts/examples/kleinweiler';
import { t } from '../i18n/catalog';
import { findTemplate } from '../templates/registry';
import { instantiateTemplate } from '../templates/instantiate';
import type { HeaderField, HeaderFieldKey } from './layout';
import type { ProtocolDocument } from './schema';
import {
  checkFieldInput,
  parseTimeInput,
  validateAttendance,
  validateDocumentHeaders,
  validateField,
  validateHeader,
} from './validation';

const stuttgart = () => instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);
const field = (doc: ProtocolDocument, key: HeaderFieldKey): HeaderField =>
  [...doc.layout.header, ...doc.layout.itemHeader].find((f) => f.key === key)!;

describe('parseTimeInput', () => {
  it('reads the ways clerks type a time', () => {
    expect(parseTimeInput('18:30')).toBe('18:30');
    expect(parseTimeInput('18.30')).toBe('18:30');
    expect(parseTimeInput('1830')).toBe('18:30');
    expect(parseTimeInput('9:05')).toBe('09:05');
    expect(parseTimeInput('18')).toBe('18:00');
    expect(parseTimeInput('18:30 Uhr')).toBe('18:30');
  });

  it('refuses what is no time of day', () => {
    for (const bad of ['24:00', '18:60', 'abends', '18:3', ''])
      expect(parseTimeInput(bad)).toBeNull();
  });
});

describe('checkFieldInput', () => {
  const doc = stuttgart();

  it('turns a German date into ISO, and says why a date is no date', () => {
    expect(checkFieldInput(field(doc, 'meeting.date'), '27.06.2018')).toEqual({
      ok: true,
      value: '2018-06-27',
      finding: null,
    });
    const bad = checkFieldInput(field(doc, 'meeting.date'), '31.06.2018');
    expect(bad).toMatchObject({
      ok: false,
      finding: {
        fieldKey: 'meeting.date',
        severity: 'error',
        messageKey: 'meeting.validation.date',
        params: { input: '31.06.2018' },
      },
    });
    expect(!bad.ok && t('de', bad.finding.messageKey, bad.finding.params)).toBe(
      '„31.06.2018“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 27.06.2018.',
    );
  });

  it('accepts a paper reference off the format with a warning that names the hint', () => {
    const item = doc.items[0]!;
    const result = checkFieldInput(field(doc, 'item.paperRef'), '288-2018', item);
    expect(result).toMatchObject({
      ok: true,
      value: '288-2018',
      finding: { severity: 'warning', itemId: item.id },
    });
    expect(
      result.ok && result.finding && t('de', result.finding.messageKey, result.finding.params),
    ).toBe('„288-2018“ entspricht nicht dem Format: Nummer/Jahr, z. B. 288/2018.');
    expect(checkFieldInput(field(doc, 'item.paperRef'), ' 288/2018 ', item)).toEqual({
      ok: true,
      value: '288/2018',
      finding: null,
    });
  });

  it('uses the default paper reference format when the template names none', () => {
    const paperRef: HeaderField = {
      key: 'item.paperRef',
      label: 'Drucksache',
      printLabel: '',
      type: 'paperRef',
      required: false,
      placement: 'row',
    };
    expect(checkFieldInput(paperRef, 'GRDrs 288')).toMatchObject({
      ok: true,
      finding: { messageKey: 'meeting.validation.paperRef' },
    });
  });

  it('checks the TOP and Niederschrift number formats of the template', () => {
    expect(checkFieldInput(field(doc, 'item.number'), '3.1')).toMatchObject({ finding: null });
    expect(checkFieldInput(field(doc, 'item.number'), 'zwölf')).toMatchObject({
      finding: { messageKey: 'meeting.validation.format', params: { hint: 'z. B. 12 oder 3.1' } },
    });
    expect(checkFieldInput(field(doc, 'item.minutesNumber'), '233')).toMatchObject({
      finding: null,
    });
  });

  it('reads times and keeps multiline text as typed', () => {
    const start: HeaderField = {
      key: 'meeting.start',
      label: 'Beginn',
      printLabel: '',
      type: 'time',
      required: true,
      placement: 'row',
    };
    expect(checkFieldInput(start, '18.30')).toMatchObject({ ok: true, value: '18:30' });
    expect(checkFieldInput(start, '7 Uhr abends')).toMatchObject({
      ok: false,
      finding: { messageKey: 'meeting.validation.time' },
    });
    expect(checkFieldInput(field(doc, 'item.title'), 'Zeile 1\nZeile 2 ')).toMatchObject({
      value: 'Zeile 1\nZeile 2 ',
    });
    expect(checkFieldInput(field(doc, 'meeting.date'), '   ')).toEqual({
      ok: true,
      value: '',
      finding: null,
    });
  });

  it('survives a broken pattern in a template', () => {
    const broken: HeaderField = { ...field(doc, 'item.number'), format: '([' };
    expect(checkFieldInput(broken, 'x')).toMatchObject({ ok: true, finding: null });
  });

  it('falls back to a generic message when a format has no hint', () => {
    const noHint: HeaderField = { ...field(doc, 'item.number'), formatHint: undefined };
    expect(checkFieldInput(noHint, 'x')).toMatchObject({
      finding: { messageKey: 'meeting.validation.formatNoHint' },
    });
  });
});

describe('validateField / validateHeader', () => {
  it('reports required fields of an empty Stuttgart header, with the label', () => {
    const doc = stuttgart();
    const findings = validateHeader(doc, doc.layout.header, doc.items[0]);
    expect(findings.map((f) => f.fieldKey)).toEqual([
      'item.minutesNumber',
      'meeting.date',
      'meeting.chair',
      'item.rapporteur',
      'meeting.clerk',
      'item.title',
    ]);
    expect(t('de', findings[0]!.messageKey, findings[0]!.params)).toBe(
      'Niederschrift Nr. ist ein Pflichtfeld.',
    );
    expect(t('en', findings[0]!.messageKey, findings[0]!.params)).toBe(
      'Niederschrift Nr. is required.',
    );
    expect(findings[0]!.itemId).toBe(doc.items[0]!.id);
    expect(findings[1]!.itemId).toBeUndefined();
  });

  it('finds nothing to complain about in the Kleinweiler meeting header', () => {
    const doc = buildKleinweilerExample();
    expect(validateHeader(doc, doc.layout.header)).toEqual([]);
  });

  it('reports an end not after the start at the end field', () => {
    const doc = buildKleinweilerExample();
    doc.meeting.end = '18:30';
    expect(validateHeader(doc, doc.layout.header)).toEqual([
      {
        fieldKey: 'meeting.end',
        severity: 'error',
        messageKey: 'meeting.validation.endBeforeStart',
        params: { label: 'Ende', start: '18:30', end: '18:30' },
      },
    ]);
  });

  it('reports a person that is gone, a stored format deviation, a stored bad time', () => {
    const doc = buildKleinweilerExample();
    doc.meeting.chairId = 'p-gone';
    doc.meeting.start = '7 Uhr';
    doc.meeting.minutesNumber = 'neun';
    const keys = validateHeader(doc, doc.layout.header).map((f) => [f.fieldKey, f.messageKey]);
    expect(keys).toEqual([
      ['meeting.minutesNumber', 'meeting.validation.format'],
      ['meeting.start', 'meeting.validation.time'],
      ['meeting.chair', 'meeting.validation.personMissing'],
    ]);
  });

  it('skips item fields when there is no item', () => {
    const doc = stuttgart();
    expect(validateField(doc, field(doc, 'item.title'))).toEqual([]);
  });
});

describe('validateDocumentHeaders', () => {
  it('checks meeting fields once and item fields per item', () => {
    const doc = stuttgart();
    doc.items.push({ ...doc.items[0]!, id: 'second' });
    const findings = validateDocumentHeaders(doc);
    expect(findings.filter((f) => f.fieldKey === 'meeting.date')).toHaveLength(1);
    expect(findings.filter((f) => f.fieldKey === 'item.title').map((f) => f.itemId)).toEqual([
      doc.items[0]!.id,
      'second',
    ]);
  });

  it('checks each item header of whole-meeting minutes', () => {
    const doc = buildKleinweilerExample();
    doc.items[2]!.paperRef = '41-2026';
    expect(validateDocumentHeaders(doc)).toMatchObject([
      { fieldKey: 'item.paperRef', itemId: 'top-3', severity: 'warning' },
    ]);
  });
});

describe('validateAttendance', () => {
  it('is clean for Kleinweiler and finds an arrival after a departure after a reorder', () => {
    const doc = buildKleinweilerExample();
    expect(validateAttendance(doc)).toEqual([]);
    doc.attendance = doc.attendance.map((a) =>
      a.personId === 'p-hahn' ? { ...a, arrivedAtItem: 'top-4' } : a,
    );
    expect(validateAttendance(doc)).toEqual([]);
    // TOP 5 (Hahn leaves after it) moves before TOP 4 (he arrives at it).
    const [a, b] = [doc.items[3]!, doc.items[4]!];
    doc.items[3] = b;
    doc.items[4] = a;
    expect(validateAttendance(doc)).toEqual([
      {
        personId: 'p-hahn',
        messageKey: 'meeting.attendance.arrivalAfterDeparture',
        params: { arrived: '4', left: '5' },
      },
    ]);
  });

  it('finds records of unknown people and items', () => {
    const doc = buildKleinweilerExample();
    doc.attendance.push({
      personId: 'p-gone',
      status: 'present',
      reason: '',
      arrivedAtItem: '',
      leftAfterItem: '',
    });
    doc.attendance = doc.attendance.map((a) =>
      a.personId === 'p-jung' ? { ...a, arrivedAtItem: 'top-99' } : a,
    );
    expect(validateAttendance(doc).map((f) => [f.personId, f.messageKey])).toEqual([
      ['p-jung', 'meeting.ops.unknownItem'],
      ['p-gone', 'meeting.people.unknown'],
    ]);
  });
});
