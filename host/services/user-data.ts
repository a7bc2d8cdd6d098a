import { chmod, mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface UserDataOptions {
  /** `--user-data-dir` from the command line. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  home?: string;
}

/**
 * The browser mode's user data folder (settings, recent list, recovery copies): the flag, else
 * PROTOKOLLANT_USER_DATA, else the XDG config folder. Electron uses app.getPath('userData').
 */
export function resolveUserDataFolder(options: UserDataOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.flag) return resolve(options.flag);
  if (env.PROTOKOLLANT_USER_DATA) return resolve(env.PROTOKOLLANT_USER_DATA);
  const home = options.home ?? homedir();
  const config = env.XDG_CONFIG_HOME ? resolve(env.XDG_CONFIG_HOME) : join(home, '.config');
  return join(config, 'protokollant');
}

/** The user data folder holds keys, recovery copies with whole minutes, recent paths: owner only. */
export const USER_DATA_MODE = 0o700;

/**
 * Makes the user data folder readable by its owner only: created 0700 (parents as the umask
 * says), or narrowed to 0700 when it exists wider (an older version, or Electron's default).
 * Where the platform has no such modes (Windows) nothing changes.
 */
export async function ensureUserDataFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: USER_DATA_MODE });
  const info = await stat(folder);
  if (process.platform !== 'win32' && (info.mode & 0o777) !== USER_DATA_MODE) {
    await chmod(folder, USER_DATA_MODE);
  }
}
