import { describe, expect, it } from 'vitest';
import { findMatches, firstMatchFrom, locate, type SearchBlock } from './search';

function block(...parts: string[]): SearchBlock {
  let start = 0;
  const segments = parts.map((text, i) => {
    const s = { key: `k${i}`, start, text };
    start += text.length;
    return s;
  });
  return { segments, text: parts.join('') };
}

describe('findMatches', () => {
  const blocks = [
    block('Der Verwaltungsausschuss stimmt ', 'dem', ' Beschlussantrag zu.'),
    block('StR Perc (SPD) und StRin Deparnay-Grunenberg'),
  ];

  it('finds every occurrence, case-insensitively by default, in document order', () => {
    const matches = findMatches(blocks, 'str');
    expect(matches).toEqual([
      { block: 1, start: 0, end: 3 },
      { block: 1, start: 19, end: 22 },
    ]);
    expect(findMatches(blocks, 'StR', true)).toHaveLength(2);
    expect(findMatches(blocks, 'str', true)).toHaveLength(0);
  });

  it('finds matches that run across formatted segments', () => {
    const [m] = findMatches(blocks, 'stimmt dem Beschluss');
    expect(m).toEqual({ block: 0, start: 25, end: 45 });
    expect(locate(blocks[0]!, m!.start, false)).toEqual({ key: 'k0', offset: 25 });
    expect(locate(blocks[0]!, m!.end, true)).toEqual({ key: 'k2', offset: 10 });
  });

  it('puts a border offset into the next node for a start and the previous one for an end', () => {
    const b = block('ab', 'cd');
    expect(locate(b, 2, false)).toEqual({ key: 'k1', offset: 0 });
    expect(locate(b, 2, true)).toEqual({ key: 'k0', offset: 2 });
  });

  it('does not overlap matches and stops at the limit', () => {
    expect(findMatches([block('aaaa')], 'aa')).toHaveLength(2);
    expect(findMatches([block('a'.repeat(50))], 'a', false, 10)).toHaveLength(10);
    expect(findMatches(blocks, '')).toEqual([]);
  });

  it('starts at the first match after the caret', () => {
    const matches = findMatches(blocks, 'st');
    expect(firstMatchFrom(matches, 1, 5)).toBe(
      matches.findIndex((m) => m.block === 1 && m.start >= 5),
    );
    expect(firstMatchFrom(matches, 9, 0)).toBe(0);
  });
});
