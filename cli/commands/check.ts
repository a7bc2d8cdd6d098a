import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDocument } from '../../core/check/check';
import { describeFinding } from '../../core/check/describe';
import { readDocumentFile } from '../../host/fs/read-document';
import { say, UsageError, type CliContext } from '../context';

/**
 * `protokollant check <file>`: the completeness check against the body's rules profile. One
 * finding per line with its place; exit 1 when there are findings, 0 when there are none.
 */
export async function checkCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const input = positionals[0];
  if (!input) throw new UsageError('cli.missingInput', { command: 'check' });
  if (positionals.length > 1) {
    throw new UsageError('cli.badOption', { detail: positionals.slice(1).join(' ') });
  }
  const document = await readDocumentFile(resolve(ctx.cwd, input));
  const { findings, profile } = checkDocument(document);
  for (const finding of findings) ctx.out(describeFinding(document, finding, ctx.lang));
  if (findings.length === 0) {
    if (profile.law) say(ctx, 'check.cli.noneLaw', { law: profile.law });
    else say(ctx, 'check.cli.none');
    return 0;
  }
  if (findings.length === 1) say(ctx, 'check.cli.one');
  else say(ctx, 'check.cli.many', { count: findings.length });
  return 1;
}
