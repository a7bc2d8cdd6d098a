import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../../core/i18n/catalog';
import { keyCard } from '../../core/review/keyring';
import { keyFingerprint, publicKeyOf } from '../../core/review/signing';
import { newKeyPem, readKeyFile, writeKeyFile } from '../../host/identity/key-file';
import { say, UsageError, type CliContext } from '../context';
import { checkOutputs, writeOutput } from '../outputs';
import { readPassphrase } from '../signing-options';

/**
 * `protokollant keys new --out KEY.pem [--passphrase-file F | --unencrypted]`: a signing key
 * made by its holder, encrypted with their passphrase, in a file only they can read.
 * `protokollant keys card KEY.pem --name NAME --out CARD.json [--passphrase-file F]`: the
 * public key card the holder gives to the administration for the keyring.
 */
export async function keysCommand(ctx: CliContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      out: { type: 'string' },
      'passphrase-file': { type: 'string' },
      unencrypted: { type: 'boolean' },
      name: { type: 'string' },
    },
    allowPositionals: true,
  });
  const passphrase = await readPassphrase(ctx, values['passphrase-file']);
  if (sub === 'new') {
    if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
    if (passphrase === null && !values.unencrypted) {
      throw new UsageError('cli.missingOption', { option: '--passphrase-file (--unencrypted)' });
    }
    const { pem, publicKey } = newKeyPem(values.unencrypted ? null : passphrase);
    await writeKeyFile(resolve(ctx.cwd, values.out), pem);
    say(ctx, 'key.made', { file: values.out, fingerprint: keyFingerprint(publicKey) });
    if (values.unencrypted) ctx.err(t(ctx.lang, 'key.unencrypted'));
    return 0;
  }
  if (sub === 'card') {
    const keyFile = positionals[0];
    if (!keyFile) throw new UsageError('cli.missingInput', { command: 'keys card' });
    if (!values.name) throw new UsageError('cli.missingOption', { option: '--name' });
    if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
    const [out] = await checkOutputs(ctx, [values.out], [keyFile]);
    const identity = await readKeyFile(resolve(ctx.cwd, keyFile), passphrase, values.name);
    const card = keyCard(values.name, publicKeyOf(identity.secretKey));
    await writeOutput(ctx, out!, values.out, `${JSON.stringify(card, null, 2)}\n`);
    say(ctx, 'key.card', { name: card.name, file: values.out, fingerprint: card.fingerprint });
    return 0;
  }
  throw new UsageError('cli.badOption', { detail: `keys ${sub ?? ''}`.trim() });
}
