import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../../core/i18n/catalog';
import { signatoryRoleSchema, type SignatoryRole } from '../../core/model/schema';
import { addKey, removeKey } from '../../core/review/keyring';
import { keyFingerprint } from '../../core/review/signing';
import {
  readKeyCardFile,
  readKeyringFile,
  readKeyringOrEmpty,
  writeKeyringFile,
} from '../../host/identity/keyring-file';
import { say, UsageError, type CliContext } from '../context';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `protokollant keyring add KEYRING CARD.json [--from DATE] [--until DATE] [--role ROLE]…`,
 * `keyring remove KEYRING FINGERPRINT|NAME`, `keyring list KEYRING`: the body's keyring, kept
 * by the administration.
 */
export async function keyringCommand(ctx: CliContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      from: { type: 'string' },
      until: { type: 'string' },
      role: { type: 'string', multiple: true },
      body: { type: 'string' },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw new UsageError('cli.missingInput', { command: `keyring ${sub ?? ''}`.trim() });
  const path = resolve(ctx.cwd, file);
  switch (sub) {
    case 'add': {
      const cardFile = positionals[1];
      if (!cardFile) throw new UsageError('cli.missingOption', { option: 'KARTE.json' });
      for (const option of ['from', 'until'] as const) {
        const value = values[option];
        if (value !== undefined && !DATE.test(value)) {
          throw new UsageError('cli.badOption', { detail: `--${option} ${value}` });
        }
      }
      const roles: SignatoryRole[] = [];
      for (const role of values.role ?? []) {
        const parsed = signatoryRoleSchema.safeParse(role);
        if (!parsed.success) throw new UsageError('cli.badOption', { detail: `--role ${role}` });
        roles.push(parsed.data);
      }
      const card = await readKeyCardFile(resolve(ctx.cwd, cardFile));
      let keyring = await readKeyringOrEmpty(path);
      if (values.body !== undefined) keyring = { ...keyring, body: values.body };
      keyring = addKey(keyring, {
        name: card.name,
        publicKey: card.publicKey,
        from: values.from ?? '',
        until: values.until ?? '',
        roles,
      });
      await writeKeyringFile(path, keyring);
      say(ctx, 'keyring.added', { name: card.name, fingerprint: card.fingerprint });
      return 0;
    }
    case 'remove': {
      const which = positionals.slice(1).join(' ');
      if (!which) throw new UsageError('cli.missingOption', { option: 'FINGERABDRUCK|NAME' });
      const { keyring, removed } = removeKey(await readKeyringFile(path), which);
      await writeKeyringFile(path, keyring);
      say(ctx, 'keyring.removed', { count: removed });
      return 0;
    }
    case 'list': {
      const keyring = await readKeyringFile(path);
      if (keyring.keys.length === 0) say(ctx, 'keyring.empty');
      for (const entry of keyring.keys) {
        say(ctx, 'keyring.entry', {
          name: entry.name,
          fingerprint: keyFingerprint(entry.publicKey),
          from: entry.from || '…',
          until: entry.until || '…',
          roles: entry.roles.length
            ? ` (${entry.roles.map((r) => t(ctx.lang, `check.role.${r}`)).join(', ')})`
            : '',
          demo: entry.demo ? (lang) => t(lang, 'keyring.demo') : '',
        });
      }
      return 0;
    }
    default:
      throw new UsageError('cli.badOption', { detail: `keyring ${sub ?? ''}`.trim() });
  }
}
