import { describe, expect, it } from 'vitest';
import { scanJson } from './json-scan';

describe('scanJson', () => {
  it('finds a key given twice in one object, and names where', () => {
    expect(scanJson('{"a":{"b":1,"c":2,"b":3}}')).toEqual({
      kind: 'duplicateKey',
      key: 'b',
      path: 'a',
    });
  });

  it('names the top level as /', () => {
    expect(scanJson('{"a":1,"a":2}')).toEqual({ kind: 'duplicateKey', key: 'a', path: '/' });
  });

  it('shortens a hostile key and path to what a message can show', () => {
    const long = 'k'.repeat(10_000);
    const problem = scanJson(`{"${long}":{"${long}":{"a":1,"a":2}}}`);
    expect(problem).toMatchObject({ kind: 'duplicateKey', key: 'a' });
    expect((problem as { path: string }).path).toHaveLength(80);
  });

  it('keeps the keys of sibling objects apart', () => {
    expect(scanJson('[{"a":1},{"a":2}]')).toBeNull();
    expect(scanJson('{"x":{"a":1},"y":{"a":2}}')).toBeNull();
  });

  it('reads escaped quotes and backslashes inside strings as text', () => {
    // A value with \" and an even run of backslashes before its closing quote.
    expect(scanJson(String.raw`{"a":"say \"b\":1, {","b":"c:\\","c":"\\\"{"}`)).toBeNull();
    // The same key spelled with an escape is the same key.
    expect(scanJson(String.raw`{"ab":1,"\u0061b":2}`)).toMatchObject({ key: 'ab' });
    // Braces and commas inside strings do not open objects or start keys.
    expect(scanJson('{"a":"{\\"a\\":1}","b":"},{"}')).toBeNull();
  });

  it('refuses nesting deeper than the limit', () => {
    expect(scanJson('['.repeat(5) + ']'.repeat(5), 4)).toEqual({ kind: 'tooDeep', depth: 5 });
    expect(scanJson('['.repeat(4) + ']'.repeat(4), 4)).toBeNull();
  });

  it('leaves malformed text to JSON.parse', () => {
    expect(scanJson('{"a":"never closed')).toBeNull();
    expect(scanJson('{"a\\u12":1}')).toBeNull();
  });

  it('agrees with JSON.parse on a large pretty-printed document', () => {
    const doc = {
      items: Array.from({ length: 200 }, (_, i) => ({
        id: `i${i}`,
        text: `Absatz „${i}“ mit \\ und "Zitat" und {Klammern}`,
        list: [1, 2, { k: 'v' }],
      })),
    };
    const text = JSON.stringify(doc, null, 1);
    expect(scanJson(text)).toBeNull();
    const broken = text.replace('"list"', '"text"');
    expect(scanJson(broken)).toMatchObject({ kind: 'duplicateKey', key: 'text', path: 'items.[]' });
  });
});
