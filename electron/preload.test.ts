import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The preload, run against a stand-in for Electron's contextBridge and ipcRenderer: checklist
 * point 20, the page gets `call` and `on` and nothing else.
 */
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, request: unknown) => ({
  ok: true,
  value: { channel, request },
}));
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed[key] = api;
    },
  },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  },
}));

interface Bridge {
  call(method: unknown, request: unknown): Promise<unknown>;
  on(event: unknown, listener: unknown): () => void;
}

describe('preload', () => {
  let bridge: Bridge;
  beforeEach(async () => {
    await import('./preload');
    bridge = exposed.protokollant as Bridge;
  });

  it('exposes exactly call and on, under window.protokollant', () => {
    expect(Object.keys(exposed)).toEqual(['protokollant']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
  });

  it('forwards a call on the method channel and refuses names that are not methods', async () => {
    await expect(bridge.call('document.open', { path: '/x' })).resolves.toMatchObject({
      value: { channel: 'protokollant:call:document.open', request: { path: '/x' } },
    });
    for (const method of ['../x', 'document.open; rm', 42, 'electron:quit', '']) {
      await expect(bridge.call(method, {})).resolves.toMatchObject({ ok: false });
    }
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('delivers only the payload of the subscribed event, never the IPC event object', () => {
    const seen: unknown[] = [];
    const off = bridge.on('menu.command', (payload: unknown) => seen.push(payload));
    const [listener] = listeners.get('protokollant:event')!;
    const ipcEvent = { sender: 'ipcRenderer would leak here' };
    listener!(ipcEvent, { event: 'menu.command', payload: { command: 'save' } });
    listener!(ipcEvent, { event: 'settings.changed', payload: { language: 'en' } });
    expect(seen).toEqual([{ command: 'save' }]);
    off();
    expect(listeners.get('protokollant:event')!.size).toBe(0);
    expect(bridge.on(42, null)()).toBeUndefined();
  });
});
