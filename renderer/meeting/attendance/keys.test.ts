import { describe, expect, it } from 'vitest';
import { statusForKey } from './keys';

describe('statusForKey', () => {
  it('reads the first letter of the status word in the UI language', () => {
    expect(['a', 'E', 'u', 'x'].map((k) => statusForKey('de', k))).toEqual([
      'present',
      'excused',
      'absent',
      null,
    ]);
    expect(['p', 'e', 'A', 'u'].map((k) => statusForKey('en', k))).toEqual([
      'present',
      'excused',
      'absent',
      null,
    ]);
  });
});
