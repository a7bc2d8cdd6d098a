import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  callChannel,
  EVENT_CHANNEL,
  type EventEnvelope,
  type ProtokollantBridge,
} from '../contract/channels';

/**
 * The only thing the page gets: `window.protokollant = { call, on }`. No ipcRenderer, no
 * event objects, no Node: calls go to one channel per method, and the main process checks
 * the sender and validates every request.
 */
const bridge: ProtokollantBridge = {
  call(method, request) {
    const channel = typeof method === 'string' ? callChannel(method) : null;
    if (!channel)
      return Promise.resolve({ ok: false, error: { code: 'host.unknownMethod', message: '' } });
    return ipcRenderer.invoke(channel, request);
  },
  on(event, listener) {
    if (typeof event !== 'string' || typeof listener !== 'function') return () => undefined;
    const wrapped = (_event: IpcRendererEvent, envelope: EventEnvelope) => {
      if (envelope && envelope.event === event) listener(envelope.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('protokollant', bridge);
