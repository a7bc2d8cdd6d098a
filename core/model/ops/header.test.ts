import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { printedFieldValue } from '../fields';
import type { HeaderFieldKey } from '../layout';
import { findTemplate } from '../../templates/registry';
import { instantiateTemplate } from '../../templates/instantiate';
import type { ProtocolDocument } from '../schema';
import { headerFieldValue, isIsoDate, setHeaderField } from './header';
import { addPerson, emptyPerson } from './people';

const stuttgart = () => instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);

function set(doc: ProtocolDocument, key: HeaderFieldKey, value: string, itemId?: string) {
  const result = setHeaderField(doc, key, value, itemId);
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2018-06-27')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('27.06.2018')).toBe(false);
  });
});

describe('setHeaderField', () => {
  it('fills the Stuttgart header from an empty document', () => {
    let doc = stuttgart();
    const item = doc.items[0]!.id;
    const mayer = addPerson(doc, {
      ...emptyPerson('staff'),
      honorific: 'BM',
      title: 'Dr.',
      familyName: 'Mayer',
    });
    if (!mayer.ok) throw new Error();
    const haebe = addPerson(mayer.document, {
      ...emptyPerson('staff'),
      formOfAddress: 'Herr',
      familyName: 'Häbe',
    });
    if (!haebe.ok) throw new Error();
    doc = haebe.document;
    doc = set(doc, 'item.minutesNumber', '233', item);
    doc = set(doc, 'item.number', '12', item);
    doc = set(doc, 'item.paperRef', '288/2018', item);
    doc = set(doc, 'item.fileRef', 'AKR 0410-00', item);
    doc = set(doc, 'meeting.date', '2018-06-27');
    doc = set(doc, 'item.sessionKind', 'public', item);
    doc = set(doc, 'meeting.chair', mayer.person.id);
    doc = set(doc, 'item.rapporteur', '-', item);
    doc = set(doc, 'meeting.clerk', haebe.person.id);
    doc = set(doc, 'item.title', 'Maßnahmenpaket', item);
    const printed = (key: HeaderFieldKey) => printedFieldValue(doc, doc.items[0], key);
    expect(
      (
        [
          'item.minutesNumber',
          'item.number',
          'item.treatment',
          'item.paperRef',
          'item.fileRef',
          'meeting.date',
          'item.sessionKind',
          'meeting.chair',
          'item.rapporteur',
          'meeting.clerk',
          'item.title',
        ] as const
      ).map(printed),
    ).toEqual([
      '233',
      '12',
      'Verhandlung',
      '288/2018',
      'AKR 0410-00',
      '27.06.2018',
      'öffentlich',
      'BM Dr. Mayer',
      '-',
      'Herr Häbe',
      'Maßnahmenpaket',
    ]);
    // Chair and clerk also fill their signature slots.
    expect(doc.rules.signatories.map((s) => s.personId)).toEqual([
      mayer.person.id,
      '',
      '',
      haebe.person.id,
    ]);
  });

  it('reads back what it wrote, in model terms', () => {
    const doc = set(stuttgart(), 'meeting.date', '2018-06-27');
    expect(headerFieldValue(doc, 'meeting.date')).toBe('2018-06-27');
    const item = doc.items[0]!;
    expect(headerFieldValue(doc, 'item.sessionKind', item)).toBe('public');
    expect(
      headerFieldValue(
        set(doc, 'item.sessionKind', 'nonpublic', item.id),
        'item.sessionKind',
        item,
      ),
    ).toBe('public');
    expect(headerFieldValue(doc, 'item.title')).toBe('');
  });

  it('sets meeting fields of a whole-meeting document', () => {
    let doc = buildKleinweilerExample();
    doc = set(doc, 'meeting.start', '19:00');
    doc = set(doc, 'meeting.end', '');
    doc = set(doc, 'meeting.place', 'Bürgerhaus');
    doc = set(doc, 'meeting.minutesNumber', '10/2026');
    doc = set(doc, 'body.name', 'Gemeinderat Kleinweiler');
    expect(doc.meeting).toMatchObject({
      start: '19:00',
      end: '',
      place: 'Bürgerhaus',
      minutesNumber: '10/2026',
    });
    expect(doc.body.name).toBe('Gemeinderat Kleinweiler');
  });

  it('moves a whole-meeting item into the other part with its session kind', () => {
    const doc = set(buildKleinweilerExample(), 'item.sessionKind', 'nonpublic', 'top-2');
    expect(doc.items.map((i) => i.id).slice(4, 7)).toEqual(['top-6', 'top-2', 'top-7']);
  });

  it('refuses what the model cannot hold', () => {
    const doc = stuttgart();
    const item = doc.items[0]!.id;
    expect(setHeaderField(doc, 'meeting.date', '27.06.2018')).toMatchObject({
      ok: false,
      reason: 'meeting.validation.date',
    });
    expect(setHeaderField(doc, 'meeting.date', '2018-02-30')).toMatchObject({ ok: false });
    expect(setHeaderField(doc, 'meeting.start', '25:00')).toMatchObject({
      ok: false,
      reason: 'meeting.validation.time',
    });
    expect(setHeaderField(doc, 'meeting.chair', 'p-nobody')).toMatchObject({
      ok: false,
      reason: 'meeting.validation.personMissing',
    });
    expect(setHeaderField(doc, 'item.title', 'x')).toMatchObject({
      ok: false,
      reason: 'meeting.ops.unknownItem',
    });
    expect(setHeaderField(doc, 'item.sessionKind', 'öffentlich', item)).toMatchObject({
      ok: false,
      reason: 'meeting.validation.sessionKind',
    });
    expect(setHeaderField(doc, 'item.number', '', item)).toMatchObject({
      ok: false,
      reason: 'meeting.ops.emptyNumber',
    });
  });

  it('keeps a format deviation (validation warns about it)', () => {
    const doc = stuttgart();
    const next = set(doc, 'item.paperRef', '288-2018', doc.items[0]!.id);
    expect(headerFieldValue(next, 'item.paperRef', next.items[0])).toBe('288-2018');
  });

  it('leaves a signatory chosen on purpose when the chair changes', () => {
    let doc = buildKleinweilerExample();
    doc = {
      ...doc,
      rules: {
        ...doc.rules,
        signatories: doc.rules.signatories.map((s) =>
          s.role === 'chair' ? { ...s, personId: 'p-albrecht' } : s,
        ),
      },
    };
    doc = set(doc, 'meeting.chair', 'p-conrad');
    expect(doc.meeting.chairId).toBe('p-conrad');
    expect(doc.rules.signatories[0]!.personId).toBe('p-albrecht');
    // …but a slot that held the previous chair follows.
    const followed = set(buildKleinweilerExample(), 'meeting.chair', 'p-conrad');
    expect(followed.rules.signatories[0]!.personId).toBe('p-conrad');
    expect(set(followed, 'meeting.chair', '').rules.signatories[0]!.personId).toBe('');
  });

  it('returns the same document when a person field does not change', () => {
    const doc = buildKleinweilerExample();
    const result = setHeaderField(doc, 'meeting.chair', 'p-keller');
    expect(result.ok && result.document).toBe(doc);
  });
});
