import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import { findTemplate } from '../../../core/templates/registry';
import { instantiateTemplate } from '../../../core/templates/instantiate';
import { fieldLabel, formFields } from './formFields';

describe('formFields', () => {
  const stuttgart = instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);
  const kleinweiler = buildKleinweilerExample();

  it('shows the whole Stuttgart header as the item header, in the template order', () => {
    expect(formFields(stuttgart, 'item').map((f) => f.label)).toEqual([
      'Gremium',
      'Niederschrift Nr.',
      'TOP',
      'Behandlung',
      'Drucksache',
      'GZ',
      'Sitzungstermin',
      'Sitzungsart',
      'Vorsitz',
      'Berichterstattung',
      'Protokollführung',
      'Betreff',
    ]);
    expect(formFields(stuttgart, 'meeting').map((f) => f.key)).toEqual([
      'body.name',
      'meeting.date',
      'meeting.chair',
      'meeting.clerk',
    ]);
  });

  it('leads the short item header of whole-meeting minutes with number, subject and session kind', () => {
    expect(formFields(kleinweiler, 'item').map((f) => f.key)).toEqual([
      'item.number',
      'item.title',
      'item.sessionKind',
      'item.paperRef',
      'item.rapporteur',
    ]);
    expect(formFields(kleinweiler, 'meeting')).toBe(kleinweiler.layout.header);
  });

  it('labels in German as the template does, in English from the catalog', () => {
    const date = stuttgart.layout.header.find((f) => f.key === 'meeting.date')!;
    expect(fieldLabel(date, 'de')).toBe('Sitzungstermin');
    expect(fieldLabel(date, 'en')).toBe('Date');
  });
});
