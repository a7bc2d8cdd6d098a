import {
  hostMethods,
  isHostMethod,
  type HostMethod,
  type HostResult,
} from '../../contract/host-api';
import { isUserError } from '../../core/errors';
import { t, type Lang } from '../../core/i18n/catalog';
import type { Caller } from './documents';
import type { HostHandlers } from './handlers';

export type Failure = Extract<HostResult<HostMethod>, { ok: false }>;

export function failure(code: string, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** Where the first schema problem is, for the message: "document.save: handle". */
function describeProblem(issues: readonly { path: readonly PropertyKey[] }[]): string {
  const first = issues[0];
  return first && first.path.length > 0 ? first.path.map(String).join('.') : '-';
}

/**
 * Runs one request from the renderer: a known method, a request that fits its schema, then
 * the handler. Every failure becomes `{ ok: false, error }` with a message in the user's
 * language; internal errors are logged here and never sent (no stack traces to the page).
 */
export async function dispatch(
  handlers: HostHandlers,
  method: unknown,
  request: unknown,
  caller: Caller,
  lang: Lang,
): Promise<HostResult<HostMethod>> {
  if (!isHostMethod(method)) {
    return failure(
      'host.unknownMethod',
      t(lang, 'shell.host.unknownMethod', { method: String(method).slice(0, 80) }),
    );
  }
  const parsed = hostMethods[method].request.safeParse(request ?? {});
  if (!parsed.success) {
    return failure(
      'host.badRequest',
      t(lang, 'shell.host.badRequest', { method, detail: describeProblem(parsed.error.issues) }),
    );
  }
  try {
    const handler = handlers[method] as (request: unknown, caller: Caller) => Promise<unknown>;
    const value = await handler(parsed.data, caller);
    return { ok: true, value } as HostResult<HostMethod>;
  } catch (error) {
    if (isUserError(error)) return failure(error.code, error.localized(lang));
    console.error(`protokollant: ${method} failed:`, error);
    return failure('host.internal', t(lang, 'shell.host.internal', { method }));
  }
}
