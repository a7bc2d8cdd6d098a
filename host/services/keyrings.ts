import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HostRequestParsed, HostResponse } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import {
  addKey,
  emptyKeyring,
  endEntry,
  removeEntry,
  type KeyCard,
  type Keyring,
} from '../../core/review/keyring';
import { systemReason } from '../fs/atomic-write';
import { readKeyCardFile, readKeyringFile, writeKeyringFile } from '../identity/keyring-file';
import { Serial } from './json-store';
import type { SettingsService } from './settings';

export type KeyringView = HostResponse<'keyring.get'>;

/** The keyring the settings name, read now: its entries, or why it cannot be used. */
export async function readConfiguredKeyring(settings: SettingsService): Promise<KeyringView> {
  const current = await settings.get();
  const path = current.keyringPath?.trim() ?? '';
  if (path === '') return { path, keyring: null, problem: null };
  try {
    return { path, keyring: await readKeyringFile(path), problem: null };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { path, keyring: null, problem: error.localized(current.language) };
  }
}

/**
 * The body's keyring as the app edits it (Einstellungen › Unterschrift): which file is used, and
 * adding, ending and removing its entries. Every change reads the file fresh (the
 * administration's other tools may have changed it), applies one edit and writes it atomically,
 * keeping the file's mode; the renderer names only files the host's dialog or picker gave it.
 */
export class KeyringService {
  private readonly serial = new Serial();

  constructor(private readonly settings: SettingsService) {}

  get(): Promise<KeyringView> {
    return readConfiguredKeyring(this.settings);
  }

  /** Points the app at a keyring file, after reading it; '' uses none. */
  use(path: string): Promise<KeyringView> {
    return this.serial.run(async () => {
      const wanted = path.trim();
      if (wanted !== '') await readKeyringFile(wanted);
      await this.settings.set({ keyringPath: wanted });
      return this.get();
    });
  }

  /** Makes a new, empty keyring at `path` (never over an existing file) and uses it. */
  create(path: string, body: string): Promise<KeyringView> {
    return this.serial.run(async () => {
      const text = `${JSON.stringify(emptyKeyring(body.trim()), null, 2)}\n`;
      let handle;
      try {
        handle = await open(path, 'wx');
        await handle.writeFile(text);
        await handle.sync();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UserError('keyring.fileExists', { file: basename(path) });
        }
        throw new UserError('keyring.unreadable', {
          file: basename(path),
          detail: systemReason(error),
        });
      } finally {
        await handle?.close().catch(() => undefined);
      }
      await this.settings.set({ keyringPath: path });
      return this.get();
    });
  }

  /** A key card the administration got from a holder, read to be shown before it is added. */
  readCard(path: string): Promise<KeyCard> {
    return readKeyCardFile(path);
  }

  add(request: HostRequestParsed<'keyring.add'>): Promise<KeyringView> {
    return this.edit(async (keyring) => {
      const card = await readKeyCardFile(request.cardPath);
      return addKey(keyring, {
        name: request.name.trim() || card.name,
        publicKey: card.publicKey,
        from: request.from,
        until: request.until,
        roles: request.roles,
      });
    });
  }

  end(request: HostRequestParsed<'keyring.end'>): Promise<KeyringView> {
    return this.edit(async (keyring) => endEntry(keyring, request.publicKey, request.until));
  }

  remove(request: HostRequestParsed<'keyring.remove'>): Promise<KeyringView> {
    return this.edit(async (keyring) => removeEntry(keyring, request.publicKey));
  }

  private edit(change: (keyring: Keyring) => Promise<Keyring>): Promise<KeyringView> {
    return this.serial.run(async () => {
      const path = (await this.settings.get()).keyringPath?.trim() ?? '';
      if (path === '') throw new UserError('keyring.notSet');
      const next = await change(await readKeyringFile(path));
      await writeKeyringFile(path, next);
      return this.get();
    });
  }
}
