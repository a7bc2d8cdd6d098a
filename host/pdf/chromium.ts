import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPageSetup } from '../../core/export/html/page-setup';
import { UserError } from '../../core/errors';
import { CdpPipe } from './cdp-pipe';
import { withDeadline, type PrintLimits } from './deadline';
import type { PdfEngine } from './pdf-engine';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/**
 * The browser itself on Debian and Ubuntu, where /usr/bin/chromium is a shell script that
 * sources /etc/chromium.d and then starts it. Started directly it is up sooner (no shell, no
 * /proc/cpuinfo and mount checks on every export) and without the desktop flags the script
 * adds (remote extensions, GPU rasterization), which a print browser does not want.
 */
export const DEBIAN_CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

/** Flags for a print-only browser: no sandbox escape hatches needed, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-extensions',
  '--disable-sync',
  '--disable-default-apps',
  '--mute-audio',
  // Shared memory in /tmp, not /dev/shm: containers give /dev/shm 64 MB, too little for a long
  // document (the Debian launcher adds this when /dev/shm is small; we start the browser
  // without it).
  '--disable-dev-shm-usage',
  // Headless Chromium runs the full browser, whose omnibox popups are web pages (WebUI) it
  // loads at start and keeps laying out beside the printed page: a renderer of their own and
  // about a third of the browser's work on a cold export, for a window nobody sees. Names
  // Chromium does not know are ignored; test/pdf-engine.test.ts checks no such page is left.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a file is a script ("#!…") rather than a program. */
function isScript(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head.toString('latin1') === '#!';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * PROTOKOLLANT_CHROMIUM as given, else the Debian/Ubuntu path (the browser behind its launcher
 * script where there is one); a clear error when neither is there.
 */
export function chromiumExecutable(env: Record<string, string | undefined> = process.env): string {
  const given = env.PROTOKOLLANT_CHROMIUM?.trim();
  const path = given || DEFAULT_CHROMIUM;
  if (!isExecutableFile(path)) throw new UserError('export.chromiumMissing', { path });
  if (!given && isScript(path) && isExecutableFile(DEBIAN_CHROMIUM_BINARY)) {
    return DEBIAN_CHROMIUM_BINARY;
  }
  return path;
}

export interface ChromiumEngineOptions {
  env?: Record<string, string | undefined>;
  /** Called each time the engine has started a browser, with its process id (for tests). */
  onLaunch?: (pid: number | undefined) => void;
}

/** A page to print on: its own browser context, JavaScript off, every request failed. */
interface PrintPage {
  /** Null for the browser's first tab, which lives in the (throw-away) default context. */
  contextId: string | null;
  targetId: string;
  sessionId: string;
  frameId: string;
}

interface Running {
  pipe: CdpPipe;
  profile: string;
  /** The tab the browser opens at start, ready before any other: the first print's page. */
  firstTab: string | null;
}

/**
 * Loaded into a new page before its first document: the renderer sets up its font machinery
 * on the first text it lays out, which would otherwise fall into the first print.
 */
const WARM_UP_HTML =
  '<!DOCTYPE html><html lang="de"><body style="font-family:sans-serif"><p>Ä <b>ß</b> <i>€</i></p></body></html>';
/** What a page holds between prints: nothing of the last document. */
const BLANK_HTML = '<!DOCTYPE html><html><body></body></html>';

const inches = (mm: number): number => mm / 25.4;
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * The system Chromium, driven over the DevTools pipe (the protocol Playwright's page.pdf speaks,
 * without its start-up cost). The browser starts on the first print (or on warm()) with a
 * throw-away profile and stays up until close(). Prints run on pages of their own browser
 * contexts with JavaScript off and every network request failed, behind the page's own CSP; a
 * page is emptied after each print and reused by the next, so a print in the app only lays out
 * and prints. Prints at the same time get pages of their own.
 */
export function createChromiumEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  let browser: Promise<Running> | null = null;
  const idle: Promise<PrintPage>[] = [];
  let closed = false;

  const start = (): Promise<Running> => {
    if (closed) return Promise.reject(new UserError('export.engineClosed'));
    browser ??= (async () => {
      const executablePath = chromiumExecutable(options.env);
      const profile = await mkdtemp(join(tmpdir(), 'protokollant-chromium-'));
      let pipe: CdpPipe | undefined;
      try {
        pipe = await CdpPipe.launch(executablePath, [
          ...CHROMIUM_ARGS,
          `--user-data-dir=${profile}`,
          'about:blank',
        ]);
        // Every request of every page stops here and is failed: nothing leaves the machine.
        const launched = pipe;
        launched.on('Fetch.requestPaused', (params, sessionId) => {
          launched
            .send(
              'Fetch.failRequest',
              { requestId: params.requestId, errorReason: 'BlockedByClient' },
              sessionId,
            )
            .catch(() => undefined);
        });
        const { targetInfos } = await pipe.send<{
          targetInfos: { targetId: string; type: string }[];
        }>('Target.getTargets');
        const firstTab = targetInfos.find((t) => t.type === 'page')?.targetId ?? null;
        options.onLaunch?.(pipe.pid);
        return { pipe, profile, firstTab };
      } catch (error) {
        await pipe?.close();
        await rm(profile, { recursive: true, force: true }).catch(() => undefined);
        throw new UserError(
          'export.chromiumStart',
          { path: executablePath, detail: firstLine(error) },
          { cause: error },
        );
      }
    })();
    // A failed start is not cached, and neither is a browser that has died (crashed, killed):
    // the next print starts a new one.
    const current = browser;
    current.then(
      ({ pipe, profile }) =>
        void pipe.exit.then(() => {
          if (browser !== current) return;
          browser = null;
          idle.length = 0;
          void rm(profile, { recursive: true, force: true }).catch(() => undefined);
        }),
      () => {
        if (browser === current) browser = null;
      },
    );
    return current;
  };

  const openPage = async (): Promise<PrintPage> => {
    const running = await start();
    const { pipe } = running;
    let contextId: string | null = null;
    let targetId: string;
    if (running.firstTab) {
      targetId = running.firstTab;
      running.firstTab = null;
    } else {
      contextId = (
        await pipe.send<{ browserContextId: string }>('Target.createBrowserContext', {
          disposeOnDetach: true,
        })
      ).browserContextId;
      targetId = (
        await pipe.send<{ targetId: string }>('Target.createTarget', {
          url: 'about:blank',
          browserContextId: contextId,
        })
      ).targetId;
    }
    try {
      const { sessionId } = await pipe.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      await Promise.all([
        pipe.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId),
        pipe.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId),
      ]);
      const tree = await pipe.send<{ frameTree: { frame: { id: string } } }>(
        'Page.getFrameTree',
        {},
        sessionId,
      );
      const page = { contextId, targetId, sessionId, frameId: tree.frameTree.frame.id };
      await pipe.send(
        'Page.setDocumentContent',
        { frameId: page.frameId, html: WARM_UP_HTML },
        sessionId,
      );
      return page;
    } catch (error) {
      discard({ contextId, targetId });
      throw error;
    }
  };

  /** A page made ready earlier, or else a new one (also when readying the earlier one failed). */
  const takePage = async (): Promise<PrintPage> => {
    const ready = idle.pop();
    if (ready) {
      const page = await ready.catch(() => null);
      if (page) return page;
    }
    return openPage();
  };

  /**
   * The page back for the next print once it holds nothing of the last document. Emptied while
   * the PDF goes back to the caller, not before: a long document takes a while to tear down,
   * and a CLI export ends the browser right after its one print anyway.
   */
  function emptied(page: PrintPage): Promise<PrintPage> {
    const ready = start()
      .then(({ pipe }) =>
        pipe.send(
          'Page.setDocumentContent',
          { frameId: page.frameId, html: BLANK_HTML },
          page.sessionId,
        ),
      )
      .then(() => page);
    ready.catch(() => discard(page));
    return ready;
  }

  function discard(page: Pick<PrintPage, 'contextId' | 'targetId'>): void {
    void start()
      .then(({ pipe }) =>
        page.contextId
          ? pipe.send('Target.disposeBrowserContext', { browserContextId: page.contextId })
          : pipe.send('Target.closeTarget', { targetId: page.targetId }),
      )
      .catch(() => undefined);
  }

  /** One print; an abort (time up, cancelled) closes its page, which fails what is pending. */
  async function printOn(
    html: string,
    setup: PdfPageSetup,
    signal?: AbortSignal,
  ): Promise<Uint8Array> {
    let page: PrintPage | null = null;
    let printed = false;
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      if (page) discard(page);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      page = await takePage();
      if (signal?.aborted) throw signal.reason;
      const { pipe } = await start();
      const { sessionId, frameId } = page;
      await pipe.send('Page.setDocumentContent', { frameId, html }, sessionId);
      // Fonts come from data: URLs and load asynchronously; print only once all have.
      await pipe.send(
        'Runtime.evaluate',
        {
          expression:
            'Promise.all([...document.fonts].map((face) => face.load())).then(() => true)',
          awaitPromise: true,
          returnByValue: true,
        },
        sessionId,
      );
      const { data } = await pipe.send<{ data: string }>(
        'Page.printToPDF',
        {
          paperWidth: inches(setup.widthMm),
          paperHeight: inches(setup.heightMm),
          marginTop: inches(setup.marginMm.top),
          marginRight: inches(setup.marginMm.right),
          marginBottom: inches(setup.marginMm.bottom),
          marginLeft: inches(setup.marginMm.left),
          generateTaggedPDF: setup.tagged,
          generateDocumentOutline: setup.outline,
          displayHeaderFooter: setup.displayHeaderFooter,
          printBackground: setup.printBackground,
          preferCSSPageSize: false,
          transferMode: 'ReturnAsBase64',
        },
        sessionId,
      );
      printed = true;
      const pdf = Buffer.from(data, 'base64');
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (closed) throw new UserError('export.engineClosed', {}, { cause: error });
      throw new UserError('export.pdfFailed', { detail: firstLine(error) }, { cause: error });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (page && printed && !closed && !aborted) idle.push(emptied(page));
      else if (page) discard(page);
    }
  }

  return {
    warm(): void {
      if (closed || idle.length > 0) return;
      const page = openPage();
      page.catch(() => {
        const at = idle.indexOf(page);
        if (at >= 0) idle.splice(at, 1);
      });
      idle.push(page);
    },

    print(html: string, setup: PdfPageSetup, limits?: PrintLimits): Promise<Uint8Array> {
      return limits
        ? withDeadline((signal) => printOn(html, setup, signal), limits)
        : printOn(html, setup);
    },

    async close(): Promise<void> {
      closed = true;
      for (const page of idle.splice(0)) page.catch(() => undefined);
      const running = browser;
      browser = null;
      const started = await running?.catch(() => null);
      if (!started) return;
      await started.pipe.close();
      await rm(started.profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
