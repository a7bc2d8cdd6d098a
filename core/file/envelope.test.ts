import { describe, expect, it } from 'vitest';
import { parseGremiumBytes } from '../body/gremium';
import { UserError } from '../errors';
import { parseProtokollBytes } from './format';

/** The catalog key a reader refuses with, or "read" when it took the bytes. */
function refusal(read: () => unknown): string {
  try {
    read();
    return 'read';
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
}

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * Minutes and body files are read by the same steps (core/file/envelope.ts): bad bytes get the
 * same message from both, and only the envelope's own messages differ.
 */
describe('one reading for every file of ours', () => {
  const bad: [string, Uint8Array][] = [
    ['empty', new Uint8Array()],
    ['docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ['pdf', bytes('%PDF-1.7\n')],
    ['utf16', Uint8Array.from([0xff, 0xfe, 0x7b, 0x00])],
    ['latin1', Uint8Array.from([0x7b, 0x22, 0xe4, 0x22, 0x7d])],
    ['not json', bytes('{"format": ')],
    ['key twice', bytes('{"format": "a", "format": "b"}')],
    ['too deep', bytes(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
  ];

  it('refuses the same bad bytes with the same message', () => {
    for (const [what, input] of bad) {
      const minutes = refusal(() => parseProtokollBytes(input, 'x'));
      expect(minutes, what).toMatch(/^file\./);
      expect(
        refusal(() => parseGremiumBytes(input, 'x')),
        what,
      ).toBe(minutes);
    }
  });

  it('says where the JSON breaks, for body files too', () => {
    try {
      parseGremiumBytes(bytes('{\n "format": "protokollant/gremium",\n x\n}'), 'a.gremium');
      throw new Error('read');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).localized('de')).toMatch(/Zeile 3, Spalte \d+/);
    }
  });

  it('keeps each kind’s envelope messages', () => {
    const minutes = bytes(JSON.stringify({ format: 'protokollant/niederschrift' }));
    expect(refusal(() => parseGremiumBytes(minutes, 'x'))).toBe('gremium.file.isMinutes');
    const body = bytes(JSON.stringify({ format: 'protokollant/gremium', schemaVersion: 99 }));
    expect(refusal(() => parseGremiumBytes(body, 'x'))).toBe('gremium.file.newer');
    expect(refusal(() => parseProtokollBytes(body, 'x'))).toBe('file.foreign');
    const noVersion = bytes(JSON.stringify({ format: 'protokollant/niederschrift' }));
    expect(refusal(() => parseProtokollBytes(noVersion, 'x'))).toBe('file.badVersion');
    expect(refusal(() => parseGremiumBytes(bytes('[]'), 'x'))).toBe('gremium.file.noFormat');
  });
});
