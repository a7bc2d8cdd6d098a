import { describe, expect, it } from 'vitest';
import { de, en } from './ui-editor';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('ui-editor messages', () => {
  it('are the editor’s keys and translate into English with the same placeholders', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(key.startsWith('editor.'), key).toBe(true);
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });
});
