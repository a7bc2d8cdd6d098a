import type { IpcMainInvokeEvent } from 'electron';
import { callChannel } from '../contract/channels';
import { hostMethods, type HostMethod, type HostResult } from '../contract/host-api';
import { t, type Lang } from '../core/i18n/catalog';
import { dispatch, failure } from '../host/services/dispatch';
import type { HostHandlers } from '../host/services/handlers';
import { isTrustedSender, type SenderInfo } from './security';

/** The part of ipcMain we use (injected, so tests run without Electron). */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame ? frame.parent === null : false,
  };
}

export interface IpcOptions {
  handlers: HostHandlers;
  /** The webContents ids of our windows right now. */
  windowIds(): ReadonlySet<number>;
  lang(): Lang;
  /** Told after each successful call (the menu's recent list follows opens and saves). */
  afterCall?(method: HostMethod): void;
}

/**
 * One ipcMain handler per host method. Each checks the sender (our window, our origin, its
 * main frame), validates the request against the contract and answers with the envelope; a
 * malformed message gets an error in the user's language, never an exception or a stack.
 */
export function registerHostIpc(ipcMain: IpcMainLike, options: IpcOptions): void {
  for (const method of Object.keys(hostMethods) as HostMethod[]) {
    const channel = callChannel(method);
    if (!channel) throw new Error(`method name ${method} does not fit the channel pattern`);
    ipcMain.handle(channel, async (event, ...args): Promise<HostResult<HostMethod>> => {
      const lang = options.lang();
      try {
        if (!isTrustedSender(senderOf(event), options.windowIds())) {
          return failure('host.forbidden', t(lang, 'shell.host.forbidden'));
        }
        const caller = { owner: String(event.sender.id) };
        const result = await dispatch(options.handlers, method, args[0], caller, lang);
        if (result.ok) options.afterCall?.(method);
        return result;
      } catch (error) {
        // A frame that vanished mid-call, a hook that failed: an answer, never a rejection.
        console.error(`protokollant: ipc ${method} failed:`, error);
        return failure('host.internal', t(lang, 'shell.host.internal', { method }));
      }
    });
  }
}
