import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../../host/import/decode-bytes';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n/catalog';
import { parseProtokollBytes, serializeProtokoll } from '../../core/file/format';
import type { PersonFields } from '../../core/model/ops/people';
import {
  applyRosterImport,
  planRosterImport,
  readRoster,
  rosterToCsv,
  type RosterPlan,
} from '../../core/roster/import';
import { writeFileAtomic } from '../../host/fs/atomic-write';
import { readUserFile } from '../../host/fs/read-document';
import { encodeRosterCsv } from '../../host/services/roster';
import { say, UsageError, type CliContext } from '../context';
import { checkOutputs, writeOutput } from '../outputs';

const FIELD_NAMES: Record<keyof PersonFields, string> = {
  kind: 'Art',
  formOfAddress: 'Anrede',
  honorific: 'Amtsbezeichnung',
  title: 'Titel',
  givenName: 'Vorname',
  familyName: 'Name',
  group: 'Fraktion',
  unit: 'Dienststelle',
  role: 'Funktion',
  votingRight: 'stimmberechtigt',
};

function reportDuplicates(ctx: CliContext, plan: RosterPlan): void {
  for (const d of plan.duplicates) {
    const f = d.entry.fields;
    ctx.out(
      t(ctx.lang, 'roster.duplicate', {
        name: [f.givenName, f.familyName].filter(Boolean).join(' '),
        source: d.entry.source,
        reason: t(
          ctx.lang,
          d.existing === null
            ? 'roster.duplicate.inFile'
            : d.reason === 'oparlId'
              ? 'roster.duplicate.oparlId'
              : 'roster.duplicate.name',
        ),
        changes:
          d.changes.length > 0
            ? t(ctx.lang, 'roster.duplicate.changes', {
                fields: d.changes.map((k) => FIELD_NAMES[k]).join(', '),
              })
            : '',
      }),
    );
  }
}

/**
 * `protokollant roster import <file.csv|file.json> --into <minutes> [--merge]` adds the people
 * of a roster file to minutes (written in place, atomically); duplicates are reported and
 * merged only with --merge. `protokollant roster export <minutes> --out <file.csv>` writes the
 * roster as the same CSV, UTF-8 with BOM (Excel's "CSV UTF-8") or with --encoding windows-1252.
 */
export async function rosterCommand(ctx: CliContext, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      into: { type: 'string' },
      merge: { type: 'boolean' },
      out: { type: 'string' },
      encoding: { type: 'string' },
      date: { type: 'string' },
    },
    allowPositionals: true,
  });
  const input = positionals[0];
  if (action !== 'import' && action !== 'export') {
    throw new UsageError('roster.cli.usage');
  }
  if (!input) throw new UsageError('cli.missingInput', { command: `roster ${action}` });
  if (positionals.length > 1) {
    throw new UsageError('cli.badOption', { detail: positionals.slice(1).join(' ') });
  }
  if (action === 'import') {
    if (!values.into) throw new UsageError('cli.missingOption', { option: '--into' });
    const [target] = await checkOutputs(ctx, [values.into], [input]);
    const source = resolve(ctx.cwd, input);
    const entries = readRoster(
      await readUserFile(source),
      basename(source),
      decodeBytes,
      values.date ?? '',
    );
    const original = await readUserFile(target!);
    const document = parseProtokollBytes(original, basename(target!));
    // Signed minutes never change; corrections are addenda (SECURITY.md).
    if (document.workflow.state === 'approved') throw new UserError('review.workflow.readOnly');
    if (document.signatures.length > 0) throw new UserError('review.workflow.signedReadOnly');
    const plan = planRosterImport(document, entries);
    const applied = applyRosterImport(document, plan, { merge: values.merge === true });
    reportDuplicates(ctx, plan);
    say(ctx, 'roster.summary', {
      added: applied.added,
      merged: applied.merged,
      skipped: applied.skipped,
    });
    if (!values.merge && plan.duplicates.some((d) => d.existing !== null))
      say(ctx, 'roster.mergeHint');
    // The minutes before the import stay beside them, as the app keeps them on saving.
    await writeFileAtomic(`${target!}.bak`, original);
    await writeOutput(ctx, target!, values.into, serializeProtokoll(applied.document));
    return 0;
  }
  if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
  const encoding = (values.encoding ?? 'utf-8').toLowerCase();
  if (!['utf-8', 'utf8', 'windows-1252', 'cp1252'].includes(encoding)) {
    throw new UsageError('roster.cli.badEncoding', { value: values.encoding ?? '' });
  }
  const [path] = await checkOutputs(ctx, [values.out], [input]);
  const source = resolve(ctx.cwd, input);
  const document = parseProtokollBytes(await readUserFile(source), basename(source));
  const bytes = encodeRosterCsv(
    rosterToCsv(document.people),
    encoding.startsWith('utf') ? 'utf-8' : 'windows-1252',
  );
  await writeOutput(ctx, path!, values.out, bytes);
  return 0;
}
