import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { findTemplate } from '../../templates/registry';
import { instantiateTemplate } from '../../templates/instantiate';
import type { ProtocolDocument } from '../schema';
import { suggestItemNumber, suggestMinutesNumber } from './numbering';

const withNumbers = (doc: ProtocolDocument, numbers: [string, boolean][]): ProtocolDocument => ({
  ...doc,
  items: numbers.map(([number, isPublic], i) => ({
    ...doc.items[0]!,
    id: `t${i}`,
    number,
    public: isPublic,
  })),
});

describe('suggestItemNumber', () => {
  const kleinweiler = buildKleinweilerExample();

  it('continues each part of a whole-meeting document', () => {
    expect(suggestItemNumber(kleinweiler, true)).toBe('7');
    expect(suggestItemNumber(kleinweiler, false)).toBe('9');
  });

  it('keeps the style of the numbers: prefixes, sub-numbers', () => {
    const doc = withNumbers(kleinweiler, [
      ['Ö 1', true],
      ['Ö 2', true],
      ['N 1', false],
    ]);
    expect(suggestItemNumber(doc, true)).toBe('Ö 3');
    expect(suggestItemNumber(doc, false)).toBe('N 2');
    expect(suggestItemNumber(withNumbers(kleinweiler, [['3.1', true]]), true)).toBe('4');
  });

  it('starts the non-public part after the public one, or at "N 1" when parts are marked', () => {
    expect(
      suggestItemNumber(
        withNumbers(kleinweiler, [
          ['1', true],
          ['2', true],
        ]),
        false,
      ),
    ).toBe('3');
    expect(
      suggestItemNumber(
        withNumbers(kleinweiler, [
          ['Ö 1', true],
          ['Ö 2', true],
        ]),
        false,
      ),
    ).toBe('N 1');
    expect(suggestItemNumber(withNumbers(kleinweiler, []), false)).toBe('1');
    expect(suggestItemNumber(withNumbers(kleinweiler, [['5', false]]), true)).toBe('1');
  });

  it('continues the whole list of a per-item document', () => {
    const doc = instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);
    doc.items[0]!.number = '12';
    expect(suggestItemNumber(doc, true)).toBe('13');
    expect(suggestItemNumber(doc, false)).toBe('13');
  });
});

describe('suggestMinutesNumber', () => {
  it('is one after the highest plain number, or empty', () => {
    const doc = instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);
    expect(suggestMinutesNumber(doc)).toBe('');
    doc.items[0]!.minutesNumber = '233';
    expect(suggestMinutesNumber(doc)).toBe('234');
  });
});
