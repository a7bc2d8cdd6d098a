import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { itemRecords, type ItemRecord } from '../../core/archive/records';
import { ProtocolError } from '../../core/errors';
import { FILE_EXTENSION, parseProtokollBytes } from '../../core/file/format';
import type { Lang } from '../../core/i18n/catalog';
import { systemReason } from '../fs/atomic-write';
import { readUserFile } from '../fs/read-document';

export interface ArchiveProblem {
  file: string;
  message: string;
}

export interface Archive {
  records: ItemRecord[];
  /** Files that could not be read: named, never silently left out. */
  problems: ArchiveProblem[];
  files: number;
}

/** Every .protokoll file under `folder` (subfolders too, hidden ones and backups not). */
async function protokollFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const stack = [folder];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      if (dir === folder) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new ProtocolError('file.notFound', { file: folder });
        if (code === 'ENOTDIR') throw new ProtocolError('shell.host.notAFolder', { folder });
        throw new ProtocolError('file.unreadable', { file: folder, reason: systemReason(error) });
      }
      return [];
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(FILE_EXTENSION))
        found.push(path);
    }
  }
  return found.sort((a, b) => a.localeCompare(b, 'de'));
}

/**
 * A folder of minutes (the body's folder on the file server) read as an archive: the records of
 * every item of every file, in order of date and minutes number.
 */
export async function readArchive(folder: string, lang: Lang = 'de'): Promise<Archive> {
  const files = await protokollFiles(folder);
  const records: ItemRecord[] = [];
  const problems: ArchiveProblem[] = [];
  for (const path of files) {
    const shown = relative(folder, path);
    try {
      const document = parseProtokollBytes(await readUserFile(path), shown);
      records.push(...itemRecords(document, shown));
    } catch (error) {
      problems.push({
        file: shown,
        message: error instanceof ProtocolError ? error.localized(lang) : String(error),
      });
    }
  }
  records.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.minutesNumber.localeCompare(b.minutesNumber, 'de', { numeric: true }) ||
      0,
  );
  return { records, problems, files: files.length };
}
