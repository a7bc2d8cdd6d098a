import { parseArgs } from 'node:util';
import { t } from '../../core/i18n/catalog';
import { shortHash } from '../../core/review/content';
import { keyFingerprint } from '../../core/review/signing';
import { verifyDocument } from '../../core/review/verify';
import { formatTimestamp } from '../../core/style/dates';
import { readDocumentFile } from '../../host/fs/read-document';
import { UsageError, type CliContext } from '../context';

/**
 * `protokollant verify <file>`: exit 0 for a valid, fully signed document, printing who signed
 * when; otherwise 1 with the reasons (what no longer matches).
 */
export async function verifyCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const input = positionals[0];
  if (!input) throw new UsageError('cli.missingInput', { command: 'verify' });
  const document = await readDocumentFile(input.startsWith('/') ? input : `${ctx.cwd}/${input}`);
  const report = verifyDocument(document);
  const lang = ctx.lang;
  if (report.complete) ctx.out(t(lang, 'review.verify.ok', { count: report.signers.length }));
  for (const signer of report.signers) {
    ctx.out(
      t(lang, 'review.verify.signer', {
        label: signer.label,
        name: signer.name,
        date: formatTimestamp(signer.signedAt, lang),
        fingerprint: keyFingerprint(signer.publicKey),
      }),
    );
  }
  ctx.out(t(lang, 'review.verify.hash', { hash: shortHash(report.hash) }));
  for (const problem of report.problems) ctx.err(t(lang, problem.key, problem.params));
  return report.complete ? 0 : 1;
}
