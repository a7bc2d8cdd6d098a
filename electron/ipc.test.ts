import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_CHANNEL_PREFIX } from '../contract/channels';
import { hostMethods } from '../contract/host-api';
import { createHostHandlers } from '../host/services/handlers';
import { servicesFor, tempFolder } from '../test/support/host-services';
import { registerHostIpc, type IpcMainLike } from './ipc';

const EXAMPLE = fileURLToPath(
  new URL('../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
);

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** Records ipcMain.handle registrations; calls them as Electron would. */
class RecordingIpcMain implements IpcMainLike {
  readonly channels = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.channels.has(channel)) throw new Error(`second handler for ${channel}`);
    this.channels.set(channel, listener);
  }
  invoke(
    channel: string,
    sender: { id: number; url: string | null; mainFrame?: boolean },
    ...args: unknown[]
  ) {
    const frame =
      sender.url === null
        ? null
        : { url: sender.url, parent: sender.mainFrame === false ? {} : null };
    const event = {
      sender: { id: sender.id },
      senderFrame: frame,
    } as unknown as IpcMainInvokeEvent;
    return this.channels.get(channel)!(event, ...args);
  }
}

const ours = { id: 3, url: 'app://protokollant/index.html' };

describe('Electron IPC adapter', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let ipc: RecordingIpcMain;
  let file: string;
  const called: string[] = [];

  beforeAll(async () => {
    ({ dir, cleanup } = await tempFolder());
    file = join(dir, 'top12.protokoll');
    await copyFile(EXAMPLE, file);
    const services = servicesFor(join(dir, 'user-data'));
    const handlers = createHostHandlers(services, {
      mode: 'electron',
      version: '0.0.0',
      platform: 'linux',
      documentsFolder: dir,
      autosaveDelayMs: 2000,
      startup: () => ({ files: [], recoveryId: null, templateId: null }),
    });
    ipc = new RecordingIpcMain();
    registerHostIpc(ipc, {
      handlers,
      windowIds: () => new Set([3]),
      lang: () => services.settings.cached().language,
      afterCall: (method) => called.push(method),
    });
  });
  afterAll(() => cleanup());

  it('registers one handler per method of the contract', () => {
    expect([...ipc.channels.keys()].sort()).toEqual(
      Object.keys(hostMethods)
        .map((m) => `${CALL_CHANNEL_PREFIX}${m}`)
        .sort(),
    );
  });

  it('answers our window with the envelope', async () => {
    const result = await ipc.invoke(`${CALL_CHANNEL_PREFIX}document.open`, ours, { path: file });
    expect(result).toMatchObject({ ok: true, value: { path: file, name: 'top12.protokoll' } });
    expect(called).toContain('document.open');
  });

  it('refuses other senders: unknown window, foreign origin, sub-frame, vanished frame', async () => {
    for (const sender of [
      { id: 4, url: 'app://protokollant/index.html' },
      { id: 3, url: 'https://evil.example/' },
      { id: 3, url: 'file:///tmp/x.html' },
      { id: 3, url: 'app://protokollant/index.html', mainFrame: false },
      { id: 3, url: null },
    ]) {
      const result = await ipc.invoke(`${CALL_CHANNEL_PREFIX}document.open`, sender, {
        path: file,
      });
      expect(result, JSON.stringify(sender)).toEqual({
        ok: false,
        error: { code: 'host.forbidden', message: 'Diese Anfrage ist nicht erlaubt.' },
      });
    }
  });

  it('answers malformed requests with a localized error and never throws', async () => {
    const bad: unknown[] = [
      undefined,
      null,
      'text',
      42,
      [],
      { path: 42 },
      { path: '' },
      { path: 'x'.repeat(5000) },
    ];
    for (const request of bad) {
      const result = (await ipc.invoke(`${CALL_CHANNEL_PREFIX}document.open`, ours, request)) as {
        ok: boolean;
        error?: { code: string; message: string };
      };
      expect(result.ok, JSON.stringify(request)?.slice(0, 40)).toBe(false);
      expect(result.error!.code).toBe('host.badRequest');
      expect(result.error!.message).toMatch(/^Ungültige Anfrage an „document\.open“/);
    }
    const save = (await ipc.invoke(`${CALL_CHANNEL_PREFIX}document.save`, ours, {
      handle: 'nicht-offen-123',
      document: { evil: true },
      path: null,
    })) as { ok: boolean; error?: { code: string; message: string } };
    expect(save).toMatchObject({ ok: false, error: { code: 'shell.host.unknownDocument' } });
    expect(save.error!.message).not.toMatch(/\n\s+at /);
  });

  it('answers even when the frame is gone mid-call', async () => {
    const event = {
      sender: { id: 3 },
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    const result = await ipc.channels.get(`${CALL_CHANNEL_PREFIX}app.info`)!(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'host.internal' } });
  });
});
