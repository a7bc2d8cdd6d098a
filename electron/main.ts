import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  type WebContents,
} from 'electron';
import { EVENT_CHANNEL, type EventEnvelope } from '../contract/channels';
import type { HostEvent, HostEventPayload, MenuCommand } from '../contract/host-api';
import { t, type Lang } from '../core/i18n/catalog';
import type { Caller } from '../host/services/documents';
import { IdentityStore } from '../host/identity/identity-store';
import { DocumentSessions } from '../host/services/documents';
import { machineLocks } from '../host/services/file-lock';
import { createHostHandlers } from '../host/services/handlers';
import { RecentService } from '../host/services/recent';
import { RecoveryStore } from '../host/services/recovery';
import { ReviewService } from '../host/services/review';
import { SettingsService } from '../host/services/settings';
import { SnippetsService } from '../host/services/snippets';
import {
  bundledDictionaryFolder,
  installBundledDictionaries,
  type DictionaryInstall,
} from '../host/services/spell-dictionaries';
import { ensureUserDataFolder } from '../host/services/user-data';
import { pathPolicyFor } from '../host/services/path-policy';
import { closePdfEngine, setPdfEngineFactory } from '../host/pdf/engine';
import { WorkerPool } from '../host/work/pool';
import { createAppProtocolHandler } from './app-protocol';
import { filesFromArgv } from './argv';
import { openFilters, safeFileName, saveFilters } from './dialogs';
import { registerHostIpc } from './ipc';
import { safeStorageProtector } from './safe-storage';
import { buildMenuTemplate } from './menu';
import { createElectronPdfEngine } from './print-to-pdf';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  denyPermissionCheck,
  denyPermissionRequest,
  navigationGuard,
  preventWebview,
  SPELLCHECK_DICTIONARY_URL,
  SPELLCHECK_LANGUAGES,
  windowOpenGuard,
  windowOptions,
} from './security';

/**
 * The Electron main process: a thin adapter. Everything it decides is in tested modules
 * (security.ts, app-protocol.ts, ipc.ts, menu.ts, host/services); this file wires them to
 * Electron's objects. One window per document.
 */

interface Startup {
  files: string[];
  recoveryId: string | null;
  templateId: string | null;
}

interface WindowState {
  win: BrowserWindow;
  startup: Startup;
  /** Reported by the renderer with every title change; it alone knows. */
  dirty: boolean;
  /** The renderer finished the close handshake (saved or discarded). */
  allowClose: boolean;
}

const isDev = !app.isPackaged;
const windows = new Map<number, WindowState>();
const pendingOpen: string[] = [];
let quitting = false;
let ready = false;

// A second launch hands its files to this instance and ends.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  start();
}

function start(): void {
  const userData = app.getPath('userData');
  // Owner only (keys, recovery copies); the services' writes wait for nothing else.
  void ensureUserDataFolder(userData).catch((error: unknown) => {
    console.error('protokollant: user data folder:', error);
  });
  const recovery = new RecoveryStore(userData);
  const recent = new RecentService(userData);
  const systemLang: Lang = app.getLocale().toLowerCase().startsWith('de') ? 'de' : 'en';
  const settings = new SettingsService(userData, {
    language: systemLang,
    autosaveToFile: false,
    userName: '',
  });
  const documents = new DocumentSessions(
    recovery,
    recent,
    machineLocks(() => settings.cached().userName),
  );
  // The renderer names no path of its own: only what the native dialogs returned, files given
  // by the command line or the OS, and the recent list (grants; host/fs/path-grants.ts).
  const paths = pathPolicyFor('electron', {
    home: app.getPath('home'),
    userData,
    recent,
    settings,
  });
  // Signing keys are sealed by the OS keychain; used only on requests, i.e. after 'ready'.
  const review = new ReviewService(
    new IdentityStore(userData, safeStorageProtector(safeStorage)),
    settings,
  );
  const lang = (): Lang => settings.cached().language;
  // Imports, exports and PDF pages run on worker threads (built beside this file), so the main
  // process keeps answering every window; a PDF's page is still printed here, by Electron.
  const work = new WorkerPool({ file: join(__dirname, 'host-worker.cjs') });
  let lastFolder: string | null = null;

  const stateOf = (caller: Caller): WindowState | undefined => windows.get(Number(caller.owner));

  const send = <E extends HostEvent>(
    win: BrowserWindow,
    event: E,
    payload: HostEventPayload<E>,
  ) => {
    const envelope: EventEnvelope = { event, payload };
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, envelope);
  };

  const confirmExternal = async (win: BrowserWindow | null, url: string): Promise<boolean> => {
    const options = {
      type: 'question' as const,
      title: t(lang(), 'shell.dialog.externalTitle'),
      message: t(lang(), 'shell.dialog.externalMessage'),
      detail: url,
      buttons: [t(lang(), 'shell.dialog.externalOpen'), t(lang(), 'shell.dialog.cancel')],
      defaultId: 1,
      cancelId: 1,
    };
    const { response } = win
      ? await dialog.showMessageBox(win, options)
      : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    await shell.openExternal(url);
    return true;
  };

  const harden = (contents: WebContents) => {
    const external = (url: string) =>
      void confirmExternal(BrowserWindow.fromWebContents(contents), url);
    contents.on('will-navigate', navigationGuard(external));
    contents.on('will-redirect', navigationGuard(external));
    contents.on('will-attach-webview', preventWebview);
    contents.setWindowOpenHandler(windowOpenGuard(external));
  };

  const createWindow = (startup: Startup): BrowserWindow => {
    const win = new BrowserWindow(
      windowOptions({ preload: join(__dirname, 'preload.cjs'), isDev }),
    );
    const id = win.webContents.id;
    const state: WindowState = { win, startup, dirty: false, allowClose: false };
    windows.set(id, state);
    win.once('ready-to-show', () => win.show());
    win.on('close', (event) => {
      if (state.dirty && !state.allowClose) {
        event.preventDefault();
        send(win, 'window.closeRequested', { reason: quitting ? 'quit' : 'close' });
      }
    });
    win.on('closed', () => {
      windows.delete(id);
      // Closed without unsaved changes (or after the handshake): its recovery copies go.
      void documents.closeOwner(String(id));
    });
    win.webContents.on('render-process-gone', () => {
      // The renderer crashed: forget its documents but keep their recovery copies, which the
      // reloaded start screen offers to restore.
      documents.dropOwner(String(id));
      state.dirty = false;
      if (!win.isDestroyed()) void win.loadURL(APP_START_URL);
    });
    void win.loadURL(APP_START_URL);
    return win;
  };

  const focus = (win: BrowserWindow) => {
    if (win.isMinimized()) win.restore();
    win.focus();
  };

  const openPaths = (files: string[]) => {
    for (const path of files) {
      // Given by the command line, the OS or the recent menu (window.open paths were checked).
      void paths.grant(path, 'write');
      const owner = documents.ownerOfPath(path);
      const existing = owner ? windows.get(Number(owner)) : undefined;
      if (existing) focus(existing.win);
      else createWindow({ files: [path], recoveryId: null, templateId: null });
    }
  };

  const targetWindow = (): BrowserWindow | null =>
    BrowserWindow.getFocusedWindow() ?? [...windows.values()][0]?.win ?? null;

  const rebuildMenu = async () => {
    const entries = await recent.list().catch(() => []);
    const template = buildMenuTemplate({
      lang: lang(),
      isDev,
      platform: process.platform,
      recent: entries,
      command: (command: MenuCommand) => {
        const win = targetWindow();
        if (win) send(win, 'menu.command', { command });
        else if (command === 'new' || command === 'open') {
          const created = createWindow({ files: [], recoveryId: null, templateId: null });
          if (command === 'open')
            created.webContents.once('did-finish-load', () =>
              send(created, 'menu.command', { command }),
            );
        }
      },
      openRecent: (path) => {
        const win = targetWindow();
        if (win) send(win, 'document.openPath', { path });
        else openPaths([path]);
      },
      setLanguage: (language) => void settings.set({ language }),
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: t(lang(), 'shell.menu.about'),
          message: 'Protokollant',
          detail: t(lang(), 'shell.dialog.aboutDetail', { version: app.getVersion() }),
        }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const handlers = createHostHandlers(
    { documents, recent, settings, review, snippets: new SnippetsService(userData), work, paths },
    {
      mode: 'electron',
      version: app.getVersion(),
      platform: process.platform,
      documentsFolder: app.getPath('documents'),
      autosaveDelayMs: 2000,
      startup: (caller) => {
        // The same answer for the window's whole life: after a renderer crash the reloaded
        // page asks again, and then offers the recovery copy before the file.
        return stateOf(caller)?.startup ?? { files: [], recoveryId: null, templateId: null };
      },
      dialogs: {
        async open(caller, kind) {
          const win = stateOf(caller)?.win;
          const options = {
            title: t(lang(), 'shell.dialog.openTitle'),
            defaultPath: lastFolder ?? app.getPath('documents'),
            properties: [kind === 'folder' ? ('openDirectory' as const) : ('openFile' as const)],
            filters: openFilters(lang(), kind),
          };
          const result = win
            ? await dialog.showOpenDialog(win, options)
            : await dialog.showOpenDialog(options);
          const path = result.canceled ? null : (result.filePaths[0] ?? null);
          if (path) lastFolder = join(path, '..');
          return path;
        },
        async save(caller, suggestedName, kind) {
          const win = stateOf(caller)?.win;
          const options = {
            title:
              kind === 'protokoll'
                ? t(lang(), 'shell.dialog.saveTitle')
                : t(lang(), 'shell.dialog.exportTitle'),
            defaultPath: join(lastFolder ?? app.getPath('documents'), safeFileName(suggestedName)),
            filters: saveFilters(kind, lang()),
          };
          const result = win
            ? await dialog.showSaveDialog(win, options)
            : await dialog.showSaveDialog(options);
          const path = result.canceled ? null : (result.filePath ?? null);
          if (path) lastFolder = join(path, '..');
          return path;
        },
      },
      openExternal: (caller, url) => confirmExternal(stateOf(caller)?.win ?? null, url),
      setTitle(caller, title, dirty) {
        const state = stateOf(caller);
        if (!state) return;
        state.dirty = dirty;
        state.win.setTitle(title);
        if (process.platform === 'darwin') state.win.setDocumentEdited(dirty);
      },
      async openWindow(_caller, intent) {
        if (intent.path) openPaths([intent.path]);
        else
          createWindow({ files: [], recoveryId: intent.recoveryId, templateId: intent.templateId });
        return true;
      },
      async closeWindow(caller) {
        const state = stateOf(caller);
        if (!state) return false;
        state.allowClose = true;
        state.win.close();
        return true;
      },
    },
  );

  registerHostIpc(ipcMain, {
    handlers,
    windowIds: () => new Set(windows.keys()),
    lang,
    afterCall: (method) => {
      if (method === 'document.open' || method === 'document.save') void rebuildMenu();
    },
  });

  settings.onChange((next) => {
    void rebuildMenu();
    for (const { win } of windows.values()) send(win, 'settings.changed', next);
  });

  app.on('second-instance', (_event, argv, cwd) => {
    const files = filesFromArgv(argv, cwd);
    if (files.length > 0) openPaths(files);
    else {
      const win = targetWindow();
      if (win) focus(win);
      else createWindow({ files: [], recoveryId: null, templateId: null });
    }
  });

  // macOS hands files over by event, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) openPaths([path]);
    else pendingOpen.push(path);
  });

  app.on('web-contents-created', (_event, contents) => harden(contents));

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('will-quit', () => {
    documents.releaseLocks();
    void closePdfEngine();
    void work.close();
  });

  app.on('window-all-closed', () => {
    if (quitting || process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (windows.size === 0) createWindow({ files: [], recoveryId: null, templateId: null });
  });

  void app.whenReady().then(async () => {
    ready = true;
    session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
    session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
    // Offline promise: a download of a dictionary could only go to our own origin, which serves
    // none; the bundled ones are in place before the languages are named, so none is asked for.
    session.defaultSession.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
    const dictionaries = await installBundledDictionaries(
      bundledDictionaryFolder({
        packaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appFolder: __dirname,
      }),
      userData,
    ).catch((error: unknown): DictionaryInstall => {
      console.error('protokollant: spelling dictionaries:', error);
      return { languages: [], written: [], problems: [] };
    });
    for (const problem of dictionaries.problems) {
      console.error(`protokollant: spelling dictionary ${problem.file}: ${problem.reason}`);
    }
    session.defaultSession.setSpellCheckerLanguages(
      SPELLCHECK_LANGUAGES.filter((language) => dictionaries.languages.includes(language)),
    );
    for (const word of (await settings.get()).spellingWords ?? []) {
      session.defaultSession.addWordToSpellCheckerDictionary(word);
    }
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '..', 'renderer')));
    // PDF exports print with Electron's own Chromium (the CLI and browser mode use the system one).
    setPdfEngineFactory(createElectronPdfEngine);
    await settings.get();
    await rebuildMenu();
    const files = [...filesFromArgv(process.argv, process.cwd()), ...pendingOpen];
    if (files.length > 0) openPaths(files);
    else createWindow({ files: [], recoveryId: null, templateId: null });
  });
}
