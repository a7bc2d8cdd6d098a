import { UserError, isUserError } from '../../core/errors';
import { isLang, t, type Lang, type MessageKey, type MessageParams } from '../../core/i18n/catalog';
import type { PdfPageSetup } from '../../core/export/html/page-setup';
import type { WorkJob, WorkProgress } from './jobs';

/**
 * The messages between the host's main thread and its worker threads. Everything in them is
 * structured-clone data: a UserError's parameters that are functions (a reason in the
 * user's language) cross as their German and English texts.
 */

type WireParam = string | number | Record<Lang, string>;

export type WireError =
  | { kind: 'protocol'; code: MessageKey; params: Record<string, WireParam> }
  | { kind: 'internal'; message: string };

export function toWireError(error: unknown): WireError {
  if (isUserError(error)) {
    const params: Record<string, WireParam> = {};
    for (const [name, value] of Object.entries(error.params)) {
      params[name] = typeof value === 'function' ? { de: value('de'), en: value('en') } : value;
    }
    return { kind: 'protocol', code: error.code, params };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'internal', message: message.slice(0, 2_000) };
}

/** The error again on this side: a UserError as thrown, anything else as an Error. */
export function fromWireError(wire: WireError): Error {
  if (wire.kind === 'internal') return new Error(wire.message);
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(wire.params)) {
    params[name] =
      typeof value === 'object' ? (lang: Lang) => value[isLang(lang) ? lang : 'de'] : value;
  }
  return new UserError(wire.code, params);
}

/** Main thread → worker. */
export type ToWorker =
  | { type: 'run'; id: number; job: WorkJob }
  | { type: 'printed'; printId: number; pdf: Uint8Array }
  | { type: 'printFailed'; printId: number; error: WireError };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'progress'; id: number; progress: WorkProgress }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: WireError }
  /** The worker asks the main thread's PDF engine to print a page of its job. */
  | { type: 'print'; id: number; printId: number; html: string; setup: PdfPageSetup };

/** A message whose text is for logs only: never shown to the page. */
export function describeWireError(wire: WireError): string {
  return wire.kind === 'internal' ? wire.message : t('en', wire.code, fromWireErrorParams(wire));
}

function fromWireErrorParams(wire: WireError & { kind: 'protocol' }): MessageParams {
  return (fromWireError(wire) as UserError).params;
}
