import { useMemo } from 'react';
import type { PathStyle } from '../../contract/host-api';
import { useShell } from './context';

/** Paths and file names by the host's rules (app.info's `paths`), never by a path's look. */
export interface Paths {
  /** The last part of a path: "/a/b/VA 12.protokoll" → "VA 12.protokoll". */
  baseName(path: string): string;
  /** The last part without its extension: "VA 12". */
  stem(path: string): string;
  join(folder: string, name: string): string;
  /** A path's folder and last part ("/a/b/c.protokoll" → "/a/b", "c.protokoll"). */
  split(path: string): { folder: string; name: string };
  isAbsolute(path: string): boolean;
  /** The path is the folder or lies in it (whole folder names, the host's case rule). */
  isInside(path: string, folder: string): boolean;
  /** Text made fit for a file name: what the host refuses becomes a space. */
  safeName(text: string): string;
}

const escapeForClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

export function pathsOf(style: PathStyle): Paths {
  const windows = style.separator === '\\';
  // Windows takes "/" between folders too; elsewhere a backslash is an ordinary character.
  const separators = windows ? '\\/' : '/';
  const isSeparator = (char: string) => separators.includes(char);
  const lastCut = (path: string) =>
    Math.max(...Array.from(separators, (separator) => path.lastIndexOf(separator)));
  const forbidden = style.forbiddenInName
    ? new RegExp(`[${escapeForClass(style.forbiddenInName)}]+`, 'g')
    : null;
  const fold = (path: string) => (style.caseInsensitive ? path.toLowerCase() : path);

  const baseName = (path: string) => path.slice(lastCut(path) + 1);
  const split = (path: string) => {
    let trimmed = path;
    while (trimmed.length > 1 && isSeparator(trimmed.at(-1)!)) trimmed = trimmed.slice(0, -1);
    const cut = lastCut(trimmed);
    if (cut < 0) return { folder: '', name: trimmed };
    let folder = cut === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, cut);
    // "C:" alone is the drive's current folder; its root is "C:\".
    if (windows && /^[A-Za-z]:$/.test(folder)) folder += style.separator;
    return { folder, name: trimmed.slice(cut + 1) };
  };
  return {
    baseName,
    stem: (path) => baseName(path).replace(/\.[^.]+$/, ''),
    join: (folder, name) =>
      folder === '' || isSeparator(folder.at(-1)!)
        ? `${folder}${name}`
        : `${folder}${style.separator}${name}`,
    split,
    isAbsolute: (path) =>
      windows ? /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/]/.test(path) : path.startsWith('/'),
    isInside: (path, folder) => {
      const inner = fold(path);
      const outer = fold(folder);
      if (inner === outer) return true;
      const prefix = isSeparator(outer.at(-1) ?? '') ? outer : `${outer}${style.separator}`;
      return inner.startsWith(prefix);
    },
    safeName: (text) => (forbidden ? text.replace(forbidden, ' ') : text),
  };
}

/** The open host's path rules. */
export function usePaths(): Paths {
  const { info } = useShell();
  return useMemo(() => pathsOf(info.paths), [info.paths]);
}
