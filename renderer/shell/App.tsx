import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  HostResponse,
  ImportWarningInfo,
  OpenDocument,
  Settings,
} from '../../contract/host-api';
import { t as translate } from '../../core/i18n/catalog';
import type { RendererHost } from '../host/host';
import { Banners, type BannerMessage } from './Banners';
import { shortcutCommand, type MenuEntry } from './commands';
import { ShellContext, useShell, type AppInfo, type Shell } from '../ui/context';
import { usePaths } from '../ui/paths';
import { useDialogs } from '../ui/dialogs';
import { DialogProvider } from './dialogs';
import { DocumentFrame, type FrameHandle } from './DocumentFrame';
import { ImportNotesDialog } from './ImportNotesDialog';
import { errorMessage } from '../ui/errors';
import { formatDateTime, LangContext, useT } from '../ui/i18n';
import { SignatureSettings } from '../review/settings/SignatureSettings';
import { MenuBar } from './MenuBar';
import { cycleRegion } from './regions';
import { StartScreen, type OpenIntent } from './StartScreen';
import { ArchiveView, type ArchiveState } from '../gremium/ArchiveView';
import { GremiumEditor, type OpenGremium } from '../gremium/GremiumEditor';
import { validateGremium, type Gremium } from '../../core/body/gremium';
import type { ProtocolDocument } from '../../core/model/schema';

type LockStatus = HostResponse<'document.lockStatus'>;

interface Boot {
  info: AppInfo;
  settings: Settings;
}

/** The app: asks the host who we are, then shows the start screen or the open document. */
export function App({ host }: { host: RendererHost }) {
  const [boot, setBoot] = useState<Boot | null>(null);
  const [bootError, setBootError] = useState<unknown>(null);
  const [banners, setBanners] = useState<BannerMessage[]>([]);
  const nextBanner = useRef(1);

  useEffect(() => {
    Promise.all([host.call('app.info', {}), host.call('settings.get', {})])
      .then(([info, settings]) => setBoot({ info, settings }))
      .catch(setBootError);
  }, [host]);

  useEffect(
    () => host.on('settings.changed', (settings) => setBoot((b) => (b ? { ...b, settings } : b))),
    [host],
  );

  const lang = boot?.settings.language ?? (navigator.language.startsWith('de') ? 'de' : 'en');
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const report = useCallback(
    (error: unknown) => {
      const text = errorMessage(error, lang);
      setBanners((list) => [
        ...list.filter((b) => b.text !== text),
        { id: nextBanner.current++, text },
      ]);
    },
    [lang],
  );

  const setSettings = useCallback(
    async (patch: Partial<Settings>) => {
      try {
        const settings = await host.call('settings.set', patch);
        setBoot((b) => (b ? { ...b, settings } : b));
      } catch (error) {
        report(error);
      }
    },
    [host, report],
  );

  const shell = useMemo<Shell | null>(
    () =>
      boot ? { host, info: boot.info, settings: boot.settings, lang, setSettings, report } : null,
    [boot, host, lang, report, setSettings],
  );

  if (!shell) {
    return (
      <div className="pk-boot" role="status">
        {bootError ? errorMessage(bootError, lang) : translate(lang, 'shell.start.loading')}
      </div>
    );
  }
  return (
    <LangContext.Provider value={lang}>
      <ShellContext.Provider value={shell}>
        <DialogProvider>
          <AppBody
            banners={banners}
            dismiss={(id) => setBanners((list) => list.filter((b) => b.id !== id))}
          />
        </DialogProvider>
      </ShellContext.Provider>
    </LangContext.Provider>
  );
}

function AppBody({ banners, dismiss }: { banners: BannerMessage[]; dismiss(id: number): void }) {
  const { host, info, lang, report, setSettings } = useShell();
  const dialogs = useDialogs();
  const t = useT();
  const paths = usePaths();
  const [current, setCurrent] = useState<OpenDocument | null>(null);
  /** The item an archive hit opens its minutes at. */
  const [startItem, setStartItem] = useState<string | null>(null);
  /** The body editor or the archive, over the start screen or the open minutes. */
  const [overlay, setOverlay] = useState<'gremium' | 'archive' | null>(null);
  /** What they showed last: reopened as it was, within this window. */
  const [lastGremium, setLastGremium] = useState<OpenGremium | null>(null);
  const [archiveState, setArchiveState] = useState<ArchiveState>({ listing: null, found: null });
  /** The open minutes as last handed to the frame (the body editor starts from them). */
  const [gremiumSource, setGremiumSource] = useState<ProtocolDocument | null>(null);
  const [pendingFiles, setPendingFiles] = useState<string[]>([]);
  /** What the last agenda import skipped, shown over the new document until closed. */
  const [importNotes, setImportNotes] = useState<readonly ImportWarningInfo[]>([]);
  const [signatureSettings, setSignatureSettings] = useState(false);
  const started = useRef(false);
  /** A document named at start is being opened: no start screen before it. */
  const [starting, setStarting] = useState(() =>
    Boolean(info.startupRecovery || info.startupTemplate || info.startupFiles.length > 0),
  );
  const frameRef = useRef<FrameHandle>(null);
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);

  /**
   * A Folgesitzung: made with the suggested date, which the clerk confirms or changes; a
   * changed date makes it anew, as the minutes number follows the year. Null when cancelled.
   */
  const fetchFollowUp = useCallback(
    async (path: string, gremium?: Gremium): Promise<OpenDocument | null> => {
      // With a body file (from the Gremium editor) its roster and numbering lead.
      const body = gremium ? { gremium } : {};
      const suggested = await host.call('document.followUp', { path, ...body });
      const meeting = (suggested.document as { meeting?: { date?: unknown } }).meeting;
      const date = typeof meeting?.date === 'string' ? meeting.date : '';
      const chosen = await dialogs.askDate(date);
      if (chosen === date) return suggested;
      await host.call('document.close', { handle: suggested.handle }).catch(() => undefined);
      return chosen === null
        ? null
        : host.call('document.followUp', { path, date: chosen, ...body });
    },
    [dialogs, host],
  );

  /**
   * A file another clerk has open (its lock file): say who and since when, and offer to read it
   * read-only; a stale lock (the app there is gone, or a day old) may be taken over. Null when
   * the clerk cancels.
   */
  const openPath = useCallback(
    async (path: string, known?: LockStatus): Promise<OpenDocument | null> => {
      const lock = known ?? (await host.call('document.lockStatus', { path }));
      if (lock.state !== 'held' && lock.state !== 'stale') {
        return host.call('document.open', { path });
      }
      const holder = lock.holder;
      const params = {
        file: paths.baseName(path),
        user: holder?.user || t('lock.someone'),
        host: holder?.host || t('lock.unknownHost'),
        since: holder?.since ? formatDateTime(holder.since, lang) : '?',
      };
      const stale = lock.state === 'stale';
      const choice = await dialogs.ask<'readOnly' | 'takeOver' | 'cancel'>(
        t('lock.dialog.title'),
        stale
          ? t('lock.dialog.stale', { ...params, reason: t(`lock.reason.${lock.reason ?? 'old'}`) })
          : t('lock.dialog.held', params),
        [
          { id: 'cancel', label: t('shell.dialog.cancel') },
          ...(stale ? [{ id: 'takeOver' as const, label: t('lock.dialog.takeOver') }] : []),
          { id: 'readOnly', label: t('lock.dialog.readOnly'), kind: 'primary' },
        ],
      );
      if (choice === null || choice === 'cancel') return null;
      return host.call('document.open', { path, mode: choice });
    },
    [dialogs, host, lang, paths, t],
  );

  /** Reads what an intent names: a file, a template or a recovery copy; null: cancelled. */
  const fetchIntent = useCallback(
    (intent: OpenIntent, lock?: LockStatus): Promise<OpenDocument | null> =>
      intent.kind === 'path'
        ? openPath(intent.path, lock)
        : intent.kind === 'template'
          ? host.call('document.new', { templateId: intent.templateId })
          : intent.kind === 'import'
            ? host.call('document.import', { path: intent.path, templateId: null })
            : intent.kind === 'followUp'
              ? fetchFollowUp(intent.path, intent.gremium)
              : intent.kind === 'gremium'
                ? host.call('document.fromGremium', { gremium: intent.gremium, templateId: null })
                : host.call('recovery.restore', { id: intent.id }),
    [fetchFollowUp, host, openPath],
  );

  const show = useCallback((intent: OpenIntent, opened: OpenDocument) => {
    setPendingFiles((files) => files.filter((f) => intent.kind !== 'path' || f !== intent.path));
    setStartItem(intent.kind === 'path' ? (intent.itemId ?? null) : null);
    setCurrent(opened);
    setImportNotes(opened.importWarnings);
  }, []);

  const load = useCallback(
    async (intent: OpenIntent, lock?: LockStatus) => {
      try {
        const opened = await fetchIntent(intent, lock);
        if (opened) show(intent, opened);
      } catch (error) {
        report(error);
      }
    },
    [fetchIntent, report, show],
  );

  /** Leaves the open document (asking about unsaved changes); true when it is gone. */
  const leave = useCallback(async () => {
    if (!currentRef.current) return true;
    const closed = (await frameRef.current?.requestClose()) ?? true;
    if (closed) setCurrent(null);
    return closed;
  }, []);

  const openIntent = useCallback(
    async (intent: OpenIntent) => {
      // A new window can open a file, a template or a recovery copy; a document made from
      // another file (import, follow-up) replaces the open one after asking, as in the browser.
      const ownWindow =
        intent.kind === 'path' || intent.kind === 'template' || intent.kind === 'recovery';
      if (currentRef.current && host.mode === 'electron' && ownWindow) {
        // One window per document: another document gets its own window.
        const result = await host
          .call('window.open', {
            path: intent.kind === 'path' ? intent.path : null,
            templateId: intent.kind === 'template' ? intent.templateId : null,
            recoveryId: intent.kind === 'recovery' ? intent.id : null,
          })
          .catch((error: unknown) => (report(error), { opened: true }));
        if (result.opened) return;
      }
      if (!currentRef.current) return load(intent);
      // Read the new document first: a file that cannot be opened must not cost the clerk the
      // minutes that are open (they stay, with the message about the bad file).
      let opened: OpenDocument | null;
      try {
        opened = await fetchIntent(intent);
      } catch (error) {
        report(error);
        return;
      }
      if (!opened) return;
      if (await leave()) show(intent, opened);
      else await host.call('document.close', { handle: opened.handle }).catch(() => undefined);
    },
    [fetchIntent, host, leave, load, report, show],
  );

  // What to show at start: an intent from the host, the given file, or the start screen (which
  // offers recovery copies first when there are any). The file's lock is asked together with
  // the recovery copies, and the start screen waits until the opening has ended: the clerk who
  // opened a file wants its editor, not a start screen's host calls before it.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        if (info.startupRecovery) return await load({ kind: 'recovery', id: info.startupRecovery });
        if (info.startupTemplate) {
          return await load({ kind: 'template', templateId: info.startupTemplate });
        }
        const [first] = info.startupFiles;
        if (!first) return;
        const [copies, lock] = await Promise.all([
          host.call('recovery.list', {}).catch(() => []),
          // Asked again on opening when this fails (the message then says why).
          host.call('document.lockStatus', { path: first }).catch(() => undefined),
        ]);
        if (copies.length > 0) setPendingFiles(info.startupFiles);
        else await load({ kind: 'path', path: first }, lock);
      } finally {
        setStarting(false);
      }
    })();
  }, [host, info, load]);

  const closeWindowOrDocument = useCallback(async () => {
    if (!(await leave())) return;
    if (host.mode === 'electron') await host.call('window.close', {}).catch(report);
  }, [host, leave, report]);

  /** Aus Gremium übernehmen: after asking, the body goes into the open minutes. */
  const takeGremium = useCallback(
    async (gremium: Gremium) => {
      if (!frameRef.current) return;
      const choice = await dialogs.ask(
        t('gremium.menu.apply'),
        t('gremium.editor.applyConfirm', { name: gremium.body.name }),
        [
          { id: 'cancel', label: t('shell.dialog.cancel') },
          { id: 'apply', label: t('gremium.editor.applyButton'), kind: 'primary' },
        ],
      );
      if (choice === 'apply') frameRef.current?.applyGremium(gremium);
    },
    [dialogs, t],
  );

  const command = useCallback(
    (cmd: MenuEntry['command']) => {
      switch (cmd) {
        case 'new':
          if (currentRef.current && host.mode === 'electron') {
            void host
              .call('window.open', { path: null, templateId: null, recoveryId: null })
              .catch(report);
          } else void leave();
          return;
        case 'open':
          void dialogs.pickOpen().then((path) => {
            if (path) void openIntent({ kind: 'path', path });
          });
          return;
        case 'followUp':
          void dialogs.pickPrevious().then((path) => {
            if (path) void openIntent({ kind: 'followUp', path });
          });
          return;
        case 'import':
          void dialogs.pickImport().then((path) => {
            if (path) void openIntent({ kind: 'import', path });
          });
          return;
        case 'editGremium':
          setGremiumSource(frameRef.current?.currentDocument() ?? null);
          setOverlay('gremium');
          return;
        case 'archive':
          setOverlay('archive');
          return;
        case 'applyGremium':
          void dialogs.pickGremium().then(async (path) => {
            if (!path) return;
            try {
              const read = await host.call('gremium.read', { path });
              await takeGremium(validateGremium(read.gremium, read.name));
            } catch (error) {
              report(error);
            }
          });
          return;
        case 'close':
          void closeWindowOrDocument();
          return;
        case 'about':
          void dialogs.ask(
            t('shell.about.title'),
            `${t('shell.dialog.aboutDetail', { version: info.version })}${host.mode === 'browser' ? `\n\n${t('shell.about.mode')}` : ''}`,
            [{ id: 'ok', label: t('shell.about.close'), kind: 'primary' }],
          );
          return;
        case 'signatureSettings':
          setSignatureSettings(true);
          return;
        case 'language':
          void setSettings({ language: lang === 'de' ? 'en' : 'de' });
          return;
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen().catch(() => undefined);
          return;
        case 'cut':
        case 'copy':
          document.execCommand(cmd);
          return;
        case 'paste':
          void navigator.clipboard
            ?.readText()
            .then((text) => document.execCommand('insertText', false, text))
            .catch(() => undefined);
          return;
        default:
          frameRef.current?.run(cmd);
      }
    },
    [
      closeWindowOrDocument,
      takeGremium,
      dialogs,
      host,
      info.version,
      lang,
      leave,
      openIntent,
      report,
      setSettings,
      t,
    ],
  );

  useEffect(() => host.on('menu.command', ({ command: cmd }) => command(cmd)), [command, host]);
  useEffect(
    () => host.on('document.openPath', ({ path }) => void openIntent({ kind: 'path', path })),
    [host, openIntent],
  );
  useEffect(
    () => host.on('window.closeRequested', () => void closeWindowOrDocument()),
    [closeWindowOrDocument, host],
  );

  // Browser mode: the shortcuts a desktop program has (Electron's menu accelerators do this there).
  useEffect(() => {
    if (host.mode !== 'browser') return;
    const onKey = (event: KeyboardEvent) => {
      const cmd = shortcutCommand(event);
      if (!cmd) return;
      event.preventDefault();
      // One key, one action: the field under the focus does not see it as well.
      event.stopPropagation();
      // A dialog has the keys to itself (Strg+S in the save dialog opens no second one).
      if (document.activeElement?.closest('[aria-modal="true"]')) return;
      command(cmd);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [command, host.mode]);

  // F6 cycles the window's regions and F9 toggles the check from anywhere in the window, not
  // only from inside the workspace (Electron's menu has F9 as an accelerator of its own).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'F6') {
        if (cycleRegion(event.shiftKey)) event.preventDefault();
      } else if (event.key === 'F9' && !event.shiftKey && host.mode === 'browser') {
        if (!currentRef.current || document.activeElement?.closest('[aria-modal="true"]')) return;
        event.preventDefault();
        frameRef.current?.run('check', { toggle: true });
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [host.mode]);

  return (
    <div className={`pk-app pk-mode-${host.mode}`}>
      {host.mode === 'browser' ? (
        <MenuBar hasDocument={current !== null} onCommand={command} />
      ) : null}
      <Banners banners={banners} onDismiss={dismiss} />
      {current ? (
        <DocumentFrame
          key={current.handle}
          ref={frameRef}
          initial={current}
          onReplace={setCurrent}
          initialItemId={startItem}
        />
      ) : starting ? (
        <div className="pk-boot" role="status">
          {t('shell.start.loading')}
        </div>
      ) : (
        <StartScreen
          onOpen={(intent) => void openIntent(intent)}
          pendingFiles={pendingFiles}
          onGremium={() => command('editGremium')}
          onArchive={() => command('archive')}
        />
      )}
      {overlay === 'gremium' ? (
        <GremiumEditor
          initial={lastGremium}
          document={current ? gremiumSource : null}
          onApply={(gremium) => {
            setOverlay(null);
            void takeGremium(gremium);
          }}
          onNewMinutes={(gremium) => {
            setOverlay(null);
            void openIntent({ kind: 'gremium', gremium });
          }}
          onFollowUp={(gremium) => {
            setOverlay(null);
            void dialogs.pickPrevious().then((path) => {
              if (path) void openIntent({ kind: 'followUp', path, gremium });
            });
          }}
          onClose={(last) => {
            setLastGremium(last);
            setOverlay(null);
          }}
        />
      ) : null}
      {overlay === 'archive' ? (
        <ArchiveView
          initial={archiveState}
          onOpen={(path, itemId, state) => {
            setArchiveState(state);
            setOverlay(null);
            void openIntent({ kind: 'path', path, itemId });
          }}
          onClose={(state) => {
            setArchiveState(state);
            setOverlay(null);
          }}
        />
      ) : null}
      {current && importNotes.length > 0 ? (
        <ImportNotesDialog warnings={importNotes} onClose={() => setImportNotes([])} />
      ) : null}
      {signatureSettings ? <SignatureSettings onClose={() => setSignatureSettings(false)} /> : null}
    </div>
  );
}
