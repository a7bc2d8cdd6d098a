import type {
  HostApi,
  HostEvent,
  HostEventPayload,
  HostMethod,
  HostRequest,
  HostResponse,
} from '../../contract/host-api';

/** A failed host call: `message` is already in the user's language (or empty, see code). */
export class HostCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/** The host as the renderer uses it: the contract, plus where it runs and local events. */
export interface RendererHost extends HostApi {
  readonly mode: 'electron' | 'browser';
  /** Raises an event inside the page (the in-app menu bar and shortcuts of the browser mode). */
  emitLocal<E extends HostEvent>(event: E, payload: HostEventPayload<E>): void;
}

type AnyListener = (payload: unknown) => void;

/** Listeners per event name; the same for host events and local ones. */
export class EventHub {
  private readonly listeners = new Map<string, Set<AnyListener>>();

  on(event: string, listener: AnyListener): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
}

/** Unwraps a `{ ok, value } | { ok: false, error }` envelope from either transport. */
export function unwrapResult<M extends HostMethod>(result: unknown): HostResponse<M> {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const envelope = result as {
      ok: boolean;
      value?: unknown;
      error?: { code?: unknown; message?: unknown };
    };
    if (envelope.ok) return envelope.value as HostResponse<M>;
    const code = typeof envelope.error?.code === 'string' ? envelope.error.code : 'host.internal';
    const message = typeof envelope.error?.message === 'string' ? envelope.error.message : '';
    throw new HostCallError(code, message);
  }
  throw new HostCallError('host.unreachable', '');
}

export type { HostMethod, HostRequest, HostResponse };
