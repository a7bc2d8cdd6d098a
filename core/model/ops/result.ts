import type { MessageKey } from '../../i18n/catalog';
import type { ProtocolDocument } from '../schema';

/**
 * The outcome of an edit that may be refused. A refusal names a catalog message, so the UI
 * says why in the user's language; the document is then unchanged.
 */
export type OpResult<Extra = object> =
  | ({ ok: true; document: ProtocolDocument } & Extra)
  | { ok: false; reason: MessageKey; params: Record<string, string | number> };

export function refuse(
  reason: MessageKey,
  params: Record<string, string | number> = {},
): { ok: false; reason: MessageKey; params: Record<string, string | number> } {
  return { ok: false, reason, params };
}
