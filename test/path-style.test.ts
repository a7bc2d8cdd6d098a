import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathStyleSchema } from '../contract/host-api';
import { pathStyleFor } from '../host/fs/path-style';
import { pathsOf } from '../renderer/ui/paths';

/**
 * The renderer names, joins and splits paths by the rules the host sends in app.info, so a
 * Windows host's paths are read as Windows paths and a backslash in a Linux file name stays
 * part of the name. Node's own path modules are the reference for each platform.
 */
describe('paths by the host’s rules', () => {
  const linux = pathsOf(pathStyleFor('linux'));
  const windows = pathsOf(pathStyleFor('win32'));
  const mac = pathsOf(pathStyleFor('darwin'));

  it('sends rules the contract accepts, per platform', () => {
    for (const platform of ['linux', 'win32', 'darwin', 'freebsd']) {
      expect(pathStyleSchema.parse(pathStyleFor(platform))).toEqual(pathStyleFor(platform));
    }
    expect(pathStyleFor('win32').separator).toBe(win32.sep);
    expect(pathStyleFor('linux').separator).toBe(posix.sep);
    expect(pathStyleFor('darwin').caseInsensitive).toBe(true);
    expect(pathStyleFor('linux').caseInsensitive).toBe(false);
  });

  it('joins and splits as Node does on each platform', () => {
    expect(linux.join('/home/rat/Dokumente', 'VA.protokoll')).toBe(
      posix.join('/home/rat/Dokumente', 'VA.protokoll'),
    );
    expect(linux.join('/', 'VA.protokoll')).toBe('/VA.protokoll');
    expect(windows.join('C:\\Users\\rat\\Dokumente', 'VA.protokoll')).toBe(
      win32.join('C:\\Users\\rat\\Dokumente', 'VA.protokoll'),
    );
    expect(windows.join('C:\\', 'VA.protokoll')).toBe('C:\\VA.protokoll');
    for (const path of ['/a/b/c.protokoll', '/c.protokoll', '/a/b/']) {
      const parts = linux.split(path);
      const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
      expect(parts, path).toEqual({
        folder: posix.dirname(trimmed),
        name: posix.basename(trimmed),
      });
    }
    for (const path of ['C:\\a\\b\\c.protokoll', 'C:\\c.protokoll', 'D:/Akten/VA.protokoll']) {
      expect(windows.split(path), path).toEqual({
        folder: win32.dirname(path),
        name: win32.basename(path),
      });
    }
  });

  it('reads a backslash as a separator only on Windows', () => {
    const odd = '/home/rat/Haushalt \\ Nachtrag.protokoll';
    expect(linux.baseName(odd)).toBe(posix.basename(odd));
    expect(linux.stem(odd)).toBe('Haushalt \\ Nachtrag');
    expect(windows.baseName('C:\\Akten\\VA 12.protokoll')).toBe('VA 12.protokoll');
    expect(windows.stem('C:\\Akten\\VA 12.protokoll')).toBe('VA 12');
  });

  it('knows absolute paths per platform', () => {
    expect(linux.isAbsolute('/etc')).toBe(true);
    expect(linux.isAbsolute('C:\\Akten')).toBe(false);
    expect(linux.isAbsolute('Akten/VA')).toBe(false);
    for (const path of ['C:\\Akten', 'c:/Akten', '\\\\server\\share\\VA.protokoll']) {
      expect(windows.isAbsolute(path), path).toBe(win32.isAbsolute(path));
      expect(windows.isAbsolute(path), path).toBe(true);
    }
    expect(windows.isAbsolute('Akten\\VA')).toBe(false);
    expect(windows.isAbsolute('/Akten')).toBe(false);
  });

  it('compares whole folder names, with the host’s case rule', () => {
    expect(linux.isInside('/home/rat/Akten/2026', '/home/rat/Akten')).toBe(true);
    expect(linux.isInside('/home/rat/Akten', '/home/rat/Akten')).toBe(true);
    expect(linux.isInside('/home/rat/Akten2', '/home/rat/Akten')).toBe(false);
    expect(linux.isInside('/home/rat/akten/2026', '/home/rat/Akten')).toBe(false);
    expect(mac.isInside('/Users/rat/akten/2026', '/Users/rat/Akten')).toBe(true);
    expect(windows.isInside('C:\\Users\\rat\\akten\\2026', 'C:\\Users\\Rat\\Akten')).toBe(true);
    expect(windows.isInside('C:\\Users\\rat\\Akten2', 'C:\\Users\\rat\\Akten')).toBe(false);
    expect(linux.isInside('/home/rat', '/')).toBe(true);
  });

  it('proposes only names every platform accepts', () => {
    const name = linux.safeName('A/B: "C"?\u0007 <D>|E*F\\G');
    expect(name.replace(/\s+/g, ' ')).toBe('A B C D E F G');
    expect(windows.safeName('TOP 3: Haushalt/Nachtrag')).toBe('TOP 3  Haushalt Nachtrag');
  });
});
