import { describe, expect, it } from 'vitest';
import { ArgsError, parseWebArgs } from './args';

describe('web mode arguments', () => {
  it('reads port, user data folder and files, in both option spellings', () => {
    expect(parseWebArgs(['--port', '8123', '--user-data-dir', '/tmp/u', 'a.protokoll'])).toEqual({
      port: 8123,
      userDataDir: '/tmp/u',
      roots: [],
      files: ['a.protokoll'],
      help: false,
    });
    expect(parseWebArgs(['--root', '/srv/akten', '--root=/tmp/x', 'a.protokoll'])).toMatchObject({
      roots: ['/srv/akten', '/tmp/x'],
      files: ['a.protokoll'],
    });
    expect(
      parseWebArgs(['--port=0', '--user-data-dir=/x y', 'b.protokoll', 'c.protokoll']),
    ).toMatchObject({
      port: 0,
      userDataDir: '/x y',
      files: ['b.protokoll', 'c.protokoll'],
    });
    expect(parseWebArgs(['-h']).help).toBe(true);
  });

  it('refuses what it does not know, with German and English words', () => {
    for (const argv of [
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--port'],
      ['--user-data-dir'],
      ['--root'],
      ['--verbose'],
    ]) {
      expect(() => parseWebArgs(argv), argv.join(' ')).toThrow(ArgsError);
    }
    expect(() => parseWebArgs(['--verbose'])).toThrow(/Unbekannte Option \/ unknown option/);
  });
});
