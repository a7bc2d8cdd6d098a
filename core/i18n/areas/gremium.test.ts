import { describe, expect, it } from 'vitest';
import { de, en } from './gremium';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('body file and archive view messages', () => {
  it('translate every key into English with the same placeholders', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });
});
