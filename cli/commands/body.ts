import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyGremium,
  gremiumFromDocument,
  serializeGremium,
  withGremiumExtensionName,
} from '../../core/body/gremium';
import { parseProtokollBytes, serializeProtokoll } from '../../core/file/format';
import { writeFileAtomic } from '../../host/fs/atomic-write';
import { readUserFile } from '../../host/fs/read-document';
import { readGremiumFile } from '../../host/services/gremium';
import { say, UsageError, type CliContext } from '../context';
import { checkOutputs, rejectRepeated, writeOutput } from '../outputs';

const OPTIONS = {
  out: { type: 'string' },
  into: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/**
 * `protokollant body export <minutes> --out <file.gremium>`: the body of minutes (name, rules,
 * roster, chair, clerk, signatories, numbering, standing items) as a file of its own;
 * `protokollant body apply <file.gremium> --into <minutes>`: copies a body into minutes (people
 * matched by id, then name; nobody removed), keeping the old minutes as "<file>.bak".
 */
export async function bodyCommand(ctx: CliContext, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'export' && action !== 'apply') throw new UsageError('gremium.cli.usage');
  rejectRepeated(rest, Object.keys(OPTIONS));
  const { values, positionals } = parseArgs({
    args: rest,
    options: OPTIONS,
    allowPositionals: true,
  });
  const input = positionals[0];
  if (!input) throw new UsageError('cli.missingInput', { command: `body ${action}` });
  if (positionals.length > 1) {
    throw new UsageError('cli.badOption', { detail: positionals.slice(1).join(' ') });
  }
  if (action === 'export') {
    if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
    const out = withGremiumExtensionName(values.out);
    const [path] = await checkOutputs(ctx, [out], [input], { force: values.force === true });
    const source = resolve(ctx.cwd, input);
    const document = parseProtokollBytes(await readUserFile(source), basename(source));
    const gremium = gremiumFromDocument(document);
    await writeOutput(ctx, path!, out, serializeGremium(gremium));
    say(ctx, 'gremium.cli.exported', {
      name: gremium.body.name,
      people: gremium.people.length,
      signatories: gremium.signatories.length,
    });
    return 0;
  }
  if (!values.into) throw new UsageError('cli.missingOption', { option: '--into' });
  const [target] = await checkOutputs(ctx, [values.into], [input]);
  const gremium = await readGremiumFile(resolve(ctx.cwd, input));
  const original = await readUserFile(target!);
  const document = parseProtokollBytes(original, basename(target!));
  const applied = applyGremium(document, gremium);
  say(ctx, 'gremium.applied', {
    added: applied.added,
    updated: applied.updated,
    kept: applied.kept,
  });
  // The minutes before stay beside them, as the roster import keeps them.
  await writeFileAtomic(`${target!}.bak`, original, { modeFrom: target! });
  await writeOutput(ctx, target!, values.into, serializeProtokoll(applied.document));
  return 0;
}
