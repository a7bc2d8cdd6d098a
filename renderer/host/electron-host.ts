import type { ProtokollantBridge } from '../../contract/channels';
import type {
  HostEvent,
  HostEventPayload,
  HostMethod,
  HostRequest,
  HostResponse,
} from '../../contract/host-api';
import { EventHub, HostCallError, unwrapResult, type RendererHost } from './host';

/** The Electron host: the preload's `window.protokollant` bridge (IPC to the main process). */
export function createElectronHost(bridge: ProtokollantBridge): RendererHost {
  const local = new EventHub();
  return {
    mode: 'electron',
    async call<M extends HostMethod>(method: M, request: HostRequest<M>): Promise<HostResponse<M>> {
      let result: unknown;
      try {
        result = await bridge.call(method, request);
      } catch {
        throw new HostCallError('host.unreachable', '');
      }
      return unwrapResult<M>(result);
    },
    on<E extends HostEvent>(event: E, listener: (payload: HostEventPayload<E>) => void) {
      const offHost = bridge.on(event, listener as (payload: unknown) => void);
      const offLocal = local.on(event, listener as (payload: unknown) => void);
      return () => {
        offHost();
        offLocal();
      };
    },
    emitLocal(event, payload) {
      local.emit(event, payload);
    },
  };
}
