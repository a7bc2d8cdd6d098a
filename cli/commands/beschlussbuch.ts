import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { beschlussbuch, bookToCsv } from '../../core/archive/book';
import { t } from '../../core/i18n/catalog';
import { closePdfEngine } from '../../host/pdf/engine';
import { readArchive } from '../../host/services/archive';
import { bookToDocx, bookToPdf } from '../../host/services/beschlussbuch';
import { say, UsageError, type CliContext } from '../context';
import { checkOutputs, writeOutput } from '../outputs';

/**
 * `protokollant beschlussbuch <folder> [--csv F] [--docx F] [--pdf F] [--include-nonpublic]`:
 * the register of every resolution in a folder of minutes. Non-public resolutions only when
 * asked for; nothing is written unless every requested format was made.
 */
export async function beschlussbuchCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      csv: { type: 'string' },
      docx: { type: 'string' },
      pdf: { type: 'string' },
      'include-nonpublic': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const folder = positionals[0];
  if (!folder) throw new UsageError('cli.missingInput', { command: 'beschlussbuch' });
  const requested = (['csv', 'docx', 'pdf'] as const).filter((f) => values[f] !== undefined);
  if (requested.length === 0) throw new UsageError('archive.cli.noOutput');
  const paths = await checkOutputs(
    ctx,
    requested.map((f) => values[f]!),
    [],
  );
  const archive = await readArchive(resolve(ctx.cwd, folder), ctx.lang, { keepDocuments: true });
  for (const problem of archive.problems) {
    ctx.err(t(ctx.lang, 'archive.skipped', { file: problem.file, reason: problem.message }));
  }
  const book = beschlussbuch(archive.documents, {
    includeNonPublic: values['include-nonpublic'] === true,
  });
  const title = t(ctx.lang, 'archive.book.title');
  const made: Uint8Array[] = [];
  try {
    for (const format of requested) {
      if (format === 'csv') made.push(new TextEncoder().encode(`\ufeff${bookToCsv(book)}`));
      if (format === 'docx') made.push(await bookToDocx(book, title));
      if (format === 'pdf') made.push(await bookToPdf(book, title));
    }
  } finally {
    await closePdfEngine();
  }
  say(ctx, 'archive.book.summary', { count: book.rows.length, files: archive.files });
  if (book.nonPublicLeftOut > 0) {
    say(ctx, 'archive.book.nonPublicLeftOut', { count: book.nonPublicLeftOut });
  }
  for (const [index, bytes] of made.entries()) {
    await writeOutput(ctx, paths[index]!, values[requested[index]!]!, bytes);
  }
  if (book.rows.length > 0) return 0;
  ctx.err(t(ctx.lang, 'archive.noResolutions', { files: archive.files }));
  return 1;
}
