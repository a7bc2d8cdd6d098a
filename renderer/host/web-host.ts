import { TOKEN_HEADER } from '../../contract/channels';
import type {
  HostEvent,
  HostEventPayload,
  HostMethod,
  HostRequest,
  HostResponse,
} from '../../contract/host-api';
import { EventHub, HostCallError, unwrapResult, type RendererHost } from './host';

/**
 * The browser mode's host: the same contract over POST /api/<method> on our own origin, with
 * the per-run token. There are no native menus, so events come only from inside the page.
 */
export function createWebHost(
  token: string,
  fetchImpl: typeof fetch = fetch.bind(window),
): RendererHost {
  const hub = new EventHub();
  return {
    mode: 'browser',
    async call<M extends HostMethod>(method: M, request: HostRequest<M>): Promise<HostResponse<M>> {
      let response: Response;
      try {
        response = await fetchImpl(`api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          // Compact JSON: the document is the bulk of an autosave, and nobody reads it on the wire.
          body: JSON.stringify(request),
        });
      } catch {
        throw new HostCallError('host.unreachable', '');
      }
      let result: unknown;
      try {
        result = await response.json();
      } catch {
        throw new HostCallError('host.unreachable', '');
      }
      return unwrapResult<M>(result);
    },
    on<E extends HostEvent>(event: E, listener: (payload: HostEventPayload<E>) => void) {
      return hub.on(event, listener as (payload: unknown) => void);
    },
    emitLocal(event, payload) {
      hub.emit(event, payload);
    },
  };
}
