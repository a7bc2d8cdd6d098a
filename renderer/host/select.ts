import type { ProtokollantBridge } from '../../contract/channels';
import { createElectronHost } from './electron-host';
import type { RendererHost } from './host';
import { createWebHost } from './web-host';

const TOKEN_KEY = 'protokollant.token';

/**
 * Picks the host at start: Electron's preload bridge when present, else the browser mode with
 * the token from the URL fragment. The fragment is removed from the address bar (kept for
 * reloads in this tab's session storage) so it does not end up in screenshots or bookmarks.
 */
export function selectHost(win: Window = window): RendererHost | null {
  const bridge = (win as unknown as { protokollant?: ProtokollantBridge }).protokollant;
  if (bridge && typeof bridge.call === 'function') return createElectronHost(bridge);
  const fromHash = new URLSearchParams(win.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    win.sessionStorage.setItem(TOKEN_KEY, fromHash);
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
  }
  const token = fromHash ?? win.sessionStorage.getItem(TOKEN_KEY);
  return token ? createWebHost(token) : null;
}
