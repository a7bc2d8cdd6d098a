import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import { isAllowedExternalUrl } from '../host/security/policy';

/**
 * The Electron shell's security settings as plain data and pure functions, so a unit test can
 * check them without the Electron runtime (only types are imported from 'electron' here).
 * They follow Electron's security checklist: see electron/security.test.ts, point by point.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'protokollant';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
/**
 * Where Chromium's own spell checker (plain fields; the editor uses the bundled Hunspell
 * dictionaries in a worker) would download a dictionary it does not find: our own origin, never
 * Google's servers. It finds them: the app ships de-DE and en-US as .bdic files and puts them
 * into Chromium's dictionary folder before naming the languages
 * (host/services/spell-dictionaries.ts). A file that is missing or broken is then not fetched
 * at all: the app serves no dictionary, so that language's checker stays off. macOS uses the
 * system's checker.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/dictionaries/`;
export const SPELLCHECK_LANGUAGES = ['de-DE', 'en-US'];

/** Our scheme behaves like https for the page (standard, secure, fetch), nothing more. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
  },
};

export function windowOptions(options: {
  preload: string;
  isDev: boolean;
}): BrowserWindowConstructorOptions {
  return {
    width: 1240,
    height: 880,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Protokollant',
    backgroundColor: '#eef1f5',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: options.isDev,
    },
  };
}

/** True for a URL of our own app origin (the only content our windows show). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** What the IPC handlers know about who is calling. */
export interface SenderInfo {
  webContentsId: number;
  /** URL of the calling frame; null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/** Only the main frame of one of our windows, showing our app, may call the host. */
export function isTrustedSender(sender: SenderInfo, windowIds: ReadonlySet<number>): boolean {
  return sender.isMainFrame && windowIds.has(sender.webContentsId) && isAppUrl(sender.frameUrl);
}

/** An event Electron lets us cancel. */
export interface Preventable {
  preventDefault(): void;
}

/**
 * will-navigate / will-redirect: our windows never navigate. A web or mail link the user
 * clicked is offered to the system browser instead (after asking).
 */
export function navigationGuard(openExternal: (url: string) => void) {
  return (event: Preventable & { url?: string }, url?: string): void => {
    event.preventDefault();
    const target = url ?? event.url ?? '';
    if (isAllowedExternalUrl(target)) openExternal(target);
  };
}

/** setWindowOpenHandler: no new windows from the page, ever; links go the same way as above. */
export function windowOpenGuard(openExternal: (url: string) => void) {
  return (details: { url: string }): { action: 'deny' } => {
    if (isAllowedExternalUrl(details.url)) openExternal(details.url);
    return { action: 'deny' };
  };
}

/** Permission requests (camera, notifications, …): all denied; the app needs none. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** Permission checks: all denied. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** will-attach-webview: no <webview> may be created. */
export function preventWebview(event: Preventable): void {
  event.preventDefault();
}
