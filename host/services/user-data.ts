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
