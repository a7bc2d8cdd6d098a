import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryForNspell } from './hunspell';
import { correctWord, wordsOf } from './words';

const read = (pkg: string, file: string) =>
  readFileSync(new URL(`../../node_modules/${pkg}/${file}`, import.meta.url));

describe('words of a text', () => {
  it('finds prose words with offsets; skips references, abbreviations and numbers', () => {
    const text =
      'StRin Deparnay-Grunenberg (90/GRÜNE) begrüßt die GRDrs 288/2018 nach § 38 GemO BW.';
    expect(wordsOf(text).map((w) => w.word)).toEqual([
      'Deparnay-Grunenberg',
      'begrüßt',
      'die',
      'nach',
    ]);
    const at = wordsOf('Der Rat tagt.');
    expect(at).toEqual([
      { word: 'Der', index: 0 },
      { word: 'Rat', index: 4 },
      { word: 'tagt', index: 8 },
    ]);
  });
});

describe('the German dictionary for nspell', () => {
  it('keeps the free entry of a word listed also as compound part, and words listed once', () => {
    const dic = ['4', 'nehmen/DIV', 'nehmen/Sozm', 'Arbeits/o', 'Rat/S'].join('\n');
    expect(dictionaryForNspell(dic).split('\n')).toEqual(['3', 'nehmen/DIV', 'Arbeits/o', 'Rat/S']);
  });
});

describe('German compounds with the real dictionary (dictionary-de, nspell)', () => {
  let known: (word: string) => boolean;
  beforeAll(() => {
    const de = nspell(
      read('dictionary-de', 'index.aff'),
      dictionaryForNspell(read('dictionary-de', 'index.dic').toString('utf8')),
    );
    known = (word) => de.correct(word);
  }, 60_000);

  it('takes the council words the dictionary lacks as compounds of known words', () => {
    for (const word of [
      'Gemeinderat',
      'Bebauungsplan',
      'Verwaltungsausschuss',
      'Sitzungssaal',
      'Beschlussantrag',
      'Landeshauptstadt',
      'Drucksache',
      'Haushaltsplan',
      'Dachdeckerarbeiten',
      // Listed twice in the dictionary (also as compound parts): words of their own as well.
      'nehmen',
      'sprechen',
      'stimmen',
      'begrüßen',
    ])
      expect(correctWord(word, known), word).toBe(true);
  });

  it('still finds misspellings', () => {
    for (const word of ['Gemiende', 'Sizung', 'Beschlus', 'Tagesordnugn', 'einstimig'])
      expect(correctWord(word, known), word).toBe(false);
  });
});
