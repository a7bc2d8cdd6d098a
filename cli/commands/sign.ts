import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serializeProtokoll } from '../../core/file/format';
import { t } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { nameForms, normalName } from '../../core/review/keyring';
import { keyFingerprint } from '../../core/review/signing';
import { readKeyFile } from '../../host/identity/key-file';
import { readDocumentFile } from '../../host/fs/read-document';
import { signSlot } from '../../host/services/sign-slot';
import { say, UsageError, type CliContext } from '../context';
import { checkOutputs, writeOutput } from '../outputs';
import { readPassphrase, resolveKeyring } from '../signing-options';

/**
 * `protokollant sign FILE --key KEY.pem --slot N|ROLE [--person NAME] [--passphrase-file F]
 * [--keyring F] [--out F]`: signs one place with the holder's key, after the same checks the
 * app's host makes. Writes the file in place (atomically) unless --out names another.
 */
export async function signCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      key: { type: 'string' },
      slot: { type: 'string' },
      person: { type: 'string' },
      'passphrase-file': { type: 'string' },
      keyring: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
  });
  const input = positionals[0];
  if (!input) throw new UsageError('cli.missingInput', { command: 'sign' });
  if (!values.key) throw new UsageError('cli.missingOption', { option: '--key' });
  if (!values.slot) throw new UsageError('cli.missingOption', { option: '--slot' });
  const inputPath = resolve(ctx.cwd, input);
  const outPath = values.out ? (await checkOutputs(ctx, [values.out], [input]))[0]! : inputPath;
  const document = await readDocumentFile(inputPath);
  const slot = findSlot(document, values.slot);
  const place = document.rules.signatories[slot]!;
  let personId = place.personId;
  if (values.person !== undefined) personId = findPerson(document, values.person);
  if (!personId) throw new UsageError('sign.personNeeded', { label: place.label });
  const keyring = await resolveKeyring(ctx, values.keyring);
  const passphrase = await readPassphrase(ctx, values['passphrase-file']);
  const identity = await readKeyFile(resolve(ctx.cwd, values.key), passphrase);
  const signed = signSlot(document, {
    slot,
    personId,
    identity,
    keyring: keyring?.keyring ?? null,
    signedAt: new Date().toISOString(),
  });
  const signature = signed.signatures.at(-1)!;
  await writeOutput(ctx, outPath, values.out ?? input, serializeProtokoll(signed));
  say(ctx, 'sign.signed', {
    label: signature.label,
    name: signature.name,
    fingerprint: keyFingerprint(signature.publicKey),
  });
  if (!keyring) ctx.err(t(ctx.lang, 'signature.verify.noKeyring'));
  return 0;
}

/** A place by its number (1-based), role (chair, member, clerk, …) or label; the first free one. */
function findSlot(document: ProtocolDocument, wanted: string): number {
  const slots = document.rules.signatories;
  const free = (i: number) => !document.signatures.some((s) => s.slot === i);
  const number = /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
  if (number >= 0 && number < slots.length) return number;
  const byName = slots
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.role === wanted || normalName(s.label) === normalName(wanted));
  const pick = byName.find(({ i }) => free(i)) ?? byName[0];
  if (pick) return pick.i;
  throw new UsageError('sign.noSuchSlot', {
    slot: wanted,
    slots: slots.map((s, i) => `${i + 1} ${s.label} (${s.role})`).join(', '),
  });
}

function findPerson(document: ProtocolDocument, wanted: string): string {
  const byId = document.people.find((p) => p.id === wanted);
  if (byId) return byId.id;
  const matches = document.people.filter((p) => nameForms(p).has(normalName(wanted)));
  if (matches.length !== 1) throw new UsageError('sign.unknownPersonName', { name: wanted });
  return matches[0]!.id;
}
