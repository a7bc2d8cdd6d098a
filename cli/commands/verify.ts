import { parseArgs } from 'node:util';
import { t } from '../../core/i18n/catalog';
import { groupedHash } from '../../core/review/content';
import { verifyDocument } from '../../core/review/verify';
import { formatTimestamp } from '../../core/style/dates';
import { readDocumentFile } from '../../host/fs/read-document';
import { UsageError, type CliContext } from '../context';
import { resolveKeyring } from '../signing-options';

/**
 * `protokollant verify <file> [--keyring FILE]`: exit 0 only when the signatures are complete,
 * valid and eligible, every key belongs to its signer by the keyring, and every correction is
 * validly signed; otherwise 1 with the reasons. Without a keyring nothing is confirmed.
 */
export async function verifyCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { keyring: { type: 'string' } },
    allowPositionals: true,
  });
  const input = positionals[0];
  if (!input) throw new UsageError('cli.missingInput', { command: 'verify' });
  const document = await readDocumentFile(input.startsWith('/') ? input : `${ctx.cwd}/${input}`);
  const keyring = await resolveKeyring(ctx, values.keyring);
  const report = verifyDocument(document, { keyring: keyring?.keyring ?? null });
  const lang = ctx.lang;
  if (report.confirmed) {
    ctx.out(t(lang, 'signature.verify.confirmed', { count: report.signers.length }));
  }
  for (const signer of report.signers) {
    ctx.out(
      t(lang, 'review.verify.signer', {
        label: signer.label,
        name: signer.name,
        date: formatTimestamp(signer.signedAt, lang),
        fingerprint: signer.fingerprint,
      }),
    );
  }
  ctx.out(t(lang, 'signature.verify.hash', { hash: groupedHash(report.hash) }));
  for (const notice of report.notices) ctx.out(t(lang, notice.key, notice.params));
  for (const problem of [...report.problems, ...report.trust]) {
    ctx.err(t(lang, problem.key, problem.params));
  }
  if (!report.confirmed && report.problems.length === 0 && report.trust.length === 0) {
    ctx.err(t(lang, 'signature.verify.notConfirmed'));
  }
  return report.confirmed ? 0 : 1;
}
