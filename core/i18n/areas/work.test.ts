import { describe, expect, it } from 'vitest';
import { de, en } from './work';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('work messages', () => {
  it('translate every key into English with the same placeholders', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(key.startsWith('work.'), key).toBe(true);
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });
});
