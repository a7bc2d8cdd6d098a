import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPageSetup } from '../../core/export/html/page-setup';
import { ProtocolError } from '../../core/errors';
import { CdpPipe } from './cdp-pipe';
import type { PdfEngine } from './engine';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

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
];

/** PROTOKOLLANT_CHROMIUM, else the Debian/Ubuntu path; a clear error when neither is there. */
export function chromiumExecutable(env: Record<string, string | undefined> = process.env): string {
  const path = env.PROTOKOLLANT_CHROMIUM?.trim() || DEFAULT_CHROMIUM;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    accessSync(path, constants.X_OK);
  } catch {
    throw new ProtocolError('export.chromiumMissing', { path });
  }
  return path;
}

export interface ChromiumEngineOptions {
  env?: Record<string, string | undefined>;
  /** Called each time the engine starts a browser (tests check that a warm engine reuses it). */
  onLaunch?: () => void;
}

/** A page ready to print on: its own browser context, JavaScript off, every request refused. */
interface PrintPage {
  contextId: string;
  sessionId: string;
  frameId: string;
}

/** After a print, the next page is opened this long later, when the engine is still wanted. */
const SPARE_DELAY_MS = 250;

const inches = (mm: number): number => mm / 25.4;
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * The system Chromium, driven over the DevTools pipe (the protocol Playwright's page.pdf speaks,
 * without its start-up cost). The browser starts on the first print (or on warm()) with a
 * throw-away profile and stays up until close(). Every print gets a browser context of its own
 * (no state shared between documents) with JavaScript off and every network request failed,
 * behind the page's own CSP. A warm engine keeps the next such page open in advance, so a print
 * in the app only lays out and prints.
 */
export function createChromiumEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  let browser: Promise<{ pipe: CdpPipe; profile: string }> | null = null;
  let spare: Promise<PrintPage> | null = null;
  let spareTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const start = (): Promise<{ pipe: CdpPipe; profile: string }> => {
    if (closed) return Promise.reject(new ProtocolError('export.engineClosed'));
    browser ??= (async () => {
      const executablePath = chromiumExecutable(options.env);
      const profile = await mkdtemp(join(tmpdir(), 'protokollant-chromium-'));
      try {
        options.onLaunch?.();
        const pipe = await CdpPipe.launch(executablePath, [
          ...CHROMIUM_ARGS,
          `--user-data-dir=${profile}`,
          'about:blank',
        ]);
        // Every request of every page stops here and is failed: nothing leaves the machine.
        pipe.on('Fetch.requestPaused', (params, sessionId) => {
          pipe
            .send(
              'Fetch.failRequest',
              { requestId: params.requestId, errorReason: 'BlockedByClient' },
              sessionId,
            )
            .catch(() => undefined);
        });
        return { pipe, profile };
      } catch (error) {
        await rm(profile, { recursive: true, force: true }).catch(() => undefined);
        throw new ProtocolError(
          'export.chromiumStart',
          { path: executablePath, detail: firstLine(error) },
          { cause: error },
        );
      }
    })();
    // A failed start is not cached: the next print tries again.
    browser.catch(() => {
      browser = null;
    });
    return browser;
  };

  const openPage = async (): Promise<PrintPage> => {
    const { pipe } = await start();
    const { browserContextId: contextId } = await pipe.send<{ browserContextId: string }>(
      'Target.createBrowserContext',
      { disposeOnDetach: true },
    );
    try {
      const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId: contextId,
      });
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
      return { contextId, sessionId, frameId: tree.frameTree.frame.id };
    } catch (error) {
      await pipe
        .send('Target.disposeBrowserContext', { browserContextId: contextId })
        .catch(() => undefined);
      throw error;
    }
  };

  const prepareSpare = (): void => {
    if (closed || spare) return;
    spare = openPage();
    spare.catch(() => {
      spare = null;
    });
  };

  const takePage = (): Promise<PrintPage> => {
    const page = spare ?? openPage();
    spare = null;
    return page;
  };

  return {
    warm(): void {
      prepareSpare();
    },

    async print(html: string, setup: PdfPageSetup): Promise<Uint8Array> {
      if (spareTimer) clearTimeout(spareTimer);
      let taken: PrintPage | null = null;
      try {
        taken = await takePage();
        const { pipe } = await start();
        const { sessionId, frameId } = taken;
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
        const pdf = Buffer.from(data, 'base64');
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (error) {
        if (error instanceof ProtocolError) throw error;
        if (closed) throw new ProtocolError('export.engineClosed', {}, { cause: error });
        throw new ProtocolError('export.pdfFailed', { detail: firstLine(error) }, { cause: error });
      } finally {
        if (taken) {
          const contextId = taken.contextId;
          void start()
            .then(({ pipe }) =>
              pipe.send('Target.disposeBrowserContext', { browserContextId: contextId }),
            )
            .catch(() => undefined);
        }
        if (!closed) {
          spareTimer = setTimeout(prepareSpare, SPARE_DELAY_MS);
          spareTimer.unref();
        }
      }
    },

    async close(): Promise<void> {
      closed = true;
      if (spareTimer) clearTimeout(spareTimer);
      spare?.catch(() => undefined);
      spare = null;
      const running = browser;
      browser = null;
      const started = await running?.catch(() => null);
      if (!started) return;
      await started.pipe.close();
      await rm(started.profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
