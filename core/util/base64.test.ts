import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it('matches Node for any bytes and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const encoded = encodeBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(encoded)).toEqual(bytes);
      }),
    );
  });
  it('refuses what is not base64', () => {
    expect(decodeBase64('ab$d')).toBeNull();
    expect(decodeBase64('a')).toBeNull();
  });
  it('writes hex', () => {
    expect(bytesToHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});
