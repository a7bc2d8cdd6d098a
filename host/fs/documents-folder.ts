import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** XDG_DOCUMENTS_DIR from the environment or ~/.config/user-dirs.dirs ("$HOME/Dokumente"). */
function xdgDocuments(home: string, env: NodeJS.ProcessEnv): string | null {
  const expand = (value: string): string | null => {
    const path = value.replace(/^\$HOME(?=\/|$)/, home).replace(/^~(?=\/|$)/, home);
    // user-dirs.dirs sets the folder to $HOME itself when there is none.
    return isAbsolute(path) && path.replace(/\/+$/, '') !== home.replace(/\/+$/, '') ? path : null;
  };
  if (env.XDG_DOCUMENTS_DIR) return expand(env.XDG_DOCUMENTS_DIR);
  const config =
    env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : join(home, '.config');
  let text: string;
  try {
    text = readFileSync(join(config, 'user-dirs.dirs'), 'utf8');
  } catch {
    return null;
  }
  const line = /^\s*XDG_DOCUMENTS_DIR\s*=\s*"([^"]*)"\s*$/m.exec(text);
  return line ? expand(line[1]!) : null;
}

/**
 * Where the browser-mode picker starts: the user's documents folder (the XDG one, else
 * ~/Dokumente or ~/Documents), else home.
 */
export function userDocumentsFolder(home: string, env: NodeJS.ProcessEnv = process.env): string {
  const xdg = xdgDocuments(home, env);
  if (xdg && isFolder(xdg)) return xdg;
  for (const name of ['Dokumente', 'Documents']) {
    if (isFolder(join(home, name))) return join(home, name);
  }
  return home;
}
