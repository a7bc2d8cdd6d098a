import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../core/errors';
import {
  emptyKeyring,
  parseKeyCard,
  parseKeyring,
  type KeyCard,
  type Keyring,
} from '../../core/review/keyring';
import { systemReason, writeFileAtomic } from '../fs/atomic-write';

/** The body's keyring as a file (JSON), read whole and written atomically. */

async function readJson(path: string, missing: (() => unknown) | null): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (missing && (error as NodeJS.ErrnoException).code === 'ENOENT') return missing();
    throw new UserError('keyring.unreadable', {
      file: basename(path),
      detail: systemReason(error),
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(
      'keyring.invalid',
      { file: basename(path), detail: 'JSON' },
      { cause: error },
    );
  }
}

export async function readKeyringFile(path: string): Promise<Keyring> {
  return parseKeyring(await readJson(path, null), basename(path));
}

/** For `keyring add`: a keyring that does not exist yet starts empty. */
export async function readKeyringOrEmpty(path: string): Promise<Keyring> {
  return parseKeyring(await readJson(path, () => emptyKeyring()), basename(path));
}

export async function writeKeyringFile(path: string, keyring: Keyring): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(keyring, null, 2)}\n`);
}

export async function readKeyCardFile(path: string): Promise<KeyCard> {
  return parseKeyCard(await readJson(path, null), basename(path));
}
