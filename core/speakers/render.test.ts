import { describe, expect, it } from 'vitest';
import { councillor, testMeeting } from '../../test/support/test-meeting';
import { speakerText, UNKNOWN_PERSON, unknownSpeakerIds } from './render';

describe('speaker mentions in the house style', () => {
  it('names a person with group on the first mention of an item and without later', () => {
    const doc = testMeeting();
    const mentioned = new Set<string>();
    expect(speakerText(doc, ['p-a'], mentioned)).toBe('GR Arnold (CDU)');
    expect(speakerText(doc, ['p-a'], mentioned)).toBe('GR Arnold');
    // A new item starts a new set: the group is given again.
    expect(speakerText(doc, ['p-a'], new Set())).toBe('GR Arnold (CDU)');
  });

  it('names several people together with one plural title', () => {
    const doc = testMeeting();
    const mentioned = new Set(['p-d']);
    expect(speakerText(doc, ['p-c', 'p-d', 'p-e'], mentioned)).toBe(
      'Die GRe Claus (SPD), Dreher und Eck (GRÜNE)',
    );
    expect([...mentioned].sort()).toEqual(['p-c', 'p-d', 'p-e']);
  });

  it('takes the words from the roster, so a corrected roster changes every mention', () => {
    const doc = testMeeting();
    doc.people = doc.people.map((p) => (p.id === 'p-a' ? { ...p, title: 'Dr.', group: 'FDP' } : p));
    expect(speakerText(doc, ['p-a'], new Set())).toBe('GR Dr. Arnold (FDP)');
  });

  it('shows a missing person visibly instead of dropping the name', () => {
    const doc = testMeeting();
    expect(speakerText(doc, ['p-gone'], new Set())).toBe(UNKNOWN_PERSON);
    expect(speakerText(doc, ['p-a', 'p-gone'], new Set())).toBe(
      `GR Arnold (CDU) und ${UNKNOWN_PERSON}`,
    );
    expect(unknownSpeakerIds(doc, ['p-a', 'p-gone'])).toEqual(['p-gone']);
  });

  it('names staff with their unit', () => {
    const doc = testMeeting();
    doc.people.push({
      ...councillor('p-s', 'Reichert', ''),
      kind: 'staff',
      honorific: '',
      unit: 'HauptPersA',
      votingRight: false,
    });
    const mentioned = new Set<string>();
    expect(speakerText(doc, ['p-s'], mentioned)).toBe('Herr Reichert (HauptPersA)');
    expect(speakerText(doc, ['p-s'], mentioned)).toBe('Herr Reichert');
  });
});

describe('the article before a shared plural title', () => {
  it('is "Die" at the start of a sentence and as the sentence needs it elsewhere', () => {
    const doc = testMeeting();
    const ids = ['p-c', 'p-e'];
    expect(speakerText(doc, ids, new Set())).toBe('Die GRe Claus (SPD) und Eck (GRÜNE)');
    expect(speakerText(doc, ids, new Set(), 'der')).toBe('der GRe Claus (SPD) und Eck (GRÜNE)');
    expect(speakerText(doc, ids, new Set(), '')).toBe('GRe Claus (SPD) und Eck (GRÜNE)');
    // Without a shared title nobody gets an article.
    expect(speakerText(doc, ['p-c', 'p-bm'], new Set(), 'der')).toBe(
      'GR Claus (SPD) und BM Sommer',
    );
  });
});
