/**
 * IPC channel names of the Electron shell. Kept apart from host-api.ts so the sandboxed preload
 * can use them without bundling the schemas (the preload forwards; the main process validates).
 */

/** One invoke channel per host method: `protokollant:call:<method>`. */
export const CALL_CHANNEL_PREFIX = 'protokollant:call:';
/** Host → renderer events travel on one channel as `{ event, payload }`. */
export const EVENT_CHANNEL = 'protokollant:event';

/** Method names look like `document.save`; anything else never reaches ipcRenderer. */
const METHOD_NAME = /^[a-z]+\.[A-Za-z]+$/;

export function callChannel(method: string): string | null {
  return METHOD_NAME.test(method) ? `${CALL_CHANNEL_PREFIX}${method}` : null;
}

/** The envelope of an event on EVENT_CHANNEL. */
export interface EventEnvelope {
  event: string;
  payload: unknown;
}

/** Browser mode: the header carrying the per-run token (the page reads it from the URL fragment). */
export const TOKEN_HEADER = 'x-protokollant-token';

/** What the preload exposes as `window.protokollant`; results are HostResult envelopes. */
export interface ProtokollantBridge {
  call(method: string, request: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
