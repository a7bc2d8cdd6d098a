import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTokens, diffWords } from './diff';

function lcsLength(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i]![j] =
        a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[a.length]![b.length]!;
}

const side = (ops: ReturnType<typeof diffTokens>, kinds: string[]) =>
  ops.filter((o) => kinds.includes(o.kind)).flatMap((o) => o.text.split(' '));

describe('word diff', () => {
  it('rebuilds both sides and is minimal', () => {
    const word = fc.constantFrom(
      'der',
      'die',
      'Rat',
      'stimmt',
      'zu',
      'nicht',
      'einmütig',
      'Ja',
      '6',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (a, b) => {
        const ops = diffTokens(a, b);
        expect(side(ops, ['equal', 'delete'])).toEqual(a);
        expect(side(ops, ['equal', 'insert'])).toEqual(b);
        const equal = side(ops, ['equal']).length;
        expect(equal).toBe(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('lists exactly the changed words', () => {
    const ops = diffWords(
      'Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.',
      'Der Verwaltungsausschuss stimmt dem geänderten Beschlussantrag mehrheitlich zu.',
    );
    expect(ops.filter((o) => o.kind !== 'equal')).toEqual([
      { kind: 'insert', text: 'geänderten' },
      { kind: 'delete', text: 'einmütig' },
      { kind: 'insert', text: 'mehrheitlich' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'a b')).toEqual([{ kind: 'insert', text: 'a b' }]);
    expect(diffWords('a b', '')).toEqual([{ kind: 'delete', text: 'a b' }]);
  });
});
