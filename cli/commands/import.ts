import { basename, resolve } from 'node:path';
import { decodeBytes } from '../../host/import/decode-bytes';
import { parseArgs } from 'node:util';
import { serializeProtokoll } from '../../core/file/format';
import { importAgenda } from '../../core/import/import';
import { findTemplate, listTemplates } from '../../core/templates/registry';
import { readUserFile } from '../../host/fs/read-document';
import { t } from '../../core/i18n/catalog';
import { say, UsageError, type CliContext } from '../context';
import { checkOutputs, rejectRepeated, writeOutput } from '../outputs';

/** Whole-meeting minutes of a council, unless --template says otherwise. */
const DEFAULT_TEMPLATE = 'gemeinderat-sitzung';

/**
 * `protokollant import <file.json|file.csv> --out <file.protokoll> [--template <id>]`: a new
 * Niederschrift from an OParl meeting or an agenda table. Nothing is written unless the whole
 * import succeeds.
 */
/** `--force` replaces an existing file, keeping the old one as "<file>.bak". */
const IMPORT_OPTIONS = {
  out: { type: 'string' },
  template: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export async function importCommand(ctx: CliContext, args: string[]): Promise<number> {
  rejectRepeated(args, Object.keys(IMPORT_OPTIONS));
  const { values, positionals } = parseArgs({
    args,
    options: IMPORT_OPTIONS,
    allowPositionals: true,
  });
  const input = positionals[0];
  if (!input) throw new UsageError('cli.missingInput', { command: 'import' });
  if (positionals.length > 1) {
    throw new UsageError('cli.badOption', { detail: positionals.slice(1).join(' ') });
  }
  if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
  const templateId = values.template ?? DEFAULT_TEMPLATE;
  const template = findTemplate(templateId);
  if (!template) {
    throw new UsageError('cli.unknownTemplate', {
      id: templateId,
      ids: listTemplates()
        .map((t) => t.id)
        .join(', '),
    });
  }
  const [path] = await checkOutputs(ctx, [values.out], [input], {
    force: values.force === true,
  });
  const bytes = await readUserFile(resolve(ctx.cwd, input));
  const { document, agenda } = importAgenda(bytes, basename(input), template, decodeBytes);
  const data = serializeProtokoll(document);
  say(ctx, 'import.summary', { items: agenda.items.length, people: agenda.people.length });
  // What the import skipped goes to stderr, so a script sees the summary alone on stdout.
  for (const warning of agenda.warnings ?? []) {
    ctx.err(t(ctx.lang, 'import.warning', { message: t(ctx.lang, warning.code, warning.params) }));
  }
  await writeOutput(ctx, path!, values.out, data);
  return 0;
}
