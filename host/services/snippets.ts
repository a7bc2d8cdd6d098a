import { readFile, rename, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UserError } from '../../core/errors';
import { parseSnippetSet, serializeSnippetSet } from '../../core/snippets/format';
import {
  SNIPPET_FORMAT_ID,
  SNIPPET_FORMAT_VERSION,
  type Snippet,
  type SnippetSet,
} from '../../core/snippets/model';
import { starterSnippetSet, type SnippetSetId } from '../../core/snippets/starter';
import { validateSnippets } from '../../core/snippets/validate';
import { systemReason, writeFileAtomic } from '../fs/atomic-write';
import { Serial } from './json-store';

/** A snippet file larger than this is no snippet file (1,000 snippets of 10,000 characters). */
export const MAX_SNIPPET_FILE_BYTES = 16 * 1024 * 1024;

/**
 * The clerk's text snippets: `snippets.json` in the user data folder, in the portable format
 * (protokollant/textbausteine v1), so the stored file can also be passed on as it is. Until
 * something is stored the starter set of the open document's body is used (neutral, or
 * Stuttgart's); a damaged file is moved aside as `snippets.json.damaged` and the starter set is
 * offered again.
 */
export class SnippetsService {
  private readonly file: string;
  private current: SnippetSet | null = null;
  private readonly serial = new Serial();

  constructor(userData: string) {
    this.file = join(userData, 'snippets.json');
  }

  async get(starter: SnippetSetId = 'neutral'): Promise<SnippetSet> {
    if (this.current) return this.current;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return starterSnippetSet(starter);
      throw new UserError('file.unreadable', { file: this.file, reason: systemReason(error) });
    }
    try {
      this.current = parseSnippetSet(text, 'snippets.json');
    } catch {
      await rename(this.file, `${this.file}.damaged`).catch(() => undefined);
      return starterSnippetSet(starter);
    }
    return this.current;
  }

  /** Stores the whole set; a set with problems is refused with the first one, nothing written. */
  set(next: { name: string; snippets: readonly Snippet[] }): Promise<SnippetSet> {
    return this.serial.run(async () => {
      const snippets = next.snippets.map((s) => ({
        id: s.id,
        name: s.name,
        text: s.text,
        ...(s.shortcut ? { shortcut: s.shortcut } : {}),
      }));
      const issue = validateSnippets(snippets)[0];
      if (issue) throw new UserError(issue.messageKey, issue.params);
      const set: SnippetSet = {
        format: SNIPPET_FORMAT_ID,
        version: SNIPPET_FORMAT_VERSION,
        name: next.name,
        snippets,
      };
      await writeFileAtomic(this.file, serializeSnippetSet(set));
      this.current = set;
      return set;
    });
  }

  /** Writes the set in use to a file of the user's choice (a portable snippet file). */
  async exportTo(path: string, starter: SnippetSetId = 'neutral'): Promise<{ path: string }> {
    // Only a snippet file: the expected extension, and never over a file that is something
    // else (the renderer names the path; it must not be able to overwrite any file).
    const given = resolve(path);
    const target = given.toLowerCase().endsWith('.json') ? given : `${given}.json`;
    const existing = await readFile(target, 'utf8').catch(() => null);
    if (existing !== null) {
      try {
        parseSnippetSet(existing, basename(target));
      } catch {
        throw new UserError('safety.notSnippetFile', { file: basename(target) });
      }
    }
    const set = await this.get(starter);
    await writeFileAtomic(target, serializeSnippetSet(set));
    return { path: target };
  }

  /** Reads a portable snippet file; the set is returned, not stored (the clerk decides). */
  async importFrom(path: string): Promise<SnippetSet> {
    const source = resolve(path);
    const name = basename(source);
    let size: number;
    try {
      const info = await stat(source);
      if (info.isDirectory()) throw new UserError('file.isDirectory', { file: name });
      size = info.size;
    } catch (error) {
      if (error instanceof UserError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UserError('file.notFound', { file: source });
      }
      throw new UserError('file.unreadable', { file: source, reason: systemReason(error) });
    }
    if (size > MAX_SNIPPET_FILE_BYTES) {
      throw new UserError('file.tooLarge', {
        file: name,
        size: Math.ceil(size / 1024 / 1024),
        max: MAX_SNIPPET_FILE_BYTES / 1024 / 1024,
      });
    }
    let text: string;
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      throw new UserError('file.unreadable', { file: source, reason: systemReason(error) });
    }
    return parseSnippetSet(text, name);
  }
}
