import { describe, expect, it } from 'vitest';
import { de as followUpDe, en as followUpEn } from './follow-up';
import { de, en } from './lock';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('lock and follow-up messages', () => {
  it('translate every key into English with the same placeholders', () => {
    for (const [german, english] of [
      [de, en],
      [followUpDe, followUpEn],
    ] as [Record<string, string>, Record<string, string>][]) {
      for (const key of Object.keys(german)) {
        expect(english[key], key).toBeTruthy();
        expect(placeholders(english[key]!), key).toEqual(placeholders(german[key]!));
      }
      expect(Object.keys(english).sort()).toEqual(Object.keys(german).sort());
    }
  });
});
