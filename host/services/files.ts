import { readdir, stat } from 'node:fs/promises';
import { dirname, join, parse, resolve } from 'node:path';
import type { FileEntry, HostRequestParsed, HostResponse } from '../../contract/host-api';
import { ProtocolError } from '../../core/errors';
import { GREMIUM_EXTENSION } from '../../core/body/gremium';
import { FILE_EXTENSION } from '../../core/file/format';
import { systemReason } from '../fs/atomic-write';

const EXPORT_EXTENSIONS = [FILE_EXTENSION, '.docx', '.pdf', '.html', '.csv'];
/** Agendas to import: OParl JSON and CSV (Excel also writes .txt). */
const AGENDA_EXTENSIONS = ['.json', '.csv', '.txt'];

/**
 * The browser mode's file picker: one folder's subfolders and documents. Hidden entries are
 * left out; folders come first, then files, each in German alphabetical order.
 */
export async function listFolder(
  request: HostRequestParsed<'files.list'>,
  documentsFolder: string,
): Promise<HostResponse<'files.list'>> {
  const folder = resolve(request.folder ?? documentsFolder);
  const extensions =
    request.show === 'exports'
      ? EXPORT_EXTENSIONS
      : request.show === 'agenda'
        ? AGENDA_EXTENSIONS
        : request.show === 'vorlage'
          ? ['.docx', '.pdf']
          : request.show === 'gremium'
            ? [GREMIUM_EXTENSION]
            : request.show === 'keyring'
              ? ['.json']
              : request.show === 'signingKey'
                ? ['.pem', '.key']
                : [FILE_EXTENSION];
  let names: string[];
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new ProtocolError('shell.host.notAFolder', { folder });
    names = await readdir(folder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ProtocolError('shell.host.folderNotFound', { folder });
    }
    throw new ProtocolError('shell.host.folderUnreadable', { folder, reason: systemReason(error) });
  }
  const entries: FileEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    // An entry may vanish or be unreadable (a broken link): skip it, keep the rest.
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
  return {
    folder,
    parent: parent === folder || parse(folder).root === folder ? null : parent,
    entries,
  };
}
