import { t, type Lang } from '../../core/i18n/catalog';
import { HostCallError } from '../host/host';

/** The message to show for a failed call: the host's own words, or ours when it gave none. */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof HostCallError) {
    if (error.code === 'host.unreachable') return t(lang, 'shell.error.unreachable');
    if (error.message) return error.message;
  }
  return t(lang, 'shell.error.unexpected');
}

export function errorCode(error: unknown): string | null {
  return error instanceof HostCallError ? error.code : null;
}
