import { resolve } from 'node:path';
import { FILE_EXTENSION } from '../core/file/format';

/**
 * The documents named on a command line (ours at start, or a second launch's): arguments that
 * end in .protokoll and are not options, resolved against the folder the command ran in.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(FILE_EXTENSION))
    .map((arg) => resolve(cwd, arg));
}
