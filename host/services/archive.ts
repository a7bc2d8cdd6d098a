import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { HostResponse } from '../../contract/host-api';
import { byDateAndNumber, itemRecords, type ItemRecord } from '../../core/archive/records';
import { createArchiveIndex, type SearchHit } from '../../core/archive/search';
import { UserError } from '../../core/errors';
import { FILE_EXTENSION, parseProtokollBytes } from '../../core/file/format';
import type { Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { systemReason } from '../fs/atomic-write';
import { readUserFile } from '../fs/read-document';

export interface ArchiveProblem {
  file: string;
  message: string;
}

/** One file of minutes in the archive's list. */
export interface ArchiveEntry {
  /** Relative to the archive folder. */
  file: string;
  date: string;
  /** The minutes number; per-item minutes: their items' numbers ("233, 234"). */
  minutesNumber: string;
  body: string;
  items: number;
}

export interface ArchivedDocument {
  file: string;
  document: ProtocolDocument;
}

export interface Archive {
  records: ItemRecord[];
  /** The files read, by date and number. */
  entries: ArchiveEntry[];
  /** The minutes themselves, when asked for (the Beschlussbuch needs more than the records). */
  documents: ArchivedDocument[];
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
        if (code === 'ENOENT') throw new UserError('file.notFound', { file: folder });
        if (code === 'ENOTDIR') throw new UserError('shell.host.notAFolder', { folder });
        throw new UserError('file.unreadable', { file: folder, reason: systemReason(error) });
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
export async function readArchive(
  folder: string,
  lang: Lang = 'de',
  options: { keepDocuments?: boolean } = {},
): Promise<Archive> {
  const files = await protokollFiles(folder);
  const records: ItemRecord[] = [];
  const documents: ArchivedDocument[] = [];
  const problems: ArchiveProblem[] = [];
  const entries: ArchiveEntry[] = [];
  for (const path of files) {
    const shown = relative(folder, path);
    try {
      const document = parseProtokollBytes(await readUserFile(path), shown);
      records.push(...itemRecords(document, shown));
      if (options.keepDocuments) documents.push({ file: shown, document });
      entries.push({
        file: shown,
        date: document.meeting.date,
        minutesNumber:
          document.meeting.minutesNumber ||
          [...new Set(document.items.map((i) => i.minutesNumber).filter(Boolean))].join(', '),
        body: document.body.name,
        items: document.items.length,
      });
    } catch (error) {
      problems.push({
        file: shown,
        message: error instanceof UserError ? error.localized(lang) : String(error),
      });
    }
  }
  records.sort(byDateAndNumber);
  entries.sort(byDateAndNumber);
  return { records, entries, documents, problems, files: files.length };
}

/** At most this many hits go to the app: the best ones; the clerk narrows the query. */
export const MAX_APP_HITS = 200;

interface OpenArchive {
  archive: Archive;
  search: (query: string) => SearchHit[];
}

/**
 * The app's archive view: the folder is read and indexed when opened, then searched as often
 * as the clerk asks, without reading the files again. Opening it again reads it afresh.
 */
export class ArchiveService {
  private readonly open = new Map<string, OpenArchive>();

  async read(folder: string, lang: Lang): Promise<HostResponse<'archive.open'>> {
    const absolute = resolve(folder);
    const archive = await readArchive(absolute, lang);
    const opened = { archive, search: createArchiveIndex(archive.records) };
    // One archive per folder; a few folders at most in one session.
    this.open.delete(absolute);
    this.open.set(absolute, opened);
    while (this.open.size > 4) this.open.delete(this.open.keys().next().value!);
    return {
      folder: absolute,
      files: archive.entries.map((e) => ({ ...e, path: join(absolute, e.file) })),
      items: archive.records.length,
      problems: archive.problems,
    };
  }

  async search(folder: string, query: string, lang: Lang): Promise<HostResponse<'archive.search'>> {
    const absolute = resolve(folder);
    if (!this.open.has(absolute)) await this.read(absolute, lang);
    const hits = this.open.get(absolute)!.search(query);
    return {
      total: hits.length,
      hits: hits.slice(0, MAX_APP_HITS).map(({ record, line }) => ({
        path: join(absolute, record.file),
        file: record.file,
        date: record.date,
        minutesNumber: record.minutesNumber,
        top: record.top,
        itemId: record.itemId,
        title: record.title,
        paperRef: record.paperRef,
        public: record.public,
        line,
      })),
    };
  }
}
