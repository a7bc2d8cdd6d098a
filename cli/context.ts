import { UserError } from '../core/errors';
import { t, type Lang, type MessageKey, type MessageParams } from '../core/i18n/catalog';

/** What a command needs of its surroundings; tests give their own. */
export interface CliContext {
  lang: Lang;
  cwd: string;
  /** The environment (user data folder, settings); absent in tests that need none. */
  env?: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

export function say(ctx: CliContext, key: MessageKey, params: MessageParams = {}): void {
  ctx.out(t(ctx.lang, key, params));
}

/** A mistake in how the command was called: exit code 2, like most Unix tools. */
export class UsageError extends UserError {}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
