import { lstat, readdir, stat } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';
import type { FileEntry, HostRequestParsed, HostResponse } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import { GREMIUM_EXTENSION } from '../../core/body/gremium';
import { FILE_EXTENSION } from '../../core/file/format';
import { systemReason } from '../fs/atomic-write';

const EXPORT_EXTENSIONS = [FILE_EXTENSION, '.docx', '.pdf', '.html', '.csv'];
/** Agendas to import: OParl JSON and CSV (Excel also writes .txt). */
const AGENDA_EXTENSIONS = ['.json', '.csv', '.txt'];

/** What the listing needs from the host's path policy (host/fs/path-grants.ts). */
export interface ListingScope {
  /** The root the folder is in: its parent is offered only up to it. */
  root: string;
  /** Whether an entry (a link may point anywhere) is inside what the picker may show. */
  allowed(path: string): Promise<boolean>;
}

/**
 * The browser mode's file picker: one folder's subfolders and documents. Hidden entries are
 * left out, and so are links that lead outside the picker's roots; folders come first, then
 * files, each in German alphabetical order. The folder has passed the path policy.
 */
export async function listFolder(
  folder: string,
  show: HostRequestParsed<'files.list'>['show'],
  scope: ListingScope,
): Promise<Omit<HostResponse<'files.list'>, 'places'>> {
  const extensions =
    show === 'exports'
      ? EXPORT_EXTENSIONS
      : show === 'agenda'
        ? AGENDA_EXTENSIONS
        : show === 'vorlage'
          ? ['.docx', '.pdf']
          : show === 'gremium'
            ? [GREMIUM_EXTENSION]
            : show === 'keyring'
              ? ['.json']
              : show === 'signingKey'
                ? ['.pem', '.key']
                : [FILE_EXTENSION];
  let names: string[];
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new UserError('shell.host.notAFolder', { folder });
    names = await readdir(folder);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError('shell.host.folderNotFound', { folder });
    }
    throw new UserError('shell.host.folderUnreadable', { folder, reason: systemReason(error) });
  }
  const entries: FileEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    // An entry may vanish or be unreadable (a broken link): skip it, keep the rest.
    const link = await lstat(path).catch(() => null);
    if (!link) continue;
    if (link.isSymbolicLink() && !(await scope.allowed(path))) continue;
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    const isFolder = info.isDirectory();
    if (!isFolder && !extensions.some((ext) => name.toLowerCase().endsWith(ext))) continue;
    if (!isFolder && !info.isFile()) continue;
    entries.push({
      name,
      path,
      kind: isFolder ? 'folder' : 'file',
      size: isFolder ? 0 : info.size,
      modifiedAt: info.mtime.toISOString(),
    });
  }
  const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
  entries.sort((a, b) =>
    a.kind !== b.kind ? (a.kind === 'folder' ? -1 : 1) : collator.compare(a.name, b.name),
  );
  const parent = dirname(folder);
  const top = folder === scope.root || parent === folder || parse(folder).root === folder;
  return { folder, parent: top ? null : parent, entries };
}
