import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchRecords } from '../../core/archive/search';
import { t } from '../../core/i18n/catalog';
import { formatDate } from '../../core/style/dates';
import { readArchive } from '../../host/services/archive';
import { UsageError, type CliContext } from '../context';

/**
 * `protokollant search <folder> <query…>`: every agenda item of the minutes in a folder whose
 * Betreff, Drucksache, text or resolution holds all the query's words, one line each: file,
 * date, TOP and the line that matched. Exit 0 when something was found, 1 when nothing.
 */
export async function searchCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const [folder, ...query] = positionals;
  if (!folder) throw new UsageError('cli.missingInput', { command: 'search' });
  if (query.length === 0) throw new UsageError('archive.cli.noQuery');
  const archive = await readArchive(resolve(ctx.cwd, folder), ctx.lang);
  for (const problem of archive.problems) {
    ctx.err(t(ctx.lang, 'archive.skipped', { file: problem.file, reason: problem.message }));
  }
  const hits = searchRecords(archive.records, query.join(' '));
  for (const hit of hits) {
    const r = hit.record;
    ctx.out([r.file, formatDate(r.date) || '–', `TOP ${r.top}`, hit.line].join('\t'));
  }
  if (hits.length === 0) {
    ctx.err(t(ctx.lang, 'archive.noHits', { query: query.join(' '), files: archive.files }));
    return 1;
  }
  return 0;
}
