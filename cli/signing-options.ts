import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../core/errors';
import type { Keyring } from '../core/review/keyring';
import { readKeyringFile } from '../host/identity/keyring-file';
import { resolveUserDataFolder } from '../host/services/user-data';
import type { CliContext } from './context';

/**
 * The keyring a command uses: `--keyring FILE`, else the one the app is set to (settings.json
 * of the user data folder, `keyringPath`), else none.
 */
export async function resolveKeyring(
  ctx: CliContext,
  flag: string | undefined,
): Promise<{ keyring: Keyring; path: string } | null> {
  const path = flag ? resolve(ctx.cwd, flag) : await settingsKeyringPath(ctx);
  if (!path) return null;
  return { keyring: await readKeyringFile(path), path };
}

async function settingsKeyringPath(ctx: CliContext): Promise<string | null> {
  const folder = resolveUserDataFolder({ env: (ctx.env ?? {}) as NodeJS.ProcessEnv });
  try {
    const settings = JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8')) as {
      keyringPath?: unknown;
    };
    return typeof settings.keyringPath === 'string' && settings.keyringPath !== ''
      ? settings.keyringPath
      : null;
  } catch {
    return null;
  }
}

/** The passphrase from `--passphrase-file`: its first line, without the line end. */
export async function readPassphrase(
  ctx: CliContext,
  file: string | undefined,
): Promise<string | null> {
  if (file === undefined) return null;
  let text: string;
  try {
    text = await readFile(resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    throw new UserError('key.unreadable', { file, detail: String((error as Error).message) });
  }
  return text.split(/\r?\n/)[0] ?? '';
}
